import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {errorOf, fixtureWith} from './fixtureSite';

const PLATFORM = 'controls/intrusion-platform-technology.md';
const SYSTEMS = 'controls/intrusion-software-systems.md';
const withEntries = (file: string, entries: string) =>
  fixtureWith({[file]: (text) => text.replace(/entries:\n(?:  - .*\n)+/, `entries:\n${entries}`)});

describe('control records: when an entry reached the item', () => {
  it('keeps a note that says what the `added` date means', () => {
    const dir = withEntries(PLATFORM, '  - {regime: wassenaar, number: "4.E.1.a", instrument: "WA", added: "2013-12", addedNote: "The sub-item is older; it reached the platforms in December 2013."}\n');
    const control = loadKnowledgeBaseUncached(dir).kb.controls.find((c) => c.slug === 'intrusion-platform-technology');
    expect(control?.entries[0]).toMatchObject({added: '2013-12', addedNote: 'The sub-item is older; it reached the platforms in December 2013.'});
  });
  it('rejects a note with no date to explain, naming the line', () => {
    const dir = withEntries(PLATFORM, '  - {regime: eu, number: "4E001.a", instrument: "Annex I", addedNote: "Older sub-item."}\n');
    expect(errorOf(dir, () => loadKnowledgeBaseUncached(dir)).replace(/<site>\//g, '')).toBe(
      `${PLATFORM}:6: \`addedNote\` explains an \`added\` date, but there is none\n  Fix: add \`added:\` or remove \`addedNote:\``,
    );
  });
  it('rejects a note that is not text', () => {
    const dir = withEntries(PLATFORM, '  - {regime: eu, number: "4E001.a", instrument: "Annex I", added: "2014-12", addedNote: 2013}\n');
    expect(errorOf(dir, () => loadKnowledgeBaseUncached(dir))).toMatch(/:6: `addedNote` must be a sentence\n/);
  });
});

describe('control records: the UK column', () => {
  it('accepts a UK entry that shares the EU number, so one record carries both', () => {
    const dir = withEntries(
      SYSTEMS,
      '  - {regime: eu, number: "4A005", instrument: "Regulation (EU) 2021/821, Annex I"}\n' +
        '  - {regime: uk, number: "4A005", instrument: "Assimilated Regulation (EC) No 428/2009, Annex I"}\n',
    );
    const {kb} = loadKnowledgeBaseUncached(dir);
    const control = kb.controls.find((c) => c.slug === 'intrusion-software-systems');
    expect(control?.entries.map((e) => `${e.regime} ${e.number}`)).toEqual(['eu 4A005', 'uk 4A005']);
    expect(control?.keys).toEqual(['4A005']);
  });
  it('rejects an unknown regime, listing the known ones including uk', () => {
    const dir = withEntries(SYSTEMS, '  - {regime: gb, number: "4A005", instrument: "UK list"}\n');
    expect(errorOf(dir, () => loadKnowledgeBaseUncached(dir))).toMatch(/:6: unknown regime "gb"\n  Fix: use one of: wassenaar, eu, us, uk$/);
  });
});
