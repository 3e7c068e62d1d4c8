import type {Page} from 'playwright-core';

/** One state of the navbar search as the reader saw it: its live status and the results listed. */
export interface NavbarState {
  /** performance.now() in the page. */
  at: number;
  status: string;
  query: string;
  /** data-result of each listed option, in order (empty while nothing is listed). */
  ids: string[];
}

/**
 * Logs each change of the navbar search's status or list, and each value typed into it, on the
 * page's own clock. Elements are looked up at each change, and the whole body observed, so a
 * navbar remounted by a route change is still seen.
 */
export async function logNavbar(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log = {states: [] as NavbarState[], typed: [] as Array<{at: number; value: string}>};
    (window as unknown as {__kbNavbar: typeof log}).__kbNavbar = log;
    document.addEventListener('input', (event) => log.typed.push({at: performance.now(), value: (event.target as HTMLInputElement).value}), true);
    new MutationObserver(() => {
      const live = document.querySelector('.kb-search [role="status"]');
      if (!live) return;
      const ids = Array.from(document.querySelectorAll('.kb-search [role="option"]')).map((o) => o.getAttribute('data-result') ?? '');
      log.states.push({at: performance.now(), status: live.getAttribute('data-status') ?? '', query: live.getAttribute('data-query') ?? '', ids});
    }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-query']});
  });
}

export function navbarLog(page: Page): Promise<{states: NavbarState[]; typed: Array<{at: number; value: string}>}> {
  return page.evaluate(() => (window as unknown as {__kbNavbar: {states: NavbarState[]; typed: Array<{at: number; value: string}>}}).__kbNavbar);
}
