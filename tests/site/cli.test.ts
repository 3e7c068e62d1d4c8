import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/search.ts'), ...args], {cwd: ROOT, encoding: 'utf8', timeout: 60_000});

describe('npm run search', () => {
  it('prints only a JSON array of ranked results with --json', () => {
    const run = cli('selling phone hacking tools to a foreign police force', '--json', '--limit', '5');
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as {rank: number; id: string; type: string; title: string; url: string; score: number; snippet: string}[];
    expect(results).toHaveLength(5);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const result of results) expect(Object.keys(result).sort()).toEqual(['id', 'rank', 'score', 'snippet', 'title', 'type', 'url']);
    expect(results.slice(0, 3).some((r) => r.url.startsWith('/guide/'))).toBe(true);
  });

  it('limits results to a type', () => {
    const results = JSON.parse(cli('revoked licence', '--json', '--type', 'precedent').stdout) as {type: string}[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.type === 'precedent')).toBe(true);
  });

  it('puts an entry named in another notation first', () => {
    const [first] = JSON.parse(cli('4.D.4', '--json', '--limit', '3').stdout) as {id: string}[];
    expect(first.id).toBe('control:intrusion-software-software');
  });

  it('exits non-zero with a clear message when there is no built index', () => {
    const run = cli('spyware', '--site-dir', path.join(ROOT, 'no-such-build'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/No search index at .*no-such-build.*\nBuild the site first: npm run build/);
  });

  it('rejects an unknown type with the allowed ones', () => {
    const run = cli('spyware', '--type', 'blog');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown --type "blog"; use one of: section, recommendation, control, precedent, term');
  });
});
