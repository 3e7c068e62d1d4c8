import fs from 'node:fs';
import path from 'node:path';

/** The Content-Security-Policy header the README tells people to configure (nginx add_header). */
export function readmeCspHeader(): string {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
  const match = /add_header Content-Security-Policy "([^"]+)"/.exec(readme);
  if (!match) throw new Error('README.md has no Content-Security-Policy header in its server configuration');
  return match[1];
}
