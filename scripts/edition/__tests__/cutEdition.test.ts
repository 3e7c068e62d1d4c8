import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../../../plugins/kb-content/loadKnowledgeBase';
import {applyEdits, firstEditionContent, SECOND_EDITION} from '../../../tests/editions/fixtureEditions';
import {chunkContent} from '../../../plugins/kb-search/chunkContent';
import {passesFilters} from '../../../src/shared/search/filters';
import {decodeAssignment, encodeAssignment} from '../../../src/shared/assignment';
import {cutEdition} from '../cutEdition';

const fresh = () => firstEditionContent(fs.mkdtempSync(path.join(os.tmpdir(), 'kb-editions-')));
const messageOf = (work: () => unknown, dir: string) => {
  try {
    work();
  } catch (error) {
    return (error as Error).message.split(dir).join('<content>');
  }
  throw new Error('expected an error, got none');
};
/** The second edition's edits with their history lines taken out. */
const withoutHistory = Object.fromEntries(
  Object.entries(SECOND_EDITION).map(([file, edit]) => [file, (text: string) => edit(text).replace(/\n\n::history\[[^\n]*\n/g, '\n').replace(/history:\n {2}- \{[^\n]*\n/g, '')]),
);

describe('npm run edition', () => {
  it('cuts a second edition when every change has a history entry', () => {
    const dir = fresh();
    applyEdits(dir, SECOND_EDITION);
    const result = cutEdition({contentDir: dir, id: '2026.2', summary: 'Second.', date: '2026-06-30'});
    expect(result.changes.map((c) => `${c.recorded} ${c.ref}`)).toEqual([
      'amended recommendation:R1.1',
      'withdrawn recommendation:R1.2',
      'amended control:intrusion-software-systems',
      'added precedent:it-2026-fixture-denial',
    ]);
    expect(fs.readFileSync(path.join(dir, 'editions.yml'), 'utf8')).toContain('- id: "2026.2"\n    date: "2026-06-30"\n    summary: "Second."');
    expect(fs.readFileSync(path.join(dir, 'editions/2026.1/guide/1-introduction.md'), 'utf8')).toContain('once a year');
    expect(fs.readFileSync(path.join(dir, 'editions/2026.2/guide/1-introduction.md'), 'utf8')).toContain('every six months');
  });

  it('fails, listing each changed item without a history entry, and writes nothing', () => {
    const dir = fresh();
    applyEdits(dir, withoutHistory);
    const before = fs.readFileSync(path.join(dir, 'editions.yml'), 'utf8');
    const message = messageOf(() => cutEdition({contentDir: dir, id: '2026.2', summary: 'Second.'}), dir);
    expect(message).toContain('4 changed items without a history entry for 2026.2:');
    expect(message).toContain('<content>/guide/1-introduction.md:14: R1.1 Review licences every year (recommendation:R1.1) is changed since 2026.1 but has no `amended (or withdrawn)` history entry for 2026.2');
    expect(message).toContain('<content>/guide/1-introduction.md:18: R1.2 Keep a paper register (recommendation:R1.2) is changed');
    expect(message).toContain('<content>/controls/intrusion-software-systems.md:1: Systems for intrusion software (control:intrusion-software-systems) is changed');
    expect(message).toContain('<content>/precedents/it-2026-fixture-denial.md:1: Fixture licence denial (precedent:it-2026-fixture-denial) is new since 2026.1 but has no `added` history entry');
    expect(fs.readFileSync(path.join(dir, 'editions.yml'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(dir, 'editions/2026.2'))).toBe(false);
  });

  it('re-freezes the latest edition idempotently, and refuses to re-cut an older one', () => {
    const dir = fresh();
    const snapshot = () => [fs.readFileSync(path.join(dir, 'editions.yml'), 'utf8'), fs.readFileSync(path.join(dir, 'editions/2026.1/records.json'), 'utf8')];
    const first = snapshot();
    cutEdition({contentDir: dir, id: '2026.1', refresh: true});
    expect(snapshot()).toEqual(first);
    applyEdits(dir, {'guide/5-end-use-controls.md': (text) => text.replace('Verify the end user.', 'Verify the end user and the operating agency.')});
    cutEdition({contentDir: dir, id: '2026.1', refresh: true});
    expect(fs.readFileSync(path.join(dir, 'editions/2026.1/guide/5-end-use-controls.md'), 'utf8')).toContain('operating agency');
    applyEdits(dir, SECOND_EDITION);
    cutEdition({contentDir: dir, id: '2026.2', summary: 'Second.', date: '2026-06-30'});
    expect(messageOf(() => cutEdition({contentDir: dir, id: '2026.1', refresh: true}), dir)).toBe('only the latest edition can be refreshed (2026.2): an older edition stays as it was published');
    expect(messageOf(() => cutEdition({contentDir: dir, id: '2026.2', summary: 'Again.'}), dir)).toContain('edition 2026.2 is already published');
  });
});

describe('history validation at build', () => {
  it('reports every malformed history entry together, with file, line and fix', () => {
    const dir = fresh();
    applyEdits(dir, SECOND_EDITION);
    cutEdition({contentDir: dir, id: '2026.2', summary: 'Second.', date: '2026-06-30'});
    applyEdits(dir, {
      // Unknown edition.
      'precedents/it-2016-fixture-revocation.md': (text) => text.replace('sources:', 'history:\n  - {edition: "2027.1", change: amended, note: "Later."}\nsources:'),
      // Amended, but the text is what 2026.1 published; and out of order.
      'guide/5-end-use-controls.md': (text) =>
        text.replace('See :precedent[the revocation]{#it-2016-fixture-revocation}.\n', 'See :precedent[the revocation]{#it-2016-fixture-revocation}.\n\n::history[Tightened.]{edition="2026.2" change="amended"}\n::history[First.]{edition="2026.1" change="added"}\n'),
      // Withdrawn without a successor.
      'glossary/intrusion-software.md': (text) => text.replace('sources:', 'history:\n  - {edition: "2026.2", change: withdrawn, note: "Merged."}\nsources:'),
    });
    const message = messageOf(() => loadKnowledgeBaseUncached(dir), dir);
    expect(message).toMatch(/^\d+ problems in content:/);
    expect(message).toContain('<content>/precedents/it-2016-fixture-revocation.md:13: unknown edition "2027.1" in the history of it-2016-fixture-revocation\n  Fix: use one of: 2026.1, 2026.2 (content/editions.yml); a new edition is cut with `npm run edition -- 2027.1 "summary"`');
    expect(message).toContain('<content>/guide/5-end-use-controls.md:21: R5.1 is marked amended in 2026.2 but its text did not change since 2026.1\n  Fix: remove the history entry, or make the change it describes');
    expect(message).toContain('<content>/guide/5-end-use-controls.md:22: history of R5.1 is out of order: 2026.1 is listed after 2026.2');
    expect(message).toMatch(/<content>\/glossary\/intrusion-software\.md:\d+: intrusion-software is withdrawn in 2026.2 without a successor\n {2}Fix: add `successor: <file name>` to the history entry/);
  });

  it('rejects a malformed editions.yml with the line of the bad entry', () => {
    const dir = fresh();
    fs.appendFileSync(path.join(dir, 'editions.yml'), '  - {id: "2026.2", date: "2026-13-01", summary: "Bad date."}\n  - {id: "2025.9", date: "2026-12-05", summary: "Out of order."}\n');
    const message = messageOf(() => loadKnowledgeBaseUncached(dir), dir);
    expect(message).toContain('<content>/editions.yml:6: date "2026-13-01" of edition 2026.2 is not a date\n  Fix: write the publication date as `date: "YYYY-MM-DD"`');
    expect(message).toContain('<content>/editions.yml:7: edition 2025.9 is listed after 2026.1\n  Fix: list editions oldest first');
  });
});

describe('search across editions', () => {
  it('indexes an earlier wording only where it changed, hidden unless search is filtered to that edition', () => {
    const dir = fresh();
    applyEdits(dir, SECOND_EDITION);
    cutEdition({contentDir: dir, id: '2026.2', summary: 'Second.', date: '2026-06-30'});
    const {kb, snapshots} = loadKnowledgeBaseUncached(dir);
    const chunks = chunkContent(kb, snapshots);
    const earlier = chunks.filter((c) => c.edition);
    // R1.1 was amended and R1.2 withdrawn; R5.1 and R5.2 did not change, so they are not indexed twice.
    expect(earlier.map((c) => c.id)).toEqual(['recommendation:R1.1@2026.1', 'recommendation:R1.2@2026.1']);
    expect(earlier[0]).toMatchObject({url: '/guide/2026.1/introduction#r1-1', title: 'R1.1 Review licences every year (edition 2026.1)'});
    const visible = (edition?: string) => chunks.filter((c) => passesFilters(c, edition ? {edition} : undefined)).map((c) => c.id).filter((id) => id.startsWith('recommendation:'));
    expect(visible()).toEqual(['recommendation:R1.1', 'recommendation:R1.2', 'recommendation:R5.1', 'recommendation:R5.2']);
    expect(visible('2026.1')).toEqual(['recommendation:R5.1', 'recommendation:R5.2', 'recommendation:R1.1@2026.1', 'recommendation:R1.2@2026.1']);
  });
});

describe('assignment links and editions', () => {
  it('records the edition in a version 2 link, and still makes version 1 links without one', () => {
    const assignment = {title: 'Week 1', instructions: '', due: '', items: ['recommendation:R1.1']};
    const withEdition = encodeAssignment({...assignment, edition: '2026.1'});
    expect(withEdition.startsWith('2.')).toBe(true);
    expect(decodeAssignment(withEdition)).toEqual({...assignment, edition: '2026.1'});
    const without = encodeAssignment(assignment);
    expect(without.startsWith('1.')).toBe(true);
    expect(decodeAssignment(without)).toEqual(assignment);
  });
});
