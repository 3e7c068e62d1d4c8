import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fileLastUpdatedAt, newestLastUpdatedAt} from '../lastUpdated';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-last-updated-'));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const committed = Date.UTC(2026, 0, 5);
const vcs = {getFileLastUpdateInfo: async (file: string) => (file.endsWith('untracked.md') ? null : {timestamp: committed, author: 'a'})};

describe('last-updated dates', () => {
  it('takes a reviewed date from front matter over the git history', async () => {
    const file = write('reviewed.md', '---\ntitle: X\nlast_update:\n  date: 2026-03-12\n---\nBody');
    expect(await fileLastUpdatedAt(file, vcs)).toBe(Date.UTC(2026, 2, 12));
  });

  it('falls back to the last commit, and to null when the file has no history', async () => {
    expect(await fileLastUpdatedAt(write('plain.md', '---\ntitle: Y\n---\nBody'), vcs)).toBe(committed);
    expect(await fileLastUpdatedAt(write('untracked.md', 'Body'), vcs)).toBeNull();
    const broken = {getFileLastUpdateInfo: async () => Promise.reject(new Error('git not found'))};
    expect(await fileLastUpdatedAt(write('nogit.md', 'Body'), broken)).toBeNull();
  });

  it('dates a register by its newest record', async () => {
    const files = [write('old.md', '---\nlast_update:\n  date: 2025-01-01\n---\n'), write('new.md', '---\nlast_update:\n  date: 2026-06-30\n---\n'), write('untracked.md', '')];
    expect(await newestLastUpdatedAt(files, vcs)).toBe(Date.UTC(2026, 5, 30));
    expect(await newestLastUpdatedAt([path.join(dir, 'untracked.md')], vcs)).toBeNull();
  });
});
