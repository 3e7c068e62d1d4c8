import {useCallback, useEffect, useState} from 'react';
import * as v from 'valibot';

/** A stored value that did not fit its schema: moved aside so the page can start afresh. */
export interface SetAside {
  key: string;
  /** Where the damaged value now lives, so nothing a person typed is thrown away. */
  movedTo: string;
}

/** Reads `key` through `schema`; a value of the wrong shape is moved to `<key>.damaged`. */
export function readStored<T>(storage: Storage, key: string, schema: v.GenericSchema<unknown, T>): {value?: T; setAside?: SetAside} {
  const stored = storage.getItem(key);
  if (stored === null) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = undefined;
  }
  const result = v.safeParse(schema, parsed);
  if (result.success) return {value: result.output};
  const movedTo = `${key}.damaged`;
  storage.setItem(movedTo, stored);
  storage.removeItem(key);
  return {setAside: {key, movedTo}};
}

/**
 * State kept in localStorage, so a learner's progress and a trainer's draft survive reloads
 * without a server. What is read back goes through `schema` first: storage is outside our
 * control (other tabs, old versions, extensions, people), and a bad value must not break the
 * page. Storage may be unavailable (private mode, policy): then it is memory only.
 */
export function useStoredState<T>(key: string | undefined, schema: v.GenericSchema<unknown, T>, initial: T): [T, (next: T) => void, boolean, SetAside | undefined] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  const [setAside, setSetAside] = useState<SetAside>();
  useEffect(() => {
    if (!key) return;
    try {
      const read = readStored(window.localStorage, key, schema);
      setValue(read.value ?? initial);
      setSetAside(read.setAside);
    } catch {
      setValue(initial);
    }
    setLoaded(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const update = useCallback(
    (next: T) => {
      setValue(next);
      if (!key) return;
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Memory only.
      }
    },
    [key],
  );
  return [value, update, loaded, setAside];
}
