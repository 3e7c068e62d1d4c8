/**
 * `compute` with its results kept by key. The store is emptied when it reaches `maxEntries`, so a
 * long session (or a very large index) cannot grow it without end; recomputing is always correct.
 */
export function memoized<K, V>(compute: (key: K) => V, maxEntries: number): (key: K) => V {
  const store = new Map<K, V>();
  return (key) => {
    if (store.has(key)) return store.get(key) as V;
    const value = compute(key);
    if (store.size >= maxEntries) store.clear();
    store.set(key, value);
    return value;
  };
}
