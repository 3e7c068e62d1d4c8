import {describe, expect, it} from 'vitest';
import {evaluateWorksheet} from '../rules';
import {worksheetQueryText} from '../queryText';
import {CHECKLIST, worksheetWith} from './fixtures';

describe('evaluateWorksheet', () => {
  it('raises nothing and leaves every question open on an empty worksheet', () => {
    const result = evaluateWorksheet(CHECKLIST, worksheetWith({}));
    expect(result.flags).toEqual([]);
    expect(result.entries).toEqual([]);
    expect(result.recommendations).toEqual([]);
    expect(result.open.map((q) => q.id)).toEqual(['ITM-01', 'USR-01', 'USR-02', 'USR-03', 'HR-01']);
    expect([result.answered, result.total]).toEqual([0, 5]);
  });

  it('raises a flag only on the answers its rule names, and names every question that raised it', () => {
    expect(evaluateWorksheet(CHECKLIST, worksheetWith({'USR-01': 'yes'})).flags).toEqual([]);
    const result = evaluateWorksheet(CHECKLIST, worksheetWith({'USR-01': 'no', 'HR-01': 'yes', 'USR-02': 'match'}));
    expect(result.flags.map((f) => [f.flag.id, f.raisedBy])).toEqual([
      ['unnamed', ['USR-01', 'HR-01']],
      ['listed', ['USR-02']],
      ['misuse', ['HR-01']],
    ]);
  });

  it('keeps picked entries first and adds the catch-alls that answers bring in, once each', () => {
    const result = evaluateWorksheet(CHECKLIST, worksheetWith({'ITM-01': 'yes', 'HR-01': 'yes'}, ['intrusion-software-software', 'intrusion-software-systems']));
    expect(result.entries).toEqual([
      {slug: 'intrusion-software-software', picked: true, broughtInBy: []},
      {slug: 'intrusion-software-systems', picked: true, broughtInBy: ['HR-01']},
      {slug: 'eu-cyber-surveillance-catch-all', picked: false, broughtInBy: ['ITM-01', 'HR-01']},
    ]);
    expect(evaluateWorksheet(CHECKLIST, worksheetWith({'ITM-01': 'no'})).entries).toEqual([]);
  });

  it('lists the recommendations and sections behind answered questions and raised flags, in guide order', () => {
    const result = evaluateWorksheet(CHECKLIST, worksheetWith({'USR-01': 'no', 'USR-02': 'match', 'USR-03': 'Interception Act, s. 4'}));
    expect(result.recommendations).toEqual([
      {id: 'R2.4', because: ['USR-02', 'listed']},
      {id: 'R5.1', because: ['USR-03']},
      {id: 'R5.2', because: ['USR-01']},
      {id: 'R5.3', because: ['unnamed']},
      {id: 'R6.5', because: ['listed']},
    ]);
    expect(result.sections).toEqual([{ref: 'end-use-controls#identifying-the-real-end-user', because: ['USR-01', 'unnamed']}]);
  });

  it('counts "not known" and "not yet screened" as answered but still open', () => {
    const result = evaluateWorksheet(CHECKLIST, worksheetWith({'ITM-01': 'unknown', 'USR-01': 'yes', 'USR-02': 'not-screened', 'USR-03': '  '}));
    expect(result.answered).toBe(3);
    expect(result.open.map((q) => q.id)).toEqual(['ITM-01', 'USR-02', 'USR-03', 'HR-01']);
  });

  it('ignores an answer that is not one of the choices, and answers to questions that no longer exist', () => {
    const result = evaluateWorksheet(CHECKLIST, worksheetWith({'USR-01': 'maybe', 'XX-99': 'yes'}));
    expect(result.answered).toBe(0);
    expect(result.flags).toEqual([]);
    expect(result.open.map((q) => q.id)).toContain('USR-01');
  });
});

describe('worksheetQueryText', () => {
  it('describes the transfer, most telling parts first (item, flags, end user, end use, destination, entries), capped in length', () => {
    const worksheet = worksheetWith({'USR-01': 'no'}, ['intrusion-software-systems']);
    worksheet.item.description = 'Remote phone intrusion platform';
    worksheet.destination = 'Estmoor';
    worksheet.endUser = {type: 'intelligence', name: 'Ministry of the Interior'};
    worksheet.endUse = 'national security';
    const text = worksheetQueryText(worksheet, evaluateWorksheet(CHECKLIST, worksheet), (slug) => (slug === 'intrusion-software-systems' ? 'Systems for intrusion software' : undefined));
    expect(text).toBe('Remote phone intrusion platform No operating agency is named Intelligence or security service national security Estmoor Ministry of the Interior Systems for intrusion software');
    worksheet.endUse = 'word '.repeat(200);
    expect(worksheetQueryText(worksheet, evaluateWorksheet(CHECKLIST, worksheet), () => undefined).split(' ')).toHaveLength(60);
  });
});
