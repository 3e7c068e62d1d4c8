import AxeBuilder from '@axe-core/playwright';
import {describe, expect, it} from 'vitest';
import {search} from '../../src/shared/search/ranking';
import {openBuiltIndex} from '../../scripts/search/openBuiltIndex';
import {BUILD_DIR} from '../site/builtSite';
import {browserSession} from './session';

const session = browserSession();
const {open, pages} = session;

describe('search in the browser', () => {
  it('shows results as you type, and opens one by keyboard on its anchor with the words marked', async () => {
    const {page} = await open('/');
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('revoked global authorisation', {delay: 20});
    const options = page.locator('[role="listbox"] [role="option"]');
    // With the default model the first list waits for the model (it is the hybrid one).
    await expect.poll(() => options.count(), {timeout: 10_000}).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[role="listbox"] [data-result="precedent:it-2016-hacking-team-authorisation-revoked"]').count()).toBe(1);
    const position = await page.locator('[role="listbox"] [role="option"]').evaluateAll((items) =>
      items.findIndex((item) => item.getAttribute('data-result') === 'precedent:it-2016-hacking-team-authorisation-revoked'),
    );
    for (let i = 0; i <= position; i += 1) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('[role="combobox"]').getAttribute('aria-activedescendant')).toMatch(new RegExp(`option-${position}$`));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/precedents\/it-2016-hacking-team-authorisation-revoked\?highlight=/);
    await expect.poll(() => page.locator('mark.kb-landing-mark').count()).toBeGreaterThan(0);
  });

  it('closes the list with Escape and focuses the box with Ctrl+K', async () => {
    const {page} = await open('/guide/introduction');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('spyware');
    const panel = page.locator('.kb-search__panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await expect.poll(() => page.locator('[role="combobox"]').getAttribute('aria-expanded')).toBe('false');
  });

  it('filters on the search page, keeps the view in the URL, and restores it on reload', async () => {
    const {page} = await open('/search?q=revoke%20a%20licence');
    await page.waitForSelector('[data-status="hybrid"]');
    await page.locator('fieldset[data-facet="type"] input[value="precedent"]').check();
    await page.waitForURL(/type=precedent/);
    await page.waitForSelector('[data-status="hybrid"]');
    const before = await page.locator('.kb-results [data-result]').evaluateAll((items) => items.map((i) => i.getAttribute('data-result')));
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((id) => id!.startsWith('precedent:'))).toBe(true);
    await page.reload();
    await page.waitForSelector('[data-status="hybrid"]');
    expect(await page.locator('fieldset[data-facet="type"] input[value="precedent"]').isChecked()).toBe(true);
    expect(await page.locator('.kb-results [data-result]').evaluateAll((items) => items.map((i) => i.getAttribute('data-result')))).toEqual(before);
  });

  it('gives the same top 10 as the CLI for the same queries', async () => {
    const {index, embedder} = await openBuiltIndex(BUILD_DIR);
    const queries = ['spyware sold to a police force abroad, what checks?', 'can we revoke a licence we already granted?', 'ECCN 4D004', 'who publishes licence denials', 'hackers for hire working for a foreign government', 'R5.3'];
    const {page} = await open('/search');
    for (const query of queries) {
      await page.goto(`${session.origin()}/search?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-status="hybrid"]');
      const browserTop = (await page.locator('.kb-results [data-result]').evaluateAll((items) => items.map((i) => i.getAttribute('data-result')))).slice(0, 10);
      const [vector] = await embedder.embed([query]);
      const cliTop = search(index, query, {queryVector: vector, limit: 10}).map((r) => r.chunk.id);
      expect(browserTop, query).toEqual(cliTop);
    }
  });

  it('treats markup in the query as text, from the URL and from the box', async () => {
    const attacks = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];
    for (const attack of attacks) {
      const guarded = await open(`/search?q=${encodeURIComponent(attack)}`);
      const {page} = guarded;
      await page.waitForSelector('#search-status');
      await page.keyboard.press('/');
      await page.keyboard.type(attack);
      await page.waitForTimeout(300);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => document.querySelectorAll('[onerror], main script').length)).toBe(0);
      expect(await page.locator('#search-page-input').inputValue()).toBe(attack);
      expect(guarded.dialogs).toEqual([]);
      expect(guarded.errors).toEqual([]);
      // Still works afterwards.
      await page.locator('#search-page-input').fill('spyware');
      await expect.poll(() => page.locator('.kb-results [data-result]').count()).toBeGreaterThan(0);
    }
  });

  it('has no serious or critical accessibility violations on the main pages', async () => {
    for (const route of ['/', '/guide/end-use-controls', '/controls/intrusion-software-systems', '/search?q=spyware', '/precedents', '/recommendations']) {
      const {page} = await open(route);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({page}).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(serious, route).toEqual([]);
    }
  });

  it('fetched nothing from outside the site, and no page threw', () => {
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});

