import {useCallback, useMemo} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';

/**
 * Filter state kept in the URL query, so a filtered view can be shared, bookmarked and
 * restored on reload. Multi-valued keys repeat (`?audience=a&audience=b`).
 */
export function useUrlState(): {
  get: (key: string) => string;
  getAll: (key: string) => string[];
  set: (changes: Record<string, string | string[] | undefined>) => void;
} {
  const location = useLocation();
  const history = useHistory();
  // The static HTML was rendered without a query: read it only after hydration, so the first
  // client render matches the server's.
  const isBrowser = useIsBrowser();
  const params = useMemo(() => new URLSearchParams(isBrowser ? location.search : ''), [isBrowser, location.search]);
  const set = useCallback(
    (changes: Record<string, string | string[] | undefined>) => {
      const next = new URLSearchParams(location.search);
      for (const [key, value] of Object.entries(changes)) {
        next.delete(key);
        for (const item of Array.isArray(value) ? value : value ? [value] : []) next.append(key, item);
      }
      const search = next.toString();
      history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash});
    },
    [history, location.pathname, location.search, location.hash],
  );
  return {get: (key) => params.get(key) ?? '', getAll: (key) => params.getAll(key), set};
}

/** Toggles one value in a multi-valued filter. */
export function toggled(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
