import { readFileSync } from 'node:fs';
import { cloudFrontFunctionCode } from './cloudfront/function-code.ts';

/**
 * `npm run cloudfront-function [-- dist/_headers]`: prints the CloudFront
 * Function that gives a site on S3 the headers of its `_headers` file
 * (README, "Deploying": S3 and CloudFront).
 */
const file = process.argv[2] ?? 'dist/_headers';
try {
  process.stdout.write(cloudFrontFunctionCode(readFileSync(file, 'utf8'), file));
} catch (error) {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  console.error(missing ? `${file}: not found; run \`npm run build\` first.` : (error as Error).message);
  process.exitCode = 1;
}
