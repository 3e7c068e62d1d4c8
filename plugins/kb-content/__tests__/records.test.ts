import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {errorOf, fixtureWith} from './fixtureSite';

const PRECEDENT = 'precedents/it-2016-fixture-revocation.md';
const precedentFailure = (from: string | RegExp, to: string) => {
  const dir = fixtureWith({[PRECEDENT]: (text) => text.replace(from, to)});
  return errorOf(dir, () => loadKnowledgeBaseUncached(dir)).replace(/<site>\//g, '');
};

describe('precedent records', () => {
  it('rejects a record without a source', () => {
    expect(precedentFailure(/sources:\n.*\n/, '')).toBe(
      `${PRECEDENT}:1: \`sources\` must list at least one source\n  Fix: add \`sources:\` with items \`- {title: "…", url: "https://…"}\``,
    );
  });
  it('rejects an invalid date with its line', () => {
    expect(precedentFailure('"2016-03"', '"2016-13"')).toBe(
      `${PRECEDENT}:3: \`date\` "2016-13" is not a valid date\n  Fix: write YYYY, YYYY-MM or YYYY-MM-DD, quoted, as precise as the source allows`,
    );
  });
  it('rejects an unknown action type', () => {
    expect(precedentFailure('licence-revoked', 'fined')).toMatch(new RegExp(`^${PRECEDENT}:7: unknown action type "fined"\\n  Fix: use one of: licence-granted, licence-denied`));
  });
  it('rejects an unknown entry, suggesting the nearest', () => {
    expect(precedentFailure('["4A005"]', '["4A006"]')).toBe(
      `${PRECEDENT}:9: unknown control-list entry "4A006"\n  Fix: use a known entry; nearest: 4A005, 4E001.a, 4E001.c (see content/controls/)`,
    );
  });
  it('requires entries to say whether a source names them or they are inferred', () => {
    expect(precedentFailure(/controlsBasis:.*\n/, '')).toBe(
      `${PRECEDENT}:9: \`controls\` lists entries but \`controlsBasis\` does not say whether a source names them\n  Fix: add \`controlsBasis: "Named in the source: …"\` or \`controlsBasis: "Implied because …"\` saying where the entries come from`,
    );
    expect(precedentFailure('Named in the source:', 'Probably')).toMatch(new RegExp(`^${PRECEDENT}:10: \`controlsBasis\` must start with "Named in the source" or "Implied because"`));
    expect(precedentFailure('["4A005"]', '[]')).toMatch(new RegExp(`^${PRECEDENT}:10: \`controlsBasis\` explains entries, but \`controls\` is empty`));
  });
  it('takes `state` as one name or a list of names, and refuses a phrase that could not be a filter value', () => {
    const load = (state: string) => {
      const dir = fixtureWith({[PRECEDENT]: (text) => text.replace('state: Italy', state)});
      return loadKnowledgeBaseUncached(dir).kb.precedents[0];
    };
    expect(load('state: Italy')).toMatchObject({state: 'Italy', states: ['Italy']});
    expect(load('state: ["United Kingdom", "France"]\nparticipants: "With 21 supporting states"')).toMatchObject({
      state: 'United Kingdom and France',
      states: ['United Kingdom', 'France'],
      participants: 'With 21 supporting states',
    });
    const fix = 'write one name (`state: "United Kingdom"`) or a list of names (`state: ["United Kingdom", "France"]`), and put the detail in `participants: "…"`';
    expect(precedentFailure('state: Italy', 'state: "United States and 24 other subscribing states"')).toBe(
      `${PRECEDENT}:4: \`state\` "United States and 24 other subscribing states" is not the name of one state or organisation (it is a filter value in the precedents register)\n  Fix: ${fix}`,
    );
    expect(precedentFailure('state: Italy', 'state: ["Italy", "Wassenaar Arrangement (41 states)"]')).toMatch(new RegExp(`^${PRECEDENT}:4: \`state\` "Wassenaar Arrangement \\(41 states\\)" is not the name`));
  });
  it('keeps the stated basis of the entries on the record', () => {
    const dir = fixtureWith({});
    const precedent = loadKnowledgeBaseUncached(dir).kb.precedents.find((p) => p.id === 'it-2016-fixture-revocation');
    expect(precedent?.controls).toEqual(['intrusion-software-systems']);
    expect(precedent?.controlsBasis).toBe('Named in the source: the fixture names 4A005.');
  });
});
