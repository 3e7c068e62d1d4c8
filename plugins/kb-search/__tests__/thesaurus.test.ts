import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadThesaurus, type GlossaryGroup} from '../thesaurus';
import {expandQuery} from '../../../src/shared/search/thesaurus';

const glossary: GlossaryGroup[] = [
  {term: 'Entity List', aliases: ['US Entity List'], file: '/content/glossary/entity-list.md'},
  {term: 'catch-all control', aliases: ['catch-all'], file: '/content/glossary/catch-all-control.md'},
];
const content = ['The Entity List names foreign parties.', 'A catch-all control reaches unlisted items; brokering and licence conditions.', 'End-use control and licensing.'];

/** Writes a thesaurus fixture and loads it against the small content above. */
function load(yaml: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thesaurus-'));
  const file = path.join(dir, 'thesaurus.yml');
  fs.writeFileSync(file, yaml);
  return () => loadThesaurus(file, glossary, content);
}
const errorOf = (yaml: string) => {
  try {
    load(yaml)();
  } catch (error) {
    return (error as Error).message.replace(/^.*thesaurus\.yml/, 'thesaurus.yml');
  }
  throw new Error('expected an error');
};

describe('thesaurus validation', () => {
  it('rejects a target that names nothing in the content, with line and fix', () => {
    expect(errorOf('synonyms:\n  # why\n  - blacklist => Denied Persons List\n')).toBe(
      'thesaurus.yml:3: the target "Denied Persons List" does not occur anywhere in the content\n  Fix: expand to a word or phrase the content uses (a glossary term, heading or entry name)',
    );
  });

  it('rejects a term written in two entries', () => {
    expect(errorOf('synonyms:\n  # a\n  - blacklist => Entity List\n  # b\n  - Blacklist, middlemen => brokering\n')).toBe(
      'thesaurus.yml:5: "Blacklist" is already in the entry on line 3\n  Fix: merge this entry into line 3, or remove "Blacklist" from one of them',
    );
  });

  it('rejects an entry that only restates a glossary term and its alias', () => {
    expect(errorOf('synonyms:\n  # a\n  - Entity List, US Entity List\n')).toBe(
      'thesaurus.yml:3: every term of this entry is already the glossary term "Entity List" or one of its aliases (/content/glossary/entity-list.md)\n  Fix: remove the entry; aliases in /content/glossary/entity-list.md are searched as equivalents already',
    );
  });

  it('rejects one-way entries that form a cycle', () => {
    expect(errorOf('synonyms:\n  # a\n  - licence => brokering\n  # b\n  - brokering => licensing\n  # c\n  - licensing => licence\n')).toBe(
      'thesaurus.yml:3: one-way entries form a cycle (lines 3, 5, 7)\n  Fix: make them one group of equivalents `a, b, c`, or remove one direction',
    );
  });

  it('rejects an expansion to a term\'s own equivalent', () => {
    expect(errorOf('synonyms:\n  # a\n  - catch-all control, end-use control\n  # b\n  - catch-all => end-use control\n')).toBe(
      'thesaurus.yml:5: "catch-all" => "end-use control" expands a term to its own equivalent\n  Fix: remove "catch-all" from this entry: it is already equivalent to "end-use control"',
    );
  });

  it('requires a comment above every entry, and well-formed lines', () => {
    expect(errorOf('synonyms:\n  # a\n  - licence, license\n  - blacklist => Entity List\n')).toBe(
      'thesaurus.yml:4: entry "blacklist => Entity List" has no comment\n  Fix: add a `# …` line above it saying why the words belong together',
    );
    expect(errorOf('synonyms:\n  # a\n  - a => b => c\n')).toMatch(/^thesaurus.yml:3: entry "a => b => c" has more than one `=>`/);
    expect(errorOf('synonyms:\n  # a\n  - licence, , license\n')).toMatch(/^thesaurus.yml:3: entry "licence, , license" has an empty term/);
    expect(errorOf('words:\n  - a, b\n')).toMatch(/^thesaurus.yml:1: the thesaurus has no `synonyms:` list/);
  });

  it('compiles equivalents both ways, one-way entries one way, and glossary aliases as equivalents', () => {
    const map = load('synonyms:\n  # a\n  - blacklist, black list => Entity List\n  # b\n  - licence, license\n  # c\n  - catch-all control, end-use control\n')();
    expect(map['blacklist']).toEqual(['Entity List']);
    expect(map['entity list']).toEqual(['US Entity List']);
    expect(map['license']).toEqual(['licence']);
    expect(map['licence']).toEqual(['license']);
    // Glossary group joined with a thesaurus group: catch-all ≡ catch-all control ≡ end-use control.
    expect(map['end use control']).toEqual(expect.arrayContaining(['catch-all control', 'catch-all']));
    const [expansion] = expandQuery(map, ['black', 'list', 'vendors']);
    expect(expansion).toEqual({from: 'black list', to: ['Entity List'], words: ['entity']});
  });

  it('does not expand a word into a phrase that only qualifies it, so the qualifier does not steer the ranking', () => {
    // Glossary aliases make "spyware" and "commercial spyware" equivalents in both directions.
    const map = {spyware: ['commercial spyware', 'mercenary spyware', 'stalkerware'], 'commercial spyware': ['spyware', 'stalkerware']};
    expect(expandQuery(map, ['spyware', 'sold'])).toEqual([{from: 'spyware', to: ['stalkerware'], words: ['stalkerware']}]);
    // The longer phrase still expands to a different word; its part "spyware" adds nothing new.
    expect(expandQuery(map, ['commercial', 'spyware'])).toEqual([{from: 'commercial spyware', to: ['spyware', 'stalkerware'], words: ['stalkerware']}]);
    expect(expandQuery({spyware: ['commercial spyware']}, ['spyware'])).toEqual([]);
  });
});
