import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { listPages } from '../../build/site-pages';

const pages = listPages('dist');
// Reads .htmlvalidate.json, the rules the project follows (html-validate's recommended and document presets).
const validator = new HtmlValidate(new FileSystemConfigLoader());

it.each(pages.map((page) => [page.url, page.file]))('%s is valid HTML', async (_url, file) => {
  const report = await validator.validateFile(join('dist', file));
  const problems = report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
  expect(problems).toEqual([]);
});
