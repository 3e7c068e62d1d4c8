import type {Page} from 'playwright-core';

/**
 * Counts reorders of a shown result list: for the same query, a result that was on screen
 * moved or vanished. Lists are the elements with a data-query attribute (the navbar listbox and
 * the search page's results); a new query is a new list, not a reorder. Installed before any
 * page script runs, so the first list is watched too.
 */
export async function watchReorders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = {count: 0, details: [] as Array<{query: string; before: string[]; after: string[]}>};
    (window as unknown as {__kbReorders: typeof state}).__kbReorders = state;
    const seen = new WeakMap<Element, {query: string; ids: string[]}>();
    const check = () => {
      for (const list of Array.from(document.querySelectorAll('ul[data-query], ol[data-query]'))) {
        const query = list.getAttribute('data-query') ?? '';
        const ids = Array.from(list.querySelectorAll('[data-result]')).map((item) => item.getAttribute('data-result') ?? '');
        const before = seen.get(list);
        if (before && before.query === query && before.ids.some((id, i) => ids[i] !== id)) {
          state.count += 1;
          state.details.push({query, before: before.ids, after: ids});
        }
        seen.set(list, {query, ids});
      }
    };
    new MutationObserver(check).observe(document, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-query', 'data-result']});
  });
}

export async function reorders(page: Page): Promise<{count: number; details: Array<{query: string; before: string[]; after: string[]}>}> {
  return page.evaluate(() => (window as unknown as {__kbReorders: {count: number; details: Array<{query: string; before: string[]; after: string[]}>}}).__kbReorders);
}
