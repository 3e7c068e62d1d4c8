import {PNG} from 'pngjs';
import jsQR from 'jsqr';
import {describe, expect, it} from 'vitest';
import {assignmentKey, encodeAssignment} from '../../src/shared/assignment';
import {craftedLink as crafted} from '../../src/shared/__tests__/craftedLink';
import type {Guarded} from '../../scripts/browser/localSite';
import {browserSession} from './session';

const session = browserSession();
const {open, pages} = session;

const WRONG_SHAPES = ['null', '42', '{"a":1}', '{"items":"abc"}'];
const selectedRefs = (g: Guarded) => g.page.locator('.kb-builder__selected [data-ref]').evaluateAll((items) => items.map((i) => i.getAttribute('data-ref')));

/** Opens the builder the way a trainer does: from the training page. */
async function toBuilder(g: Guarded): Promise<void> {
  await g.page.locator('.navbar').getByRole('link', {name: 'Training', exact: true}).click();
  await g.page.getByRole('link', {name: 'assignment builder'}).click();
  await g.page.waitForURL(/\/training\/assign$/);
  await g.page.waitForSelector('.kb-builder__list [data-ref] button');
}

describe('stored state of the wrong shape', () => {
  it('sets aside a damaged draft, says so, and the builder keeps working', async () => {
    for (const stored of WRONG_SHAPES) {
      const g = await open('/');
      await g.page.evaluate((value) => window.localStorage.setItem('kb-assignment-draft', value), stored);
      await toBuilder(g);
      const notice = g.page.locator('[data-set-aside="kb-assignment-draft"]');
      await expect.poll(() => notice.textContent(), {message: stored}).toMatch(/saved assignment draft could not be read .* set aside .* kept in this browser's storage as “kb-assignment-draft\.damaged”/);
      expect(await g.page.evaluate(() => window.localStorage.getItem('kb-assignment-draft.damaged'))).toBe(stored);
      await g.page.locator('.kb-builder__list [data-ref="chapter:end-use-controls"] button').click();
      expect(await selectedRefs(g)).toEqual(['chapter:end-use-controls']);
      await g.page.reload();
      await g.page.waitForSelector('.kb-builder__selected [data-ref="chapter:end-use-controls"]');
      expect(await notice.count()).toBe(0);
      expect(g.errors, stored).toEqual([]);
    }
  }, 240_000);

  it('sets aside damaged reading progress, says so, and the learner view keeps working', async () => {
    const code = encodeAssignment({title: 'Stored progress', instructions: '', due: '', items: ['chapter:end-use-controls', 'chapter:introduction']});
    for (const stored of WRONG_SHAPES) {
      const g = await open('/training');
      await g.page.evaluate(([key, value]) => window.localStorage.setItem(key, value), [`kb-progress-${assignmentKey(code)}`, stored]);
      await g.page.goto(`${session.origin()}/training/assignment#${code}`);
      await g.page.waitForSelector('[data-progress="0/2"]');
      expect(await g.page.locator('[data-set-aside]').textContent(), stored).toMatch(/saved reading progress could not be read/);
      await g.page.locator('[data-ref="chapter:introduction"]').getByText('Mark as read').click();
      await g.page.waitForSelector('[data-progress="1/2"]');
      expect(g.errors, stored).toEqual([]);
    }
  }, 240_000);
});

describe('the assignment builder for trainers', () => {
  it('shows no problems before the trainer does anything, and shows them on asking for the link', async () => {
    const g = await open('/');
    await toBuilder(g);
    expect(await g.page.locator('.kb-builder__problems').count()).toBe(0);
    await g.page.getByRole('button', {name: 'Get the share link'}).click();
    expect(await g.page.locator('.kb-builder__problems li').allTextContents()).toEqual(['Give the assignment a title.', 'Add at least one item.']);
  });

  it('says which draft "Add to an assignment" joined, and offers a new one', async () => {
    const g = await open('/');
    await toBuilder(g);
    await g.page.locator('.kb-builder__list [data-ref="chapter:introduction"] button').click();
    await g.page.fill('input[name="title"]', 'Week 1');
    await g.page.goto(`${session.origin()}/guide/end-use-controls`);
    await g.page.getByRole('link', {name: 'Add to an assignment'}).click();
    await g.page.waitForURL(/\/training\/assign$/);
    const status = g.page.locator('[role="status"]', {hasText: 'Added'});
    await expect.poll(() => status.textContent()).toMatch(/^Added “Chapter 5: Applying end-use and end-user controls to CCIC transfers” to your draft “Week 1”, which already had 1 item\./);
    expect(await selectedRefs(g)).toEqual(['chapter:introduction', 'chapter:end-use-controls']);
    await status.getByRole('button', {name: 'Start a new assignment with only this item'}).click();
    expect(await selectedRefs(g)).toEqual(['chapter:end-use-controls']);
    expect(await g.page.inputValue('input[name="title"]')).toBe('');
  });

  it('asks before "Start again" clears the draft', async () => {
    const g = await open('/');
    await toBuilder(g);
    await g.page.locator('.kb-builder__list [data-ref="chapter:introduction"] button').click();
    await g.page.fill('input[name="title"]', 'Keep me');
    await g.page.getByRole('button', {name: 'Start again'}).click();
    const ask = g.page.getByRole('group', {name: 'Start again?'});
    expect(await ask.textContent()).toContain('Clear the title, instructions, due date and all 1 items of this draft?');
    await ask.getByRole('button', {name: 'Keep it'}).click();
    expect(await selectedRefs(g)).toEqual(['chapter:introduction']);
    await g.page.getByRole('button', {name: 'Start again'}).click();
    await g.page.getByRole('button', {name: 'Clear the draft'}).click();
    expect(await selectedRefs(g)).toEqual([]);
    expect(await g.page.inputValue('input[name="title"]')).toBe('');
    expect(g.dialogs).toEqual([]);
  });

  it('prints a handout whose QR code decodes to the share link, and shows due dates in the reader’s locale', async () => {
    const g = await open('/');
    await toBuilder(g);
    await g.page.locator('.kb-builder__list [data-ref="chapter:end-use-controls"] button').click();
    await g.page.fill('input[name="title"]', 'Week 3: end-use checks');
    await g.page.fill('input[name="due"]', '2026-12-10');
    const shareLink = await g.page.inputValue('input[name="share"]');
    expect(shareLink).toMatch(/\/training\/assignment#2\./);
    await g.page.emulateMedia({media: 'print'});
    const expectedDate = await g.page.evaluate(() => new Intl.DateTimeFormat(undefined, {dateStyle: 'long', timeZone: 'UTC'}).format(Date.UTC(2026, 11, 10, 12)));
    const handout = g.page.locator('.kb-handout');
    expect(await handout.textContent()).toContain(`Due: ${expectedDate}`);
    expect(await handout.textContent()).not.toContain('2026-12-10');
    const png = PNG.sync.read(await handout.locator('svg[role="img"]').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(shareLink);
    expect(g.outside).toEqual([]);
  });
});

describe('the learner', () => {
  it('gets the "damaged link" message for a link whose payload is null, and a bounded one for an inflating link', async () => {
    const g = await open('/training');
    for (const json of ['null', JSON.stringify({t: 'x'.repeat(200_000), n: '', d: '', i: ['h:introduction']})]) {
      await g.page.goto(`${session.origin()}/training/assignment#${crafted(json)}`);
      await g.page.waitForSelector('[role="alert"]');
      expect(await g.page.locator('[role="alert"]').textContent()).toBe('This assignment link is damaged. Ask your trainer for the full link.');
    }
    expect(g.errors).toEqual([]);
  });

  it('sees a "Mark as read" label, and pages opened from the assignment offer the way back and "Mark as read" (phone, dark)', async () => {
    const code = encodeAssignment({title: 'Reading for Thursday', instructions: '', due: '2026-12-10', items: ['chapter:introduction', 'recommendation:R5.1']});
    const g = await open('/training');
    await g.page.setViewportSize({width: 390, height: 844});
    await g.page.emulateMedia({colorScheme: 'dark'});
    await g.page.goto(`${session.origin()}/training/assignment#${code}`);
    await g.page.waitForSelector('[data-progress="0/2"]');
    const label = g.page.locator('[data-ref="recommendation:R5.1"]').getByText('Mark as read');
    expect(await label.isVisible()).toBe(true);
    expect(await g.page.locator('.kb-chapter-meta').textContent()).not.toContain('2026-12-10');

    await g.page.locator('[data-ref="recommendation:R5.1"] a').first().click();
    await g.page.waitForURL(/\/guide\/end-use-controls#r5-1$/);
    const bar = g.page.getByRole('navigation', {name: 'Assignment'});
    await bar.waitFor();
    expect(await bar.isVisible()).toBe(true);
    expect(await bar.textContent()).toContain('Reading for Thursday');
    await bar.getByText('Mark as read').click();
    expect(await bar.locator('input[type="checkbox"]').isChecked()).toBe(true);
    expect(await g.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await bar.getByRole('link', {name: /Back to assignment/}).click();
    await g.page.waitForSelector('[data-progress="1/2"]');
    expect(await g.page.locator('[data-ref="recommendation:R5.1"] input[type="checkbox"]').isChecked()).toBe(true);

    // A page not in the assignment shows no bar.
    await g.page.locator('[data-ref="chapter:introduction"] a').first().click();
    await g.page.waitForURL(/\/guide\/introduction$/);
    await bar.waitFor();
    await g.page.locator('article a[href^="/glossary/"]').first().click();
    await g.page.waitForURL(/\/glossary\/[a-z-]+$/);
    await g.page.locator('article h1').waitFor();
    await expect.poll(() => g.page.getByRole('navigation', {name: 'Assignment'}).count()).toBe(0);
  });

  it('fetched nothing from outside the site, and no page threw', () => {
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
