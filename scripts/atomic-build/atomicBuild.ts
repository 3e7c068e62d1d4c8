import fs from 'node:fs';
import path from 'node:path';

/**
 * Runs `build` into a temporary folder beside `target` and swaps it in only on success (exit
 * code 0), so a failed build leaves the previous `target` exactly as it was and nothing
 * half-written behind. Returns the build's exit code.
 */
export async function buildAtomically(target: string, build: (outDir: string) => Promise<number>): Promise<number> {
  const temporary = path.join(path.dirname(target), `.build-tmp-${process.pid}`);
  const previous = path.join(path.dirname(target), `.build-old-${process.pid}`);
  fs.rmSync(temporary, {recursive: true, force: true});
  let code: number;
  try {
    code = await build(temporary);
  } catch (error) {
    fs.rmSync(temporary, {recursive: true, force: true});
    throw error;
  }
  if (code !== 0) {
    fs.rmSync(temporary, {recursive: true, force: true});
    return code;
  }
  if (fs.existsSync(target)) fs.renameSync(target, previous);
  fs.renameSync(temporary, target);
  fs.rmSync(previous, {recursive: true, force: true});
  return 0;
}
