import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURE_SITE = path.join(__dirname, '__fixtures__', 'site');

/**
 * A copy of the fixture site with one file edited, so each invalid case is the valid
 * fixture plus exactly one mistake.
 */
export function fixtureWith(edits: Record<string, (text: string) => string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-fixture-'));
  fs.cpSync(FIXTURE_SITE, dir, {recursive: true});
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    fs.writeFileSync(target, edit(fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''));
  }
  return dir;
}

/** The message of the error `work` throws, with the temp dir shown as `<site>`. */
export function errorOf(dir: string, work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return (error as Error).message.split(dir).join('<site>').replace(/\S*kb-fixture-\w+/g, '<site>');
  }
  throw new Error('expected an error, got none');
}
