import fs from 'node:fs';
import path from 'node:path';
import {load, type CheerioAPI} from 'cheerio';
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {guardedPage, launchBrowser, serveBuild, type Guarded} from '../../scripts/browser/localSite';
import {encodeAssignment} from '../../src/shared/assignment';
import {buildFixtureEditionsSite} from './fixtureEditions';

/**
 * The two-edition fixture site (see fixtureEditions.ts): 2026.2 amends R1.1, withdraws R1.2
 * in favour of R1.1, adds a precedent and amends a control record.
 */
let buildDir = '';
const page = (route: string): CheerioAPI => load(fs.readFileSync(path.join(buildDir, `${route.replace(/\/$/, '') || '/index'}.html`), 'utf8'));
const file = (name: string) => fs.readFileSync(path.join(buildDir, name), 'utf8');
beforeAll(() => {
  buildDir = buildFixtureEditionsSite();
}, 3_600_000);

describe('editions in the built fixture site', () => {
  it('lists the second edition\'s changes on /changes/2026.2 with links and diffs', () => {
    const $ = page('/changes/2026.2');
    const refs = (change: string) => $(`li[data-change="${change}"]`).map((_, li) => $(li).attr('data-ref')).get();
    expect(refs('added')).toEqual(['precedent:it-2026-fixture-denial']);
    expect(refs('amended')).toEqual(['control:intrusion-software-systems', 'recommendation:R1.1']);
    expect(refs('withdrawn')).toEqual(['recommendation:R1.2']);
    expect($('h2#changes-amended').text()).toBe('Amended (2)');
    const withdrawn = $('li[data-ref="recommendation:R1.2"]');
    expect(withdrawn.text()).toContain('Replaced by R1.1 Review licences every year');
    expect($('li[data-ref="recommendation:R1.1"] a:contains("Compare the wording")').attr('href')).toBe('/changes/compare/r1-1?from=2026.1&to=2026.2');
    expect($('li[data-ref="recommendation:R1.1"] a:contains("Text in this edition")').attr('href')).toBe('/guide/2026.2/introduction#r1-1');
    // /changes is the current edition's list; the first edition's page says what it published.
    expect(page('/changes')('h1').text()).toBe('Changes in edition 2026.2');
    expect(page('/changes/2026.1')('[data-testid="first-edition"]').text()).toMatch(/published 4 recommendations, 4 control-list entries, 1 precedents, 1 glossary terms/);
  });

  it('shows a word-level diff of an amended recommendation', () => {
    const $ = page('/changes/compare/r1-1');
    expect($('.kb-compare__diff').attr('data-from')).toBe('2026.1');
    expect($('.kb-compare__diff').attr('data-to')).toBe('2026.2');
    expect($('.kb-compare__diff del').text()).toContain('once a year');
    expect($('.kb-compare__diff ins').text()).toContain('every six months');
    expect($('.kb-compare__diff ins').text()).toContain('end users named');
    // Words both editions share are neither inserted nor deleted.
    expect($('.kb-compare__diff > span').text()).toContain('Licensing authorities should review every intrusion-software licence');
  });

  it('keeps the old edition\'s text frozen at /guide/2026.1/… with a banner linking to the current text', () => {
    const old = page('/guide/2026.1/introduction');
    expect(old('#r1-1').text()).toContain('once a year against the deliveries made');
    expect(old('#r1-2').text()).toContain('Authorities should keep a paper register of licences.');
    expect(old('#r1-2').hasClass('kb-rec--withdrawn')).toBe(false);
    const banner = old('.kb-edition-banner');
    expect(banner.attr('data-edition')).toBe('2026.1');
    expect(banner.text()).toContain('an earlier edition, kept unchanged for citation. The current edition is 2026.2.');
    expect(banner.find('a').first().attr('href')).toBe('/guide/introduction');
    const current = page('/guide/introduction');
    expect(current('#r1-1').text()).toContain('every six months');
    expect(current('#r1-2').hasClass('kb-rec--withdrawn')).toBe(true);
    expect(current('.kb-edition-banner').length).toBe(0);
    // History lines are not part of the body.
    expect(current('#r1-1 .kb-rec__body').text()).not.toContain('::history');
    expect(current('#r1-1 .kb-history').text()).toContain('2026.2: Amended. Review every six months instead of yearly.');
  });

  it('shows a History block on a changed record page', () => {
    const $ = page('/controls/intrusion-software-systems');
    const lines = $('.kb-history li').map((_, li) => $(li).text()).get();
    expect(lines).toEqual(['2026.1: Added. Published in the first edition (2026.1).', '2026.2: Amended. Notes the 2026 denial.']);
  });

  it('writes a feed entry per edition, newest first, linked from every page', () => {
    const atom = file('changes.atom');
    const titles = [...atom.matchAll(/<entry>[\s\S]*?<title type="html"><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['Edition 2026.2: Fixture second edition.', 'Edition 2026.1: Fixture first edition.']);
    const newest = atom.slice(atom.indexOf('<entry>'), atom.indexOf('</entry>'));
    expect(newest).toContain('Withdrawn: <a href="http://localhost:3000/guide/introduction#r1-2">R1.2 Keep a paper register</a>');
    expect(newest).toContain('Added: <a href="http://localhost:3000/precedents/it-2026-fixture-denial">Fixture licence denial</a>');
    expect(newest).toContain('<updated>2026-06-30T00:00:00.000Z</updated>');
    expect(page('/precedents')('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe('/changes.atom');
  });

  it('exports edition and last_changed, and a copy of the recommendations per edition', () => {
    const recommendations = JSON.parse(file('recommendations.json')) as {id: string; edition: string; last_changed: string; text: string}[];
    const byId = new Map(recommendations.map((r) => [r.id, r]));
    expect(byId.get('R1.1')).toMatchObject({edition: '2026.2', last_changed: '2026.2'});
    expect(byId.get('R5.1')).toMatchObject({edition: '2026.2', last_changed: '2026.1'});
    const first = JSON.parse(file('data/2026.1/recommendations.json')) as {id: string; text: string; url: string; status: string}[];
    expect(first.find((r) => r.id === 'R1.1')?.text).toContain('once a year');
    expect(first.find((r) => r.id === 'R1.1')?.url).toBe('http://localhost:3000/guide/2026.1/introduction#r1-1');
    expect(first.find((r) => r.id === 'R1.2')?.status).toBe('active');
    expect(file('precedents.csv').split('\r\n')[0]).toMatch(/^id,edition,last_changed,/);
    const controls = JSON.parse(file('controls.json')) as {slug: string; last_changed: string}[];
    expect(controls.find((c) => c.slug === 'intrusion-software-systems')?.last_changed).toBe('2026.2');
  });
});

describe('editions in Chromium', () => {
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let browser: Browser;
  const pages: Guarded[] = [];
  beforeAll(async () => {
    server = await serveBuild({buildDir});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const open = async (route: string, options: {phone?: boolean; dark?: boolean} = {}) => {
    const guarded = await guardedPage(browser, server.url);
    pages.push(guarded);
    if (options.phone) await guarded.page.setViewportSize({width: 390, height: 844});
    if (options.dark) await guarded.page.emulateMedia({colorScheme: 'dark'});
    await guarded.page.goto(`${server.url}${route}`);
    await guarded.page.waitForSelector('.kb-search[data-ready]');
    return guarded.page;
  };

  it('goes from the changes page to the word diff by clicking, on a phone in dark mode', async () => {
    const tab = await open('/changes', {phone: true, dark: true});
    expect(await tab.locator('li[data-change]').count()).toBe(4);
    await tab.locator('li[data-ref="recommendation:R1.1"] a', {hasText: 'Compare the wording'}).click();
    await tab.waitForURL(/\/changes\/compare\/r1-1\?from=2026\.1&to=2026\.2$/);
    await tab.locator('h1', {hasText: 'R1.1: 2026.1 → 2026.2'}).waitFor();
    expect((await tab.locator('.kb-compare__diff del').allTextContents()).join('')).toContain('once a year');
    expect(await tab.locator('.kb-compare__diff ins').first().isVisible()).toBe(true);
    // The frozen text is one click away and says which edition it is.
    await tab.locator('a', {hasText: 'R1.1 in 2026.1'}).click();
    await tab.waitForURL(/\/guide\/2026\.1\/introduction#r1-1$/);
    await tab.locator('.kb-edition-banner').waitFor();
    expect(await tab.locator('.kb-edition-banner').textContent()).toContain('an earlier edition');
    expect(await tab.locator('#r1-1 .kb-rec__body').textContent()).toContain('once a year');
  });

  it('copies a citation naming the edition, its date and the frozen URL, on current and old pages', async () => {
    const tab = await open('/guide/introduction');
    await tab.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: server.url});
    const copy = async () => {
      await tab.locator('#r1-1 button', {hasText: 'Copy citation'}).click();
      await tab.locator('#r1-1 button', {hasText: 'Citation copied'}).waitFor();
      return tab.evaluate(() => navigator.clipboard.readText());
    };
    expect((await copy()).replace(/ Last updated .*$/, '')).toBe(`ccic-kb, Recommendation R1.1: "Review licences every year" (Chapter 1, Introduction). Edition 2026.2, 30 June 2026. ${server.url}/guide/2026.2/introduction#r1-1.`);
    // To the old edition by clicking: its history links to the change list, which links to the old text.
    await tab.locator('#r1-1 .kb-history summary').click();
    await tab.locator('#r1-1 .kb-history a', {hasText: '2026.1'}).click();
    await tab.locator('a', {hasText: 'Read this edition'}).first().waitFor();
    await tab.goto(`${server.url}/guide/2026.1/introduction`);
    await tab.locator('.kb-edition-banner').waitFor();
    expect((await copy()).replace(/ Last updated .*$/, '')).toBe(`ccic-kb, Recommendation R1.1: "Review licences every year" (Chapter 1, Introduction). Edition 2026.1, 15 January 2026. ${server.url}/guide/2026.1/introduction#r1-1.`);
  });

  it('tells a learner with a 2026.1 assignment link which items changed, and links to the diff', async () => {
    const code = encodeAssignment({title: 'Old reading', instructions: '', due: '', items: ['recommendation:R1.1', 'recommendation:R5.1', 'control:intrusion-software-systems', 'chapter:introduction'], edition: '2026.1'});
    // A learner opens the link the trainer sent.
    const tab = await open(`/training/assignment#${code}`);
    const notice = tab.locator('.kb-changed-since');
    await notice.waitFor();
    expect(await notice.locator('h2').textContent()).toBe('Made for edition 2026.1; the current edition is 2026.2');
    expect(await notice.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-ref')))).toEqual(['recommendation:R1.1', 'control:intrusion-software-systems', 'chapter:introduction']);
    // The assigned chapter reports the recommendations changed inside it, each with its diff.
    const chapter = notice.locator('li[data-ref="chapter:introduction"]');
    expect(await chapter.textContent()).toMatch(/amended in 2026\.2: R1\.1 Review licences every year: Review every six months instead of yearly\./);
    expect(await chapter.textContent()).toMatch(/withdrawn in 2026\.2: R1\.2 Keep a paper register: Withdrawn; R1\.1 covers it\./);
    expect(await chapter.locator('a', {hasText: 'See what changed'}).count()).toBeGreaterThanOrEqual(1);
    await notice.locator('li[data-ref="recommendation:R1.1"] a', {hasText: 'See what changed'}).click();
    await tab.waitForURL(/\/changes\/compare\/r1-1\?from=2026\.1&to=2026\.2$/);
    await tab.locator('.kb-compare__diff').waitFor();
    expect((await tab.locator('.kb-compare__diff ins').allTextContents()).join('')).toContain('every six months');
  });

  it('searches an earlier edition\'s wording from the search page reached by the navbar, and back to the current one', async () => {
    const tab = await open('/guide/introduction');
    await tab.locator('.kb-search__input').click();
    await tab.keyboard.type('review licences', {delay: 20});
    await tab.keyboard.press('Enter');
    await tab.waitForURL(/\/search\?q=review(%20|\+)licences$/);
    const first = tab.locator('.kb-result[data-result^="recommendation:R1.1"]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-result')).toBe('recommendation:R1.1');
    expect(await first.locator('.kb-result__snippet').textContent()).toContain('every six months');
    const options = tab.locator('fieldset[data-facet="edition"] label');
    expect((await options.allTextContents()).map((text) => text.trim())).toEqual(['Current (2026.2, 30 June 2026)', '2026.1 (15 January 2026)']);
    await tab.locator('fieldset[data-facet="edition"] input[value="2026.1"]').check();
    await tab.waitForURL(/edition=2026\.1/);
    const old = tab.locator('.kb-result[data-result="recommendation:R1.1@2026.1"]');
    await old.waitFor();
    expect(await old.locator('.kb-result__title').textContent()).toBe('R1.1 Review licences every year (edition 2026.1)');
    expect(await old.locator('.kb-result__snippet').textContent()).toContain('once a year');
    expect(await old.locator('.kb-result__title').getAttribute('href')).toMatch(/^\/guide\/2026\.1\/introduction(\?highlight=[^#]*)?#r1-1$/);
    expect(await tab.locator('.kb-result[data-result="recommendation:R1.1"]').count()).toBe(0);
    await tab.locator('fieldset[data-facet="edition"] input[value=""]').check();
    await tab.waitForURL((url) => !url.search.includes('edition='));
    await tab.locator('.kb-result[data-result="recommendation:R1.1"]').waitFor();
    expect(await tab.locator('.kb-result[data-result="recommendation:R1.1@2026.1"]').count()).toBe(0);
  });

  it('fetched nothing from outside the site, and no page threw', () => {
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
