import {useCallback, useEffect, useState} from 'react';

/**
 * State kept in localStorage, so a learner's progress and a trainer's draft survive reloads
 * without a server. Storage may be unavailable (private mode, policy): then it is memory only.
 */
export function useStoredState<T>(key: string | undefined, initial: T): [T, (next: T) => void, boolean] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    if (!key) return;
    try {
      const stored = window.localStorage.getItem(key);
      setValue(stored === null ? initial : (JSON.parse(stored) as T));
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
  return [value, update, loaded];
}
