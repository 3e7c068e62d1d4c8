import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {errorOf, FIXTURE_SITE, fixtureWith} from './fixtureSite';

const CHAPTER = 'guide/5-end-use-controls.md';
const edit = (from: string | RegExp, to: string) => ({[CHAPTER]: (text: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply: ${from}`);
  return next;
}});
const failure = (from: string | RegExp, to: string) => {
  const dir = fixtureWith(edit(from, to));
  return errorOf(dir, () => loadKnowledgeBaseUncached(dir)).replace(/^<site>\//gm, '').replace(/<site>\//g, '');
};

describe('recommendation blocks', () => {
  it('parses a valid block into a record with anchor, URL, tags, controls and cited precedents', () => {
    const {kb} = loadKnowledgeBaseUncached(FIXTURE_SITE);
    const r = kb.recommendations.find((rec) => rec.id === 'R5.1')!;
    expect(r).toMatchObject({
      anchor: 'r5-1',
      url: '/guide/end-use-controls#r5-1',
      chapter: 5,
      title: 'Check the end user',
      status: 'active',
      audience: ['licensing-officer'],
      theme: ['end-user-checks'],
      pillar: ['oversight'],
      controls: ['intrusion-software-systems', 'intrusion-software-technology'],
      precedents: ['it-2016-fixture-revocation'],
    });
    expect(r.origin.line).toBe(18);
  });

  it('keeps a withdrawn recommendation as a record pointing to its successor', () => {
    const {kb} = loadKnowledgeBaseUncached(FIXTURE_SITE);
    expect(kb.recommendations.find((rec) => rec.id === 'R5.2')).toMatchObject({status: 'withdrawn', successor: 'R5.1', anchor: 'r5-2'});
  });

  it('derives related recommendations of a precedent from the citations', () => {
    const {kb} = loadKnowledgeBaseUncached(FIXTURE_SITE);
    expect(kb.precedents[0].relatedRecommendations).toEqual(['R5.1']);
  });

  it('rejects a duplicate ID, naming both lines and the next free ID', () => {
    expect(failure('id="R5.2"', 'id="R5.1"')).toBe(
      `${CHAPTER}:22: duplicate recommendation ID R5.1 (first used at line 18)\n  Fix: IDs never change meaning: give this one the next free ID, R5.2`,
    );
  });

  it('rejects an ID from another chapter', () => {
    expect(failure('id="R5.1"', 'id="R4.1"')).toBe(
      `${CHAPTER}:18: recommendation R4.1 is in chapter 5\n  Fix: use an ID that starts with R5. (IDs never move between chapters: withdraw this one and add a new one)`,
    );
  });

  it('rejects a malformed ID', () => {
    expect(failure('id="R5.1"', 'id="5.1"')).toBe(`${CHAPTER}:18: recommendation ID "5.1" is not of the form R<chapter>.<n>\n  Fix: write it as \`id="R5.1"\``);
  });

  it('rejects an unknown tag and lists the allowed values', () => {
    const message = failure('audience="licensing-officer"', 'audience="customs"');
    expect(message).toMatch(new RegExp(`^${CHAPTER}:18: unknown audience tag "customs" on R5.1\\n  Fix: use one of: policymaker, licensing-officer, enforcement-officer, exporter, trainer`));
  });

  it('rejects a missing title', () => {
    expect(failure(' title="Check the end user"', '')).toBe(`${CHAPTER}:18: recommendation R5.1 has no title\n  Fix: add \`title="…"\`: one line saying what to do`);
  });

  it('rejects a missing body', () => {
    expect(failure(/Verify the end user\. See .*\n/, '')).toBe(
      `${CHAPTER}:18: recommendation R5.1 has no body\n  Fix: write the recommendation text between the opening and closing \`:::\``,
    );
  });

  it('rejects an unknown control entry in the tags, naming the nearest known IDs', () => {
    expect(failure('controls="4A005 ECCN 4E001.c"', 'controls="4A050"')).toBe(
      `${CHAPTER}:18: unknown control-list entry "4A050" in the controls of R5.1\n  Fix: use a known entry; nearest: 4A005, 4E001.a, 4E001.c (see content/controls/)`,
    );
  });

  it('rejects a successor that does not exist', () => {
    expect(failure('successor="R5.1"', 'successor="R5.9"')).toBe(`${CHAPTER}:22: successor R5.9 of R5.2 does not exist\n  Fix: point \`successor\` at a published recommendation`);
  });

  it('rejects a citation of an unknown precedent', () => {
    expect(failure('#it-2016-fixture-revocation', '#it-2016-no-such-case')).toMatch(
      new RegExp(`^${CHAPTER}:19: cites unknown precedent "it-2016-no-such-case"`),
    );
  });

  it('reports every problem at once', () => {
    const dir = fixtureWith({
      [CHAPTER]: (text) => text.replace('audience="licensing-officer"', 'audience="nobody"').replace(' title="Old advice"', ''),
    });
    const message = errorOf(dir, () => loadKnowledgeBaseUncached(dir));
    expect(message).toContain('unknown audience tag "nobody"');
    expect(fs.existsSync(path.join(dir, 'build'))).toBe(false);
  });
});
