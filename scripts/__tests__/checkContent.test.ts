import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixtureWith} from '../../plugins/kb-content/__tests__/fixtureSite';

const ROOT = path.resolve(__dirname, '../..');
const checkContent = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/check-content.ts'), ...args], {cwd: ROOT, encoding: 'utf8', timeout: 60_000});

describe('npm run check:content', () => {
  it('validates the released content and prints the source-tier summary', () => {
    const run = checkContent();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Content valid: 6 chapters, \d+ recommendations, \d+ control records, \d+ precedents, \d+ glossary terms$/m);
    expect(run.stdout).toMatch(/^Sources: \d+ distinct addresses \(primary \d+, official \d+.*\); primary or official: \d+%$/m);
  });

  it('lists the addresses of a tier with every place each is cited', () => {
    const lines = checkContent('--list', 'primary').stdout.split('\n').filter((line) => line.startsWith('primary\t'));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line).toMatch(/^primary\thttps?:\/\/\S+\t(\S+\.md:\d+ ?)+$/);
    expect(lines.some((line) => line.includes('eur-lex.europa.eu'))).toBe(true);
  });

  it('names an unknown tier and the tiers there are', () => {
    const run = checkContent('--list', 'blogs');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Unknown tier blogs: use one of primary, official, .*unlisted$/m);
  });

  it('fails on invalid content with the file, the line and the fix, and writes nothing', () => {
    const dir = fixtureWith({'precedents/bad.md': () => '---\ntitle: Missing everything\n---\n\nText.\n'});
    const run = checkContent('--content', dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/precedents\/bad\.md:\d+: .*\n {2}Fix: /);
  });
});
