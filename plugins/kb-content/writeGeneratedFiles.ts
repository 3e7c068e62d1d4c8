import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes generated public files atomically (temp file then rename), so a failed build never
 * leaves a half-written file that a browser or a later build could pick up.
 */
export function writeGeneratedFiles(dir: string, files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    fs.mkdirSync(path.dirname(target), {recursive: true});
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, target);
  }
}
