// What may import what (docs/architecture.md). `.astro` files are in the graph as
// targets only: dependency-cruiser has no parser for them, so their own imports
// are held to the same rules by no-restricted-imports in eslint.config.js.
const { builtinModules } = require('node:module');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes the order modules load in decide what they see.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'A module the graph cannot find is a module no rule can check.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'site-imports-only-site',
      comment: 'src/ is what Astro builds; the build steps, tools, quality tools and tests sit on top of it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(build|tools|quality|tests)/' },
    },
    {
      name: 'build-imports-only-site',
      comment: 'A build host installs only the dependencies (npm ci --omit=dev); quality/ and tools/ may need dev dependencies.',
      severity: 'error',
      from: { path: '^build/' },
      to: { path: '^(quality|tools)/' },
    },
    {
      name: 'quality-imports-no-tools',
      comment: 'The podcaster’s tools sit on top: they may use a quality check, the quality tools never need a podcaster’s tool.',
      severity: 'error',
      from: { path: '^quality/' },
      to: { path: '^tools/' },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'Test helpers are for tests; code that ships or runs for the podcaster never needs them.',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'logic-imports-no-templates',
      comment: 'Templates call the logic, never the other way round.',
      severity: 'error',
      from: { path: '^src/(lib|schemas)/' },
      to: { path: '^src/(pages|components|layouts)/' },
    },
    {
      name: 'browser-code-without-node',
      comment: 'src/browser/ is bundled for the visitor’s browser, where Node’s own modules do not exist.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { reachable: true, path: `^(node:.+|${builtinModules.join('|')})$` },
    },
    {
      name: 'browser-code-without-node-only-packages',
      comment: 'Astro’s build (but its zod), native code, Pagefind’s indexer and undici only run under Node.',
      severity: 'error',
      from: { path: '^src/browser/' },
      to: { reachable: true, path: '^node_modules/(astro/(?!dist/zod\\.js$)|@astrojs/|@resvg/|music-metadata/|pagefind/|undici/)' },
    },
    {
      name: 'schemas-import-only-base',
      comment: 'The content model is the bottom of the house: it may use the small parsers, other schemas and zod, nothing above.',
      severity: 'error',
      from: { path: '^src/schemas/' },
      to: { pathNot: '^(src/schemas/|src/lib/base/|node_modules/astro/dist/zod\\.js$|node_modules/zod/)' },
    },
    {
      name: 'base-imports-nothing-from-project',
      comment: 'src/lib/base/ is the bottom layer: everything may use it, it uses nothing of ours.',
      severity: 'error',
      from: { path: '^src/lib/base/' },
      to: { path: '^(src|build|tools|quality|tests)/', pathNot: '^src/lib/base/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // A work tree links node_modules from another checkout; the rules name packages by their path under node_modules/.
    preserveSymlinks: true,
    // Type-only imports tie modules together as much as any other for the reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    extraExtensionsToScan: ['.astro'],
    // Astro's virtual modules exist only inside Astro's build: external, like Node's own modules.
    builtInModules: { add: ['astro:content'] },
    // Packages name their entry points in package.json "exports" (astro/zod is one).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default'] },
  },
};
