import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildAtomically} from '../atomicBuild';

function siteWithBuild(): {dir: string; target: string} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-atomic-'));
  const target = path.join(dir, 'build');
  fs.mkdirSync(path.join(target, 'guide'), {recursive: true});
  fs.writeFileSync(path.join(target, 'index.html'), 'previous site');
  fs.writeFileSync(path.join(target, 'guide', 'introduction.html'), 'previous chapter');
  return {dir, target};
}

/** A build that writes part of a site and then fails or succeeds. */
const partialBuild = (code: number) => async (outDir: string) => {
  fs.mkdirSync(outDir, {recursive: true});
  fs.writeFileSync(path.join(outDir, 'index.html'), 'new site');
  return code;
};

describe('atomic builds', () => {
  it('leaves the previous build untouched, and nothing half-written, when the build fails', async () => {
    const {dir, target} = siteWithBuild();
    expect(await buildAtomically(target, partialBuild(1))).toBe(1);
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('previous site');
    expect(fs.readFileSync(path.join(target, 'guide', 'introduction.html'), 'utf8')).toBe('previous chapter');
    expect(fs.readdirSync(dir)).toEqual(['build']);
  });

  it('leaves the previous build untouched when the build throws', async () => {
    const {dir, target} = siteWithBuild();
    await expect(buildAtomically(target, async (outDir) => {
      fs.mkdirSync(outDir);
      throw new Error('broken anchor');
    })).rejects.toThrow('broken anchor');
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('previous site');
    expect(fs.readdirSync(dir)).toEqual(['build']);
  });

  it('replaces the whole previous build on success', async () => {
    const {dir, target} = siteWithBuild();
    expect(await buildAtomically(target, partialBuild(0))).toBe(0);
    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new site');
    expect(fs.existsSync(path.join(target, 'guide'))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['build']);
  });
});
