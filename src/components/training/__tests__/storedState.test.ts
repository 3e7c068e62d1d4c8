import {describe, expect, it} from 'vitest';
import {AssignmentSchema, ProgressSchema} from '../../../shared/assignment';
import {readStored} from '../useStoredState';
import {AssignmentContextSchema} from '../assignmentContext';
import {formatDueDate} from '../dates';

/** The part of the Storage interface readStored uses, in memory. */
function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    clear: () => map.clear(),
    key: (index: number) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const WRONG_SHAPES = ['null', '42', '{"a":1}', '{"items":"abc"}', 'not json', '[1,2]'];

describe('stored state goes through a schema', () => {
  it('sets aside a draft of the wrong shape, keeping it under <key>.damaged', () => {
    for (const stored of WRONG_SHAPES) {
      const storage = memoryStorage({'kb-assignment-draft': stored});
      expect(readStored(storage, 'kb-assignment-draft', AssignmentSchema), stored).toEqual({setAside: {key: 'kb-assignment-draft', movedTo: 'kb-assignment-draft.damaged'}});
      expect(storage.getItem('kb-assignment-draft')).toBeNull();
      expect(storage.getItem('kb-assignment-draft.damaged')).toBe(stored);
    }
  });

  it('sets aside progress of the wrong shape or beyond the limits', () => {
    for (const stored of [...WRONG_SHAPES, JSON.stringify(Array.from({length: 201}, (_, n) => `recommendation:R1.${n}`))]) {
      expect(readStored(memoryStorage({p: stored}), 'p', ProgressSchema).setAside, stored.slice(0, 40)).toBeDefined();
    }
  });

  it('reads a good value back unchanged, and nothing when nothing is stored', () => {
    const draft = {title: 'Week 3', instructions: '', due: '2026-12-10', items: ['chapter:introduction']};
    expect(readStored(memoryStorage({d: JSON.stringify(draft)}), 'd', AssignmentSchema)).toEqual({value: draft});
    expect(readStored(memoryStorage({}), 'd', AssignmentSchema)).toEqual({});
  });

  it('refuses an assignment context whose links leave the site', () => {
    const context = {code: '1.abc.0000abcd', key: '0000abcd', title: 'T', items: [{ref: 'chapter:introduction', url: '/guide/introduction'}]};
    expect(readStored(memoryStorage({c: JSON.stringify(context)}), 'c', AssignmentContextSchema).value).toEqual(context);
    const outside = {...context, items: [{ref: 'chapter:introduction', url: 'javascript:alert(1)'}]};
    expect(readStored(memoryStorage({c: JSON.stringify(outside)}), 'c', AssignmentContextSchema).setAside).toBeDefined();
  });
});

describe('due dates', () => {
  it('are written in the reader’s locale, on the same calendar day everywhere', () => {
    expect(formatDueDate('2026-12-10', 'en-GB')).toBe('10 December 2026');
    expect(formatDueDate('2026-12-10', 'en-US')).toBe('December 10, 2026');
    expect(formatDueDate('2026-12-10', 'de-DE')).toBe('10. Dezember 2026');
  });
});
