import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {parse} from 'yaml';
import {formatPartialDate} from '../../src/shared/dates';
import type {BrowserContextOptions, Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {page as builtPage} from '../site/builtSite';
import {browserSession} from './session';

/**
 * The site as people use it (#11): arriving by clicking, then filtering, on a phone and a
 * desktop, in light and dark; reading counts and labels as the person sees them.
 */
const session = browserSession();
const {open, fresh, pages} = session;

const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};
const DESKTOP: BrowserContextOptions = {viewport: {width: 1366, height: 900}};
const SIZES = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const;

/** Follows a navbar link as a person would: through the menu button on a phone. */
async function clickNav(page: Page, label: string): Promise<void> {
  const toggle = page.locator('.navbar__toggle');
  if (await toggle.isVisible()) {
    await toggle.click();
    // On a chapter the phone menu opens on the chapter list; the site's sections are one step back.
    if (await page.locator('.navbar-sidebar__items--show-secondary').count()) {
      await page.locator('.navbar-sidebar').getByRole('button', {name: /Back to main menu/}).click();
    }
    await page.locator('.navbar-sidebar').getByRole('link', {name: label, exact: true}).click();
  } else {
    await page.locator('.navbar').getByRole('link', {name: label, exact: true}).click();
  }
}

/** On a phone the filters open from the "Filters (n)" button; on a desktop they are in view. */
async function openFilters(page: Page): Promise<void> {
  const toggle = page.locator('.kb-filters__toggle');
  if (await toggle.isVisible()) {
    expect(await toggle.textContent()).toMatch(/^Filters \(\d+\)$/);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
}

const statusText = (page: Page) => page.locator('[data-result-count]').first().innerText();
/** The counts printed beside one facet's options, e.g. "Investigation (5)" → 5. */
const facetCounts = (page: Page, facet: string) =>
  page.locator(`fieldset[data-facet="${facet}"] .kb-facet__count`).evaluateAll((nodes) => nodes.map((n) => Number(/\d+/.exec(n.textContent ?? '')?.[0])));
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe.each(SIZES)('click through, then filter (%s)', (_name, size) => {
  it('precedents: the header and every facet count follow the filter', async () => {
    const {page} = await open('/', size);
    await clickNav(page, 'Precedents');
    await page.waitForURL(/\/precedents$/);
    await page.locator('[data-view] [data-precedent]').first().waitFor();
    const total = await page.locator('[data-view] [data-precedent]').count();
    expect(await statusText(page)).toBe(`${total} of ${total} precedents`);
    if (size === PHONE) {
      // Results come first on a phone: the first result is on the first screen.
      expect((await page.locator('[data-view] [data-precedent]').first().boundingBox())!.y).toBeLessThan(844);
    }
    await openFilters(page);
    await page.locator('fieldset[data-facet="state"]').getByRole('checkbox', {name: /^United States \(\d+\)$/}).check();
    await page.waitForURL(/state=United\+States/);
    const shown = await page.locator('[data-view] [data-precedent]').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(await statusText(page)).toBe(`${shown} of ${total} precedents`);
    // Each precedent has one action: the action counts now add up to what is shown.
    expect(sum(await facetCounts(page, 'action'))).toBe(shown);
    if (size === PHONE) expect(await page.locator('.kb-filters__toggle').textContent()).toBe('Filters (1)');
    // The ticked box is visibly marked.
    const ticked = page.locator('fieldset[data-facet="state"] label', {has: page.locator('input[value="United States"]')});
    expect(await ticked.evaluate((label) => getComputedStyle(label).fontWeight)).toBe('700');
  });

  it('recommendations: "n of N recommendations" and the chapter counts follow the filter', async () => {
    const {page} = await open('/guide/introduction', size);
    await clickNav(page, 'Recommendations');
    await page.waitForURL(/\/recommendations$/);
    await page.locator('.kb-index__list [data-recommendation]').first().waitFor();
    const total = await page.locator('.kb-index__list [data-recommendation]').count();
    expect(await statusText(page)).toBe(`${total} of ${total} recommendations`);
    await openFilters(page);
    await page.locator('fieldset[data-facet="audience"] input[value="enforcement-officer"]').check();
    await page.waitForURL(/audience=enforcement-officer/);
    const shown = await page.locator('.kb-index__list [data-recommendation]').count();
    expect(shown).toBeLessThan(total);
    expect(await statusText(page)).toBe(`${shown} of ${total} recommendations`);
    expect(sum(await facetCounts(page, 'chapter'))).toBe(shown);
  });

  it('search: the count and the type counts describe the current results', async () => {
    const {page} = await open('/red-flags', size);
    await page.getByRole('link', {name: /Search the guide for “red flags”/}).click();
    await page.waitForURL(/\/search\?q=red(%20|\+)flags/);
    await page.waitForSelector('[data-status="hybrid"]');
    const all = await page.locator('.kb-results [data-result]').count();
    expect(all).toBeGreaterThan(1);
    expect(await statusText(page)).toMatch(new RegExp(`^${all}\\+? results`));
    await openFilters(page);
    expect(sum(await facetCounts(page, 'type'))).toBe(all);
    await page.locator('fieldset[data-facet="type"] input[value="section"]').check();
    await page.waitForURL(/type=section/);
    await page.waitForSelector('[data-status="hybrid"]');
    const sections = await page.locator('.kb-results [data-result]').count();
    expect(sections).toBeLessThan(all);
    expect(await statusText(page)).toMatch(new RegExp(`^${sections} results`));
    expect(sum(await facetCounts(page, 'type'))).toBe(sections);
  });

  it('controls: the filter counts rows, and no match offers a search for the same words', async () => {
    const {page} = await open('/', size);
    await clickNav(page, 'Controls');
    await page.waitForURL(/\/controls$/);
    await page.locator('tr[data-control]').first().waitFor();
    const total = await page.locator('tr[data-control]').count();
    expect(await statusText(page)).toBe(`${total} of ${total} items`);
    await page.getByLabel('Filter by number or words').fill('surveillance');
    await page.waitForURL(/q=surveillance/);
    const shown = await page.locator('tr[data-control]').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(await statusText(page)).toBe(`${shown} of ${total} items`);
    if (size === PHONE) {
      // Stacked cards: every row fits the screen, the item's name first.
      const row = page.locator('tr[data-control]').first();
      expect((await row.boundingBox())!.width).toBeLessThanOrEqual(390);
      const item = await row.locator('.kb-register__item').boundingBox();
      const first = await row.locator('td:not(.kb-register__item):visible').first().boundingBox();
      expect(item!.y).toBeLessThan(first!.y);
    }
    await page.getByLabel('Filter by number or words').fill('zzqx spyware');
    await expect.poll(() => page.locator('[data-empty-state]').count()).toBe(1);
    expect(await page.locator('[data-empty-state] a').getAttribute('href')).toBe('/search?q=zzqx%20spyware');
  });
});

describe('the officer\'s register and records', () => {
  it('titles carry the numbers; breadcrumbs lead back; Cited-by counts link to the list; summaries link entries', async () => {
    const {page} = await open('/controls', DESKTOP);
    const row = page.locator('tr[data-control="intrusion-platform-technology"]');
    const cited = row.locator('td[data-label="Cited by"] a');
    const count = Number(await cited.textContent());
    expect(count).toBeGreaterThan(0);
    await cited.click();
    await page.waitForURL(/\/controls\/intrusion-platform-technology#cited-by$/);
    expect(await page.locator('article h1').textContent()).toMatch(/^4E001\.a · 4\.E\.1\.a — Technology/);
    expect(await page.locator('.kb-cited-by li').count()).toBe(count);
    const summaryLinks = await page.locator('.kb-record__summary a').evaluateAll((links) => links.map((l) => [l.textContent, l.getAttribute('href')]));
    expect(summaryLinks).toContainEqual(['4A005', '/controls/intrusion-software-systems']);
    expect(summaryLinks).toContainEqual(['4D004', expect.stringMatching(/^\/controls\//)]);
    expect(await page.locator('.kb-breadcrumbs').innerText()).toMatch(/Controls\s*4E001\.a/);
    await page.locator('.kb-breadcrumbs').getByRole('link', {name: 'Controls'}).click();
    await page.waitForURL(/\/controls$/);
  });

  it('entry numbers and recommendation IDs work as addresses without JavaScript', async () => {
    const {page} = await fresh({javaScriptEnabled: false});
    for (const [address, expected] of [
      ['/controls/4A005', /\/controls\/intrusion-software-systems$/],
      ['/controls/4.A.5', /\/controls\/intrusion-software-systems$/],
      ['/controls/4a5', /\/controls\/intrusion-software-systems$/],
      ['/recommendations/R5.3', /\/guide\/end-use-controls#r5-3$/],
      ['/recommendations/r5-3', /\/guide\/end-use-controls#r5-3$/],
    ] as const) {
      await page.goto(`${session.origin()}${address}`);
      await page.waitForURL(expected);
    }
    expect(await page.locator('#r5-3').count()).toBe(1);
    const $ = builtPage('/controls/4.A.5');
    expect($('link[rel="canonical"]').length).toBe(1);
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/controls\/intrusion-software-systems$/);
  });

  it('a missing page offers a search for the words of its address', async () => {
    const {page} = await open('/guide/end-user-certificates-checklist', PHONE);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('[data-not-found-search] a').getAttribute('href')).toBe('/search?q=guide%20end%20user%20certificates%20checklist');
    expect(await page.locator('input[name="q"]').inputValue()).toBe('guide end user certificates checklist');
  });
});

describe('citations, dates and chapters', () => {
  it('a copied citation names the address the reader is on and the last-updated date; the printout carries both', async () => {
    const g = await open('/guide/end-use-controls', DESKTOP);
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const stamp = g.page.locator('[data-page-stamp]');
    const updated = (await stamp.locator('time').textContent())!;
    expect(updated).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    // The citation names the current edition and points at its frozen copy of the text.
    const edition = (parse(fs.readFileSync(path.resolve(__dirname, '../../content/editions.yml'), 'utf8')) as {editions: {id: string; date: string}[]}).editions.at(-1)!;
    await g.page.locator('#r5-3').getByRole('button', {name: 'Copy citation'}).click();
    await expect.poll(() => g.page.evaluate(() => navigator.clipboard.readText())).toBe(
      `ccic-kb, Recommendation R5.3: "${await g.page.locator('#r5-3-title').textContent()}" (Chapter 5, ${await g.page.evaluate(() => document.querySelector('article h1')?.textContent)}). Edition ${edition.id}, ${formatPartialDate(edition.date)}. ${session.origin()}/guide/${edition.id}/end-use-controls#r5-3. Last updated ${updated}.`,
    );
    await g.page.emulateMedia({media: 'print'});
    expect(await stamp.innerText()).toContain(`Last updated ${updated} · ${session.origin()}/guide/end-use-controls`);
    await g.page.emulateMedia({media: 'screen'});
    for (const register of ['/controls', '/precedents', '/recommendations', '/glossary']) {
      expect(builtPage(register)('[data-page-stamp] time').text(), register).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    }
    expect(builtPage('/precedents/us-2021-cybersecurity-items-rule')('[data-page-stamp] time').length).toBe(1);
  });

  it('numbers the chapters in the sidebar and lists recommendation IDs in the table of contents', async () => {
    const {page} = await open('/guide/end-use-controls', DESKTOP);
    const labels = await page.locator('.theme-doc-sidebar-menu .menu__link').allInnerTexts();
    expect(labels.slice(0, 6).map((l) => l.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    const clipped = await page.locator('.theme-doc-sidebar-menu .menu__link, .theme-doc-sidebar-menu .menu__link > span').evaluateAll((links) => links.filter((l) => l.scrollWidth > l.clientWidth + 1 || l.scrollHeight > l.clientHeight + 1).length);
    expect(clipped).toBe(0);
    const toc = await page.locator('.theme-doc-toc-desktop a').allInnerTexts();
    const at = toc.indexOf('Recommendations');
    expect(toc.slice(at + 1, at + 3).map((t) => t.split(' ')[0])).toEqual(['R5.1', 'R5.2']);
    const favicon = await page.request.get(`${session.origin()}${await page.locator('link[rel="icon"]').getAttribute('href')}`);
    expect(favicon.status()).toBe(200);
  });

  it('marks search words with at least 4.5:1 contrast in both themes, and a malformed hash does not throw', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const g = await fresh({...DESKTOP, colorScheme});
      await g.page.goto(`${session.origin()}/guide/end-use-controls?highlight=red%20flags#%E0%A4%A`);
      await expect.poll(() => g.page.locator('mark.kb-landing-mark').count()).toBeGreaterThan(0);
      const results = await new AxeBuilder({page: g.page}).include('mark').withRules(['color-contrast']).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))), colorScheme).toEqual([]);
      expect(g.errors).toEqual([]);
    }
  });
});

/** Every kind of page, reached by its address (axe does not care how one arrived). */
const PAGE_KINDS = [
  '/',
  '/guide/end-use-controls',
  '/recommendations',
  '/controls',
  '/controls/intrusion-software-systems',
  '/precedents/it-2016-hacking-team-authorisation-revoked',
  '/glossary',
  '/search?q=end-user%20certificate',
  '/training',
  '/training/assign',
  '/training/assignment#nonsense',
  '/no-such-page',
];

describe('accessibility (axe: no serious or critical violations)', () => {
  it.each([
    ['phone', 'light', PHONE],
    ['phone', 'dark', PHONE],
    ['desktop', 'light', DESKTOP],
    ['desktop', 'dark', DESKTOP],
  ] as const)('every page kind, %s, %s', async (_size, colorScheme, size) => {
    const g = await fresh({...size, colorScheme});
    const found: string[] = [];
    for (const route of PAGE_KINDS) {
      await g.page.goto(`${session.origin()}${route}`);
      await g.page.waitForSelector('.kb-search[data-ready]');
      if (route.startsWith('/search')) await g.page.waitForSelector('[data-status="hybrid"]');
      const {violations} = await new AxeBuilder({page: g.page}).analyze();
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${route}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    }
    expect(found).toEqual([]);
  }, 400_000);

  it('fetched nothing from outside the site, and no page threw', () => {
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    // The missing-page visits answer 404 by design; anything else logged is a fault.
    expect(pages.flatMap((p) => p.errors).filter((e) => !/status of 404 \(Not Found\)/.test(e))).toEqual([]);
  });
});
