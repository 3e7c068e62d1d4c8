/**
 * `npm run build`: the Docusaurus build, made atomic. The site is built into a temporary
 * folder and swapped into `build/` only if the whole build succeeds, so a failed build (bad
 * content, a broken link) leaves the previous site untouched. Extra arguments go to
 * `docusaurus build`.
 */
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {locateBrokenLinks} from '../plugins/kb-content/brokenLinks';
import {buildAtomically} from './atomic-build/atomicBuild';

const root = path.resolve(__dirname, '..');
const target = path.join(root, 'build');

/** The content file a page route was built from, for naming the line of a broken link. */
function fileOfRoute(route: string): {file: string; text: string} | undefined {
  const [folder, slug] = route.replace(/^\//, '').split('/');
  if (!folder || !slug) return undefined;
  const dir = path.join(root, 'content', folder);
  if (!fs.existsSync(dir)) return undefined;
  const name = fs.readdirSync(dir).find((file) => file.endsWith('.md') && file.replace(/^\d+-/, '').replace(/\.md$/, '') === slug);
  if (!name) return undefined;
  const file = path.join(dir, name);
  return {file: path.relative(process.cwd(), file), text: fs.readFileSync(file, 'utf8')};
}

async function runDocusaurus(outDir: string): Promise<{code: number; errorOutput: string}> {
  const docusaurus = path.join(root, 'node_modules/@docusaurus/core/bin/docusaurus.mjs');
  const child = spawn(process.execPath, [docusaurus, 'build', '--out-dir', outDir, ...process.argv.slice(2)], {cwd: root, stdio: ['inherit', 'inherit', 'pipe']});
  let errorOutput = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    errorOutput += chunk.toString();
  });
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  return {code, errorOutput};
}

async function main(): Promise<number> {
  let errorOutput = '';
  const code = await buildAtomically(target, async (outDir) => {
    const result = await runDocusaurus(outDir);
    errorOutput = result.errorOutput;
    return result.code;
  });
  if (code !== 0) {
    const located = locateBrokenLinks(errorOutput, fileOfRoute);
    if (located.length > 0) process.stderr.write(`\nWhere the broken links are written:\n\n${located.join('\n\n')}\n`);
    process.stderr.write(`\nBuild failed: build/ was left as it was.\n`);
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
