import {useCallback, useEffect, useState} from 'react';
import {deleteStoredWorksheet, loadStoredWorksheets, memoryStorage, storeWorksheet, type SetAside, type StorageLike} from '@site/src/shared/assessment/storage';
import {emptyWorksheet, newWorksheetId, type Worksheet} from '@site/src/shared/assessment/worksheet';

/** localStorage when the browser allows it; otherwise a memory-only store for this visit. */
function browserStorage(): {storage: StorageLike; persistent: boolean} {
  try {
    const probe = '__ccic-kb-probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return {storage: window.localStorage, persistent: true};
  } catch {
    return {storage: memoryStorage(), persistent: false};
  }
}

export interface Assessments {
  ready: boolean;
  persistent: boolean;
  worksheets: Worksheet[];
  current?: Worksheet;
  setAside: SetAside[];
  /** A problem writing to storage (e.g. it is full), shown to the officer. */
  saveError?: string;
  select: (id: string) => void;
  create: (from?: Partial<Worksheet>) => Worksheet;
  update: (next: Worksheet) => void;
  /** Stores a worksheet as it is (an import); replaces one with the same ID. */
  put: (worksheet: Worksheet) => void;
  duplicate: (id: string) => void;
  rename: (id: string, title: string) => void;
  remove: (id: string) => void;
}

/**
 * The officer's assessments, kept in this browser only. Loads once after hydration (storage
 * does not exist during the static build), sets damaged entries aside, and writes through on
 * every change so nothing is lost on a reload.
 */
export function useAssessments(): Assessments {
  const [backend, setBackend] = useState<{storage: StorageLike; persistent: boolean}>();
  const [worksheets, setWorksheets] = useState<Worksheet[]>([]);
  const [currentId, setCurrentId] = useState<string>();
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  const [saveError, setSaveError] = useState<string>();

  const write = useCallback(
    (action: (storage: StorageLike) => void) => {
      if (!backend) return;
      try {
        action(backend.storage);
        setSaveError(undefined);
      } catch (error) {
        setSaveError(`This browser did not save the last change (${(error as Error).message}). Export the assessment to keep it.`);
      }
    },
    [backend],
  );

  useEffect(() => {
    const opened = browserStorage();
    const loaded = loadStoredWorksheets(opened.storage);
    setBackend(opened);
    setSetAside(loaded.setAside);
    setWorksheets(loaded.worksheets);
    setCurrentId(loaded.worksheets[0]?.id);
  }, []);

  const put = useCallback(
    (worksheet: Worksheet) => {
      write((storage) => storeWorksheet(storage, worksheet));
      setWorksheets((list) => [worksheet, ...list.filter((w) => w.id !== worksheet.id)]);
      setCurrentId(worksheet.id);
    },
    [write],
  );

  const create = useCallback(
    (from: Partial<Worksheet> = {}) => {
      const now = new Date().toISOString();
      const worksheet = {...emptyWorksheet(newWorksheetId(), now), ...from};
      put(worksheet);
      return worksheet;
    },
    [put],
  );

  const update = useCallback(
    (next: Worksheet) => {
      const stamped = {...next, updated: new Date().toISOString()};
      write((storage) => storeWorksheet(storage, stamped));
      setWorksheets((list) => list.map((w) => (w.id === stamped.id ? stamped : w)));
    },
    [write],
  );

  const duplicate = useCallback(
    (id: string) => {
      const source = worksheets.find((w) => w.id === id);
      if (!source) return;
      const now = new Date().toISOString();
      put({...structuredClone(source), id: newWorksheetId(), title: `Copy of ${source.title}`, created: now, updated: now});
    },
    [worksheets, put],
  );

  const rename = useCallback(
    (id: string, title: string) => {
      const source = worksheets.find((w) => w.id === id);
      if (source) update({...source, title: title.trim() || source.title});
    },
    [worksheets, update],
  );

  const remove = useCallback(
    (id: string) => {
      write((storage) => deleteStoredWorksheet(storage, id));
      const rest = worksheets.filter((w) => w.id !== id);
      setWorksheets(rest);
      if (currentId === id) setCurrentId(rest[0]?.id);
    },
    [write, worksheets, currentId],
  );

  return {
    ready: backend !== undefined,
    persistent: backend?.persistent ?? true,
    worksheets,
    current: worksheets.find((w) => w.id === currentId),
    setAside,
    saveError,
    select: setCurrentId,
    create,
    update,
    put,
    duplicate,
    rename,
    remove,
  };
}
