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
    const results = JSON.parse(run.stdout) as {rank: number; id: string; type: string; title: string; url: string; score: number; snippet: string; match: {kind: string; reason: string}}[];
    expect(results).toHaveLength(5);
    expect(results.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    for (const result of results) {
      expect(Object.keys(result).filter((k) => k !== 'trainingKind').sort()).toEqual(['fictional', 'id', 'label', 'match', 'rank', 'score', 'snippet', 'title', 'type', 'url']);
      expect(['exact', 'words', 'thesaurus', 'meaning']).toContain(result.match.kind);
      expect(result.match.reason).toMatch(/^(Exact ID match|Matched|Close in meaning)/);
    }
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
    expect(run.stderr).toContain('Unknown --type "blog"; use one of: section, recommendation, control, precedent, term, training, scenario');
  });

  it('exits 2 with a message on empty or malformed flag values', () => {
    for (const [args, message] of [
      [['--type', ''], 'Empty --type'],
      [['--type', 'precedent,'], 'Empty --type'],
      [['--mode', ''], 'Empty --mode'],
      [['--limit', ''], '--limit must be a whole number'],
      [['--limit', '5abc'], '--limit must be a whole number'],
      [['--limit', '0'], '--limit must be a whole number'],
      [['--site-dir', ''], 'Empty --site-dir'],
    ] as const) {
      const run = cli('spyware', ...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(message);
    }
  });

  it('says why each result matched, including a thesaurus expansion', () => {
    const results = JSON.parse(cli('blacklist', '--json', '--limit', '3').stdout) as {match: {kind: string; via: {from: string; to: string}[]; reason: string}}[];
    expect(results[0].match.kind).toBe('thesaurus');
    expect(results[0].match.via).toContainEqual({from: 'blacklist', to: 'Entity List'});
    expect(results[0].match.reason).toBe('Matched via Entity List');
  });

  it('returns nothing for invented words, with a did-you-mean and registers to browse', () => {
    const json = cli('zzqx flurbish', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const text = cli('revocaton zzqx');
    expect(text.stdout).toContain('Did you mean: revocation zzqx');
    expect(text.stdout).toContain('Browse instead: /controls');
  });

  it('labels worked scenarios as fictional training material, and never returns them to a precedents-only search', () => {
    const results = JSON.parse(cli('exercise on a suspicious spyware licence application', '--json', '--limit', '10').stdout) as {type: string; label: string; fictional: boolean; url: string}[];
    const scenario = results.find((r) => r.type === 'scenario');
    expect(scenario).toMatchObject({label: 'Training scenario (fictional)', fictional: true});
    expect(scenario!.url).toMatch(/^\/training\/[a-z-]+#scenario-/);
    for (const type of ['precedent', 'control']) {
      const only = JSON.parse(cli('exercise on a suspicious spyware licence application', '--json', '--type', type).stdout) as {type: string}[];
      expect(only.every((r) => r.type === type)).toBe(true);
    }
  });

  it('prints pure JSON through the ccic-search bin, with no banner', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bin/ccic-search.cjs'), 'R5.3', '--json', '--limit', '1'], {cwd: ROOT, encoding: 'utf8', timeout: 60_000});
    expect(run.status).toBe(0);
    expect(run.stdout.trimStart().startsWith('[')).toBe(true);
    expect((JSON.parse(run.stdout) as {id: string}[])[0].id).toBe('recommendation:R5.3');
  });
});
