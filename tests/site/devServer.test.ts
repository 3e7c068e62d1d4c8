import {spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readJson} from './builtSite';

const ROOT = path.resolve(__dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let dev: ChildProcess | undefined;
afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
});

describe('npm start', () => {
  it('serves the search index in development too, not only after a build', async () => {
    const port = await freePort();
    dev = spawn(process.execPath, [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'start', '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      env: {...process.env, BROWSER: 'none'},
    });
    const url = `http://127.0.0.1:${port}/search/manifest.json`;
    const deadline = Date.now() + 240_000;
    let manifest: {count: number; modelId: string} | undefined;
    while (!manifest && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      manifest = await fetch(url)
        .then((response) => (response.ok ? response.json() : undefined))
        .catch(() => undefined);
    }
    const built = readJson<{count: number; modelId: string}>('search/manifest.json');
    expect(manifest).toMatchObject({count: built.count, modelId: built.modelId});
    const page = await fetch(`http://127.0.0.1:${port}/guide/end-use-controls`);
    expect(page.status).toBe(200);
  }, 300_000);
});
