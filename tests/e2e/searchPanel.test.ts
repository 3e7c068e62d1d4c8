import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {reorders, watchReorders} from '../../scripts/browser/reorderWatch';
import {logNavbar, navbarLog} from '../../scripts/browser/navbarLog';
import {browserSession} from './session';

const session = browserSession();
const MODEL_FILE = '**/models/**/onnx/model_quantized.onnx';

/** Opens the home page in a fresh context and goes to a chapter by clicking, as a reader does. */
async function chapterByClick(options: {width?: number; height?: number; dark?: boolean; before?: (page: Page) => Promise<unknown>} = {}): Promise<Page> {
  const guarded = await session.fresh();
  const {page} = guarded;
  await page.setViewportSize({width: options.width ?? 1366, height: options.height ?? 900});
  if (options.dark) {
    await page.emulateMedia({colorScheme: 'dark'});
    await page.addInitScript(() => window.localStorage.setItem('theme', 'dark'));
  }
  await watchReorders(page);
  await options.before?.(page);
  await page.goto(`${session.origin()}/`);
  await page.waitForSelector('.kb-search[data-ready]');
  if ((options.width ?? 1366) > 996) {
    await page.locator('.navbar__inner a.navbar__link[href="/guide/introduction"]').click();
    await page.waitForURL(/\/guide\/introduction/);
    // The URL changes before the new route renders, and the home page has its own h1 and navbar:
    // wait for the chapter's own heading, then for the remounted navbar search.
    await page.waitForSelector('.theme-doc-markdown h1');
    await page.waitForSelector('.kb-search[data-ready]');
  }
  return page;
}

const shownIds = (page: Page) => page.locator('.kb-search [role="option"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-result') ?? ''));
const liveStatus = (page: Page) => page.locator('.kb-search [role="status"]').getAttribute('data-status');

