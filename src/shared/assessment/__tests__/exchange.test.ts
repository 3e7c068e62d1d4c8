import {describe, expect, it} from 'vitest';
import {exportWorksheet, importWorksheet, type KnownReferences} from '../exchange';
import {deleteStoredWorksheet, loadStoredWorksheets, memoryStorage, SET_ASIDE_PREFIX, storageKey, storeWorksheet} from '../storage';
import {newWorksheetId} from '../worksheet';
import {worksheetWith} from './fixtures';

const known: KnownReferences = {
  questions: new Map([
    ['USR-01', ['yes', 'no', 'unknown']],
    ['USR-03', []],
  ]),
  entries: new Set(['intrusion-software-systems']),
  precedents: new Set(['it-2016-hacking-team-authorisation-revoked']),
};

function sample() {
  const worksheet = worksheetWith({'USR-01': 'no', 'USR-03': 'Interception Act'}, ['intrusion-software-systems']);
  worksheet.title = 'Lighthouse to Estmoor';
  worksheet.precedents = ['it-2016-hacking-team-authorisation-revoked'];
  worksheet.conclusion = {decision: 'refuse', reasons: 'Unnamed agency.', officer: 'A. Officer', date: '2026-12-02'};
  return worksheet;
}

describe('export and import', () => {
  it('round-trips a worksheet exactly, with the edition it was made under', () => {
    const file = exportWorksheet(sample(), 'Guidance as built on 2026-12-01', '2026-12-02T11:00:00.000Z');
    expect(JSON.parse(file)).toMatchObject({format: 'ccic-kb-assessment', schemaVersion: 1, edition: 'Guidance as built on 2026-12-01'});
    const result = importWorksheet(file, known);
    expect(result).toEqual({ok: true, worksheet: sample(), edition: 'Guidance as built on 2026-12-01', dropped: [], kept: ['2 answers', '1 control entries', '1 precedents considered', 'the description, parties, conclusion and reasons']});
  });

  it('refuses a file that is not JSON, naming the reason', () => {
    const result = importWorksheet('title,answer\nx,y', known);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^The file is not JSON \(.+\)\. Nothing was imported\.$/);
  });

  it('refuses another kind of JSON file and another schema version', () => {
    expect(importWorksheet('{"hello": 1}', known)).toEqual({ok: false, problem: 'The file cannot be imported: it is not an assessment exported from this site (it has no "format": "ccic-kb-assessment"). Nothing was imported.'});
    const future = JSON.stringify({...JSON.parse(exportWorksheet(sample(), 'e', 'x')), schemaVersion: 2});
    expect(importWorksheet(future, known)).toEqual({ok: false, problem: 'The file cannot be imported: it has schema version 2, and this site reads version 1. Nothing was imported.'});
  });

  it('refuses a damaged worksheet, naming the field', () => {
    const damaged = JSON.parse(exportWorksheet(sample(), 'e', 'x'));
    damaged.worksheet.endUser.name = 42;
    expect(importWorksheet(JSON.stringify(damaged), known)).toEqual({ok: false, problem: expect.stringMatching(/^The file cannot be imported: its worksheet is damaged at worksheet\.endUser\.name: .+\. Nothing was imported\.$/)});
  });

  it('drops references that no longer exist, says which, and keeps the rest', () => {
    const worksheet = sample();
    worksheet.answers['HR-99'] = {value: 'yes', note: ''};
    worksheet.answers['USR-01'] = {value: 'perhaps', note: 'Asked on 1 Dec'};
    worksheet.item.entries.push('retired-entry');
    worksheet.precedents.push('xx-1999-gone');
    const result = importWorksheet(exportWorksheet(worksheet, 'e', 'x'), known);
    expect(result.ok && result.dropped).toEqual([
      'the answer "perhaps" to question USR-01, which is no longer one of its choices',
      'the answer to question HR-99, which is no longer in the checklist',
      'control entry "retired-entry", which is no longer in the register',
      'precedent "xx-1999-gone", which is no longer in the register',
    ]);
    expect(result.ok && result.worksheet.answers).toEqual({'USR-01': {value: '', note: 'Asked on 1 Dec'}, 'USR-03': {value: 'Interception Act', note: ''}});
    expect(result.ok && result.worksheet.item.entries).toEqual(['intrusion-software-systems']);
    expect(result.ok && result.kept[0]).toBe('2 answers');
  });
});

describe('stored assessments', () => {
  it('stores, lists (most recent first) and deletes assessments, one key each', () => {
    const storage = memoryStorage();
    const older = {...sample(), id: 'a-1', updated: '2026-12-01T00:00:00.000Z'};
    const newer = {...sample(), id: 'a-2', updated: '2026-12-02T00:00:00.000Z'};
    storeWorksheet(storage, older);
    storeWorksheet(storage, newer);
    expect(loadStoredWorksheets(storage)).toEqual({worksheets: [newer, older], setAside: []});
    deleteStoredWorksheet(storage, 'a-1');
    expect(loadStoredWorksheets(storage).worksheets.map((w) => w.id)).toEqual(['a-2']);
  });

  it('sets a damaged entry aside under another key, reports it, and still lists the rest', () => {
    const good = {...sample(), id: 'a-good'};
    const storage = memoryStorage({[storageKey('a-bad')]: '{"format": "ccic-kb-assessment", "schem', 'unrelated': 'left alone'});
    storeWorksheet(storage, good);
    storage.setItem(storageKey('a-old'), JSON.stringify({format: 'ccic-kb-assessment', schemaVersion: 0, worksheet: {}}));
    const result = loadStoredWorksheets(storage);
    expect(result.worksheets).toEqual([good]);
    expect(result.setAside).toEqual([
      {key: storageKey('a-bad'), movedTo: `${SET_ASIDE_PREFIX}a-bad`, problem: 'it is not valid JSON'},
      {key: storageKey('a-old'), movedTo: `${SET_ASIDE_PREFIX}a-old`, problem: 'it has schema version 0, and this site reads version 1'},
    ]);
    expect(storage.data.get(`${SET_ASIDE_PREFIX}a-bad`)).toBe('{"format": "ccic-kb-assessment", "schem');
    expect(storage.data.has(storageKey('a-bad'))).toBe(false);
    expect(storage.data.get('unrelated')).toBe('left alone');
    // Set aside once: the next load is clean.
    expect(loadStoredWorksheets(storage).setAside).toEqual([]);
  });

  it('makes distinct IDs without crypto.randomUUID', () => {
    expect(newWorksheetId(() => 0.5, 1_700_000_000_000)).toBe('a-loyw3v28-i00000');
    expect(newWorksheetId(() => 0.1, 1)).not.toBe(newWorksheetId(() => 0.2, 1));
  });
});
