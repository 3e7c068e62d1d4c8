import {describe, expect, it} from 'vitest';
import type {Guarded} from '../../scripts/browser/localSite';
import {browserSession} from './session';

const session = browserSession();
const {open, pages} = session;

const shownIds = (g: Guarded, selector: string, attribute: string) =>
  g.page.locator(selector).evaluateAll((items, name) => items.map((i) => i.getAttribute(name as string)), attribute);

describe('precedents register in the browser', () => {
  it('combines facets, keeps them in the URL, and shows the same view after reload', async () => {
    const g = await open('/precedents');
    const all = (await shownIds(g, '[data-view] [data-precedent]', 'data-precedent')).length;
    expect(all).toBeGreaterThanOrEqual(20);
    await g.page.locator('fieldset[data-facet="state"] input[value="United States"]').check();
    await g.page.locator('fieldset[data-facet="action"] input[value="entity-listing"]').check();
    await g.page.waitForURL(/state=United\+States.*action=entity-listing|action=entity-listing.*state=United\+States/);
    const filtered = await shownIds(g, '[data-view] [data-precedent]', 'data-precedent');
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all);
    expect(filtered.every((id) => id!.startsWith('us-'))).toBe(true);
    await g.page.fill('input[name="from"]', '2023');
    await g.page.waitForURL(/from=2023/);
    const recent = await shownIds(g, '[data-view] [data-precedent]', 'data-precedent');
    expect(recent.every((id) => Number(id!.split('-')[1]) >= 2023)).toBe(true);
    expect(recent.length).toBeLessThan(filtered.length);
    await g.page.reload();
    await g.page.waitForSelector('.kb-search[data-ready]');
    expect(await shownIds(g, '[data-view] [data-precedent]', 'data-precedent')).toEqual(recent);
  });

  it('offers each state as one filter value, and files a joint action under every state that took it', async () => {
    const g = await open('/precedents');
    const states = await g.page.locator('fieldset[data-facet="state"] input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(states).toContain('France');
    expect(states).toContain('United Kingdom');
    for (const state of states) expect(state).toMatch(/^[A-Z][A-Za-z' .-]{1,38}$/);
    await g.page.locator('fieldset[data-facet="state"] input[value="France"]').check();
    await g.page.waitForURL(/state=France/);
    const french = await shownIds(g, '[data-view] [data-precedent]', 'data-precedent');
    expect(french).toContain('uk-2024-pall-mall-declaration');
    expect(french.every((id) => id!.startsWith('fr-') || id!.includes('pall-mall'))).toBe(true);
    await g.page.locator('[data-view="list"] [data-precedent="uk-2024-pall-mall-declaration"] a').click();
    await g.page.waitForURL(/\/precedents\/uk-2024-pall-mall-declaration$/);
    const row = (label: string) => g.page.locator('.kb-table--facts tr', {has: g.page.locator('th', {hasText: label})}).locator('td');
    await g.page.waitForSelector('.kb-table--facts');
    expect(await row('States').textContent()).toBe('United Kingdom and France');
    expect(await row('Participants').textContent()).toMatch(/^Co-organised by the United Kingdom and France, with other states/);
  });

  it('shows a timeline grouped by year, in order', async () => {
    const g = await open('/precedents?view=timeline');
    const years = await g.page.locator('.kb-timeline__label').allTextContents();
    expect(years.length).toBeGreaterThan(5);
    expect([...years].map(Number)).toEqual([...years].map(Number).sort((a, b) => a - b));
    expect(await g.page.locator('[data-view="timeline"] [data-precedent]').count()).toBeGreaterThanOrEqual(20);
  });

  it('shows each record with its entries linked and similar precedents', async () => {
    const g = await open('/precedents/us-2021-cybersecurity-items-rule');
    expect(await g.page.locator('.kb-table--facts a[href^="/controls/"]').count()).toBeGreaterThan(0);
    expect(await g.page.locator('#similar-precedents + ul li a[href^="/precedents/"]').count()).toBe(3);
  });

  it("says beside a record's entries whether a source names them or they are inferred, on a phone in dark mode too", async () => {
    const g = await open('/precedents');
    await g.page.setViewportSize({width: 390, height: 844});
    await g.page.emulateMedia({colorScheme: 'dark'});
    await g.page.locator('[data-view="list"] [data-precedent="it-2015-hacking-team-global-authorisation"] a').click();
    await g.page.waitForURL(/\/precedents\/it-2015-hacking-team-global-authorisation$/);
    await g.page.waitForSelector('.kb-table--facts [data-controls-basis]');
    const entries = g.page.locator('.kb-table--facts tr', {has: g.page.locator('th', {hasText: 'Control entries'})});
    expect(await entries.locator('a[href^="/controls/"]').allTextContents()).toEqual([expect.stringContaining('4D004')]);
    const basis = entries.locator('[data-controls-basis]');
    expect(await basis.isVisible()).toBe(true);
    expect(await basis.textContent()).toMatch(/^Implied because Galileo/);
    await g.page.goBack();
    await g.page.locator('[data-view="list"] [data-precedent="us-2021-cybersecurity-items-rule"] a').click();
    await g.page.waitForURL(/\/precedents\/us-2021-cybersecurity-items-rule$/);
    await g.page.waitForSelector('.kb-table--facts [data-controls-basis]');
    expect(await g.page.locator('.kb-table--facts [data-controls-basis]').textContent()).toMatch(/^Named in the source/);
  });
});

describe('recommendations index in the browser', () => {
  it('filters by audience and pillar together, from and into the URL', async () => {
    const g = await open('/recommendations?audience=enforcement-officer');
    const byAudience = await shownIds(g, '.kb-index__list [data-recommendation]', 'data-recommendation');
    await g.page.locator('fieldset[data-facet="pillar"] input[value="transparency"]').check();
    await g.page.waitForURL(/pillar=transparency/);
    const both = await shownIds(g, '.kb-index__list [data-recommendation]', 'data-recommendation');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(byAudience.length);
    expect(both.every((id) => byAudience.includes(id))).toBe(true);
  });
});

describe('training assignments in the browser', () => {
  it('builds an assignment, opens its link in a fresh browser, and keeps progress across reloads', async () => {
    const trainer = await open('/guide/end-use-controls');
    await trainer.page.getByRole('link', {name: 'Add to an assignment'}).click();
    await trainer.page.waitForURL(/\/training\/assign$/);
    await expect.poll(() => trainer.page.locator('.kb-builder__selected [data-ref="chapter:end-use-controls"]').count()).toBe(1);
    await trainer.page.fill('input[name="title"]', 'Week 3: end-use checks');
    await trainer.page.fill('textarea[name="instructions"]', 'Read before the seminar.');
    await trainer.page.fill('input[name="due"]', '2026-12-10');
    await trainer.page.selectOption('select[name="type"]', 'precedent');
    await trainer.page.locator('[data-ref="precedent:it-2016-hacking-team-authorisation-revoked"] button').click();
    await trainer.page.fill('#builder-search', 'red flags');
    await trainer.page.locator('.kb-builder__list [data-ref="section:end-use-controls#red-flags"] button').click();
    // Put the section first.
    await trainer.page.getByRole('button', {name: /Move Red flags.* up/}).click();
    await trainer.page.getByRole('button', {name: /Move Red flags.* up/}).click();
    const order = await shownIds(trainer, '.kb-builder__selected [data-ref]', 'data-ref');
    expect(order).toEqual(['section:end-use-controls#red-flags', 'chapter:end-use-controls', 'precedent:it-2016-hacking-team-authorisation-revoked']);
    const link = await trainer.page.inputValue('input[name="share"]');
    expect(link).toMatch(/\/training\/assignment#2\./);
    await trainer.page.emulateMedia({media: 'print'});
    expect(await trainer.page.locator('.kb-handout').isVisible()).toBe(true);
    expect(await trainer.page.locator('.kb-handout').textContent()).toContain(`${session.origin()}/guide/end-use-controls`);

    const learner = await session.fresh();
    await learner.page.goto(link);
    await learner.page.waitForSelector('[data-progress]');
    expect(await shownIds(learner, '.kb-assignment__items [data-ref]', 'data-ref')).toEqual(order);
    expect(await learner.page.locator('h1').textContent()).toBe('Week 3: end-use checks');
    expect(await learner.page.locator('[data-progress]').getAttribute('data-progress')).toBe('0/3');
    await learner.page.locator('[data-ref="chapter:end-use-controls"] input[type="checkbox"]').check();
    await learner.page.locator('[data-ref="section:end-use-controls#red-flags"] input[type="checkbox"]').check();
    await learner.page.reload();
    await learner.page.waitForSelector('[data-progress="2/3"]');
    expect(await learner.page.locator('[data-ref="chapter:end-use-controls"] input[type="checkbox"]').isChecked()).toBe(true);
  });

  it('explains a damaged link instead of failing', async () => {
    const g = await session.fresh();
    for (const fragment of ['1.garbage.00000000', 'nonsense', '']) {
      await g.page.goto(`${session.origin()}/training/assignment#${fragment}`);
      await g.page.waitForSelector('[role="alert"]');
      expect(await g.page.locator('[role="alert"]').textContent()).toMatch(/Ask your trainer/);
    }
    expect(g.errors).toEqual([]);
  });

  it('fetched nothing from outside the site, and no page threw', () => {
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