describe('navbar search panel', () => {
  it('with the default model, the first list shown is already hybrid and no shown list is reordered', async () => {
    const page = await chapterByClick();
    await logNavbar(page);
    await page.locator('.kb-search__input').click();
    await page.keyboard.type('NSO entity list', {delay: 40});
    await expect.poll(() => page.locator('.kb-search [role="status"]').getAttribute('data-query')).toBe('NSO entity list');
    await expect.poll(() => liveStatus(page)).toBe('hybrid');
    // Under load the rows can commit a moment after the status: wait for what the reader sees.
    await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(0);
    const log = (await navbarLog(page)).states;
    // A keyword-only list never appeared: every list the reader saw was the hybrid one.
    expect(log.filter((entry) => entry.ids.length > 0 && entry.status === 'lexical')).toEqual([]);
    expect(log.some((entry) => entry.status === 'hybrid' && entry.ids.length > 0)).toBe(true);
    expect(await reorders(page)).toMatchObject({count: 0});
  });

  it('shows compact rows, the total count, the whole query and an always-visible "See all N results" at 900 px', async () => {
    const page = await chapterByClick();
    const query = 'how should a licensing officer assess an export licence application for intrusion software to a government end user';
    await page.locator('.kb-search__input').click();
    await page.keyboard.type(query);
    await expect.poll(() => liveStatus(page)).toBe('hybrid');
    const summary = page.locator('.kb-search__summary');
    const count = Number((await summary.innerText()).match(/^(\d+)/)?.[1]);
    expect(count).toBeGreaterThanOrEqual(6);
    // The whole question is shown, not cut.
    expect(await summary.innerText()).toContain(query);
    const seeAll = page.locator('.kb-search__footer a');
    expect(await seeAll.innerText()).toMatch(new RegExp(`^See all ${count}\\+? results$`));
    const viewport = page.viewportSize()!;
    const inView = async (selector: string) =>
      page.locator(selector).evaluateAll((items, height) => items.filter((item) => {
        const box = item.getBoundingClientRect();
        const list = item.closest('.kb-search__list')?.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= height && (!list || box.bottom <= list.bottom + 1);
      }).length, viewport.height);
    expect(await inView('.kb-search [role="option"]')).toBeGreaterThanOrEqual(6);
    const footerBox = (await seeAll.boundingBox())!;
    expect(footerBox.y + footerBox.height).toBeLessThanOrEqual(viewport.height);
    // Still visible with the list scrolled to its end.
    await page.locator('.kb-search__list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    expect(await seeAll.isVisible()).toBe(true);
    expect(((await seeAll.boundingBox())!.y)).toBeCloseTo(footerBox.y, 0);
    // One line of text per row under the title.
    const snippetHeights = await page.locator('.kb-search__snippet').evaluateAll((items) => items.map((i) => i.getBoundingClientRect().height / parseFloat(getComputedStyle(i).lineHeight)));
    expect(Math.max(...snippetHeights)).toBeLessThan(1.5);
    await seeAll.click();
    await page.waitForURL(/\/search\?q=/);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe(query);
  });

  it('while the model is slow, shows keyword matches and merges later hits below them without reordering', {timeout: 120_000}, async () => {
    const page = await chapterByClick({
      before: (p) => p.route(MODEL_FILE, async (route) => {
        // Longer than the static engine's wait (10 s), so keywords show first.
        await new Promise((resolve) => setTimeout(resolve, 11_000));
        await route.continue();
      }),
    });
    await page.locator('.kb-search__input').click();
    await page.keyboard.type('spyware sold to a police force abroad');
    await expect.poll(() => liveStatus(page), {timeout: 15_000}).toBe('lexical');
    const lexical = await shownIds(page);
    expect(lexical.length).toBeGreaterThan(0);
    await expect.poll(() => liveStatus(page), {timeout: 30_000}).toBe('hybrid');
    const merged = await shownIds(page);
    expect(merged.slice(0, lexical.length)).toEqual(lexical);
    expect(await reorders(page)).toMatchObject({count: 0});
  });

  it('if the model cannot load, says so and stays lexical', async () => {
    const page = await chapterByClick({before: (p) => p.route(MODEL_FILE, (route) => route.abort())});
    await page.locator('.kb-search__input').click();
    await page.keyboard.type('revoked licence');
    await expect.poll(() => liveStatus(page), {timeout: 10_000}).toBe('lexical-only');
    expect(await page.locator('.kb-search [role="option"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.kb-search__summary').innerText()).toContain('semantic search is unavailable');
  });

  for (const dark of [false, true]) {
    it(`on a phone (390×844, ${dark ? 'dark' : 'light'}), a search button opens a full-width search and nothing covers the site title`, async () => {
      const page = await chapterByClick({width: 390, height: 844, dark});
      if (dark) expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      for (const route of ['/', '/guide/introduction', '/controls', '/precedents', '/search']) {
        await page.goto(`${session.origin()}${route}`);
        await page.waitForSelector('.kb-search[data-ready]');
        const title = (await page.locator('.navbar__inner .navbar__brand').boundingBox())!;
        const search = (await page.locator('.kb-search').boundingBox())!;
        const overlaps = search.x < title.x + title.width && title.x < search.x + search.width && search.y < title.y + title.height && title.y < search.y + search.height;
        expect(overlaps, `search box over the title on ${route}`).toBe(false);
        expect(await page.locator('.kb-search__input').isVisible()).toBe(false);
      }
      await page.locator('.kb-search__open').click();
      const input = page.locator('.kb-search__input');
      await expect.poll(() => input.isVisible()).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('kb-search__input'))).toBe(true);
      expect((await input.boundingBox())!.width).toBeGreaterThan(300);
      await page.keyboard.type('hacking team licence');
      await expect.poll(() => liveStatus(page)).toBe('hybrid');
      const panel = (await page.locator('.kb-search__panel').boundingBox())!;
      expect(panel.x).toBeGreaterThanOrEqual(0);
      expect(panel.x + panel.width).toBeLessThanOrEqual(390);
      expect(await page.locator('.kb-search__footer a').isVisible()).toBe(true);
      await page.locator('.kb-search [role="option"]').first().click();
      await page.waitForURL((url) => !url.pathname.startsWith('/search'));
      await expect.poll(() => input.isVisible()).toBe(false);
    });
  }

  it('answers a misspelt query with a did-you-mean that, clicked, searches the corrected words (phone, dark)', async () => {
    const page = await chapterByClick({width: 390, height: 844, dark: true});
    await page.getByRole('button', {name: 'Search', exact: true}).click();
    const box = page.locator('.kb-search__input');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('revocaton zzqx', {delay: 30});
    await expect.poll(() => liveStatus(page)).toBe('hybrid');
    const footer = page.locator('.kb-search__footer');
    await expect.poll(() => footer.innerText()).toMatch(/^No results\. Did you mean revocation zzqx\?/);
    await footer.getByRole('button', {name: 'revocation zzqx'}).click();
    expect(await box.inputValue()).toBe('revocation zzqx');
    await expect.poll(() => page.locator('.kb-search [role="status"]').getAttribute('data-query')).toBe('revocation zzqx');
    await expect.poll(async () => (await shownIds(page)).length).toBeGreaterThan(0);
    // The panel stays open on the corrected query, and the suggestion is gone.
    expect(await footer.getByRole('button', {name: 'revocation zzqx'}).count()).toBe(0);
    expect(await page.locator('.kb-search__panel').isVisible()).toBe(true);
  });

  it('no page threw and nothing was fetched from outside the site', () => {
    expect(session.pages.flatMap((p) => p.outside)).toEqual([]);
    expect(session.pages.flatMap((p) => p.errors.filter((e) => !/model_quantized\.onnx|ERR_FAILED/.test(e)))).toEqual([]);
  });
});
