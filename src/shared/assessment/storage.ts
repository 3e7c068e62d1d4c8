import {decodeEnvelope} from './exchange';
import {WORKSHEET_FORMAT, WORKSHEET_SCHEMA_VERSION, type Worksheet} from './worksheet';

/** The part of the Web Storage API used here, so tests can pass a Map-backed fake. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A storage that lasts for this visit only (and stands in for localStorage in tests). */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & {data: Map<string, string>} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** One key per assessment, so a damaged one never takes the others with it. */
export const STORAGE_PREFIX = 'ccic-kb:assessment:';
export const SET_ASIDE_PREFIX = 'ccic-kb:assessment-damaged:';

export const storageKey = (id: string) => `${STORAGE_PREFIX}${id}`;

export interface SetAside {
  key: string;
  /** Where the damaged text now is, for anyone who wants to recover it by hand. */
  movedTo: string;
  problem: string;
}

export function serialiseStored(worksheet: Worksheet): string {
  return JSON.stringify({format: WORKSHEET_FORMAT, schemaVersion: WORKSHEET_SCHEMA_VERSION, worksheet});
}

/**
 * Every stored assessment, most recently updated first. An entry that is not JSON, not of this
 * schema version or damaged is moved under SET_ASIDE_PREFIX (not deleted) and reported, so one
 * bad entry never breaks the page and is never silently lost.
 */
export function loadStoredWorksheets(storage: StorageLike): {worksheets: Worksheet[]; setAside: SetAside[]} {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
  }
  const worksheets: Worksheet[] = [];
  const setAside: SetAside[] = [];
  for (const key of keys) {
    const raw = storage.getItem(key) ?? '';
    let problem: string | undefined;
    try {
      const decoded = decodeEnvelope(JSON.parse(raw));
      if (!decoded.ok) problem = decoded.problem;
      else if (storageKey(decoded.worksheet.id) !== key) problem = `it is stored under another assessment's key`;
      else worksheets.push(decoded.worksheet);
    } catch {
      problem = 'it is not valid JSON';
    }
    if (problem) {
      const movedTo = `${SET_ASIDE_PREFIX}${key.slice(STORAGE_PREFIX.length)}`;
      try {
        storage.setItem(movedTo, raw);
        storage.removeItem(key);
      } catch {
        // Storage full or read-only: leave it where it is; it is still reported and skipped.
      }
      setAside.push({key, movedTo, problem});
    }
  }
  worksheets.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return {worksheets, setAside};
}

export function storeWorksheet(storage: StorageLike, worksheet: Worksheet): void {
  storage.setItem(storageKey(worksheet.id), serialiseStored(worksheet));
}

export function deleteStoredWorksheet(storage: StorageLike, id: string): void {
  storage.removeItem(storageKey(id));
}
