import {describe, expect, it} from 'vitest';
import {browserSession} from './session';

const session = browserSession();
const {open} = session;

describe('training material in search', () => {
  it('finds a worked scenario from the search page, reached by clicking from the training page, labelled fictional', async () => {
    const {page} = await open('/training');
    await page.emulateMedia({colorScheme: 'dark'});
    // Client-side navigation: from the training page to /search through the navbar's "See all results".
    await page.locator('.kb-search__input').click();
    await page.keyboard.type('exercise on a suspicious spyware licence application', {delay: 10});
    await page.getByRole('link', {name: /^See all \d+\+? results$/}).click();
    await page.waitForURL(/\/search\?q=exercise/);
    await page.setViewportSize({width: 390, height: 844});
    await page.waitForSelector('[data-status="hybrid"]');
    const scenario = page.locator('.kb-results [data-type="scenario"]').first();
    await expect.poll(() => scenario.count()).toBe(1);
    expect(await scenario.locator('.kb-badge').first().textContent()).toBe('Training scenario (fictional)');
    expect(await scenario.locator('.kb-result__why').textContent()).toMatch(/^Why: (Matched|Close in meaning)/);
    // The type facet names scenarios as fictional too, and a precedents-only view has none.
    expect(await page.locator('fieldset[data-facet="type"] input[value="scenario"]').count()).toBe(1);
    // On a phone the filters open from the "Filters (n)" button, below the results.
    await page.locator('.kb-filters__toggle').click();
    await page.locator('fieldset[data-facet="type"] input[value="precedent"]').check();
    await page.waitForURL(/type=precedent/);
    await page.waitForSelector('[data-status="hybrid"]');
    expect(await page.locator('.kb-results [data-type="scenario"], .kb-results [data-type="training"]').count()).toBe(0);
  });

  it('adds a reading path\'s items in the assignment builder', async () => {
    const {page} = await open('/training');
    await page.getByRole('link', {name: 'assignment builder'}).first().click();
    await page.waitForURL(/\/training\/assign$/);
    await page.fill('#builder-search', 'core reading for licensing officers');
    const path = page.locator('.kb-builder__list [data-ref="training:path-licensing-officer"] button');
    await expect.poll(() => path.count()).toBe(1);
    const label = await path.textContent();
    const count = Number(/Add (\d+) items/.exec(label ?? '')?.[1]);
    expect(count).toBeGreaterThan(1);
    await path.click();
    await expect.poll(() => page.locator('.kb-builder__selected [data-ref]').count()).toBe(count);
    expect(await page.locator('.kb-builder__selected [data-ref="control:intrusion-software-software"]').count()).toBe(1);
  });
});
