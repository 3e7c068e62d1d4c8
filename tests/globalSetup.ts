import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Builds the real site once before the site and browser tests. Set KB_SKIP_BUILD=1 to reuse
 * an existing build/ while iterating on tests.
 */
export default function setup(): void {
  const root = path.resolve(__dirname, '..');
  if (process.env.KB_SKIP_BUILD === '1' && fs.existsSync(path.join(root, 'build', 'index.html'))) return;
  // The same atomic build people run (npm run build).
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {...process.env, NODE_ENV: 'production'},
  });
}
