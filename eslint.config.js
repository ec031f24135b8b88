// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * dependency-cruiser (.dependency-cruiser.cjs) cannot read `.astro` files, so
 * the import rules that concern templates and their client scripts live here.
 */
const siteStaysInSrc = {
  regex: '^(\\.\\./)+(build|tools|quality|tests)(/|$)',
  message: 'src/ is what Astro builds: it never imports build/, tools/, quality/ or tests/.',
};

export default defineConfig([
  globalIgnores(['dist/', '.astro/', '.cache/', 'bench-results/', 'test-results/', 'content/', 'public/', 'tests/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { key: _dropped, ...rest } = value` is how a copy without one key is written.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    // CommonJS loads modules with require(); that is what the .cjs files are for.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/browser/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.astro'],
    rules: { 'no-restricted-imports': ['error', { patterns: [siteStaysInSrc] }] },
  },
  {
    // A template's <script> is bundled for the browser, like src/browser/.
    files: ['src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            siteStaysInSrc,
            { regex: '^node:', message: 'A <script> runs in the visitor’s browser, where Node’s modules do not exist.' },
          ],
        },
      ],
    },
  },
]);
