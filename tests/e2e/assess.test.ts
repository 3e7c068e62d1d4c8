import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openBuiltIndex} from '../../scripts/search/openBuiltIndex';
import {search} from '../../src/shared/search/ranking';
import {BUILD_DIR} from '../site/builtSite';
import {browserSession} from './session';

const session = browserSession();
const {open, pages} = session;

/** Words typed into the worksheet that appear nowhere on the site: no request may carry them. */
const SECRET = {endUser: 'Quillbright Directorate', destination: 'Vannoria', reasons: 'Zephyrine reasons'};
const requests: {url: string; body: string}[] = [];
const record = (page: Page) => page.on('request', (request) => requests.push({url: request.url(), body: request.postData() ?? ''}));

const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.flag ?? (n as HTMLElement).dataset.slug ?? (n as HTMLElement).dataset.precedent ?? ''));
const answer = (page: Page, question: string, value: string) => page.locator(`fieldset[data-question="${question}"] input[value="${value}"]`).check();

async function openAssessByClicking(): Promise<Page> {
  const guarded = await open('/precedents');
  record(guarded.page);
  await guarded.page.locator('.navbar').getByRole('link', {name: 'Assess', exact: true}).click();
  await guarded.page.waitForURL(/\/assess$/);
  await guarded.page.waitForSelector('main[data-ready]');
  return guarded.page;
}

async function exportCurrent(page: Page, title: string): Promise<{file: string; data: {schemaVersion: number; edition: string; worksheet: Record<string, unknown>}}> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: `Export ${title}`}).click()]);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assess-')), download.suggestedFilename());
  await download.saveAs(file);
  return {file, data: JSON.parse(fs.readFileSync(file, 'utf8'))};
}

describe('the licence assessment worksheet', () => {
  it('goes from an application to a printed, exported, deleted and re-imported record', async () => {
    const page = await openAssessByClicking();
    await expect.poll(() => page.getByText('Nothing you type leaves this browser.').isVisible()).toBe(true);
    await page.getByRole('button', {name: 'New assessment'}).click();
    await page.getByLabel('Title of this assessment').fill('Platform to Vannoria');

    // Entries by number in two notations; a family asks for one of its members.
    const entry = page.locator('#entry-number');
    await entry.fill('4.D.4');
    await page.getByRole('button', {name: 'Add entry'}).click();
    await entry.fill('ECCN 4A005');
    await entry.press('Enter');
    await entry.fill('4E001');
    await entry.press('Enter');
    await expect.poll(() => page.locator('#entry-message').textContent()).toBe('4E001 is a family of entries: add one of 4E001.a, 4E001.c.');
    expect(await page.getByRole('list', {name: 'Entries picked for the item'}).locator('li').allTextContents()).toEqual([
      expect.stringContaining('4D004'),
      expect.stringContaining('4A005'),
    ]);

    // A description in words gets suggested entries from the site's search.
    await page.locator('#item-description').fill('software that generates and delivers intrusion software to phones');
    await expect.poll(() => page.getByRole('list', {name: 'Suggested entries'}).locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByRole('list', {name: 'Suggested entries'}).locator('li').first().textContent()).toMatch(/intrusion/i);

    await page.getByLabel('Destination').fill(SECRET.destination);
    await page.getByLabel('End-user type').selectOption('intelligence');
    await page.getByLabel('End user, by name (the operating agency)').fill(SECRET.endUser);
    await page.getByLabel('Stated end use').fill('national security purposes');
    await answer(page, 'ITM-02', 'yes');
    await answer(page, 'USR-01', 'no');
    await answer(page, 'USR-02', 'no');
    await answer(page, 'HR-01', 'yes');
    await answer(page, 'HR-03', 'no');
    await answer(page, 'LIC-01', 'global-open');
    await page.locator('fieldset[data-question="HR-01"]').getByLabel('Sources and notes').fill('University lab report, 2025');

    await expect.poll(() => texts(page, '[data-testid="flags"] [data-flag]')).toEqual(['unnamed-operating-agency', 'intermediary-contracting-party', 'reported-misuse', 'no-independent-authorisation', 'broad-authorisation-request']);
    expect(await page.getByRole('heading', {name: 'Red flags raised (5)'}).isVisible()).toBe(true);
    expect(await texts(page, '[data-testid="applies"] [data-slug]')).toEqual(['intrusion-software-software', 'intrusion-software-systems', 'eu-cyber-surveillance-catch-all']);
    expect(await page.locator('[data-testid="recommendations"] li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^R5\.1 /), expect.stringMatching(/^R5\.3 /), expect.stringMatching(/^R5\.4 /)]));
    expect(await page.getByRole('heading', {name: /^Questions still open \(41 of 47\)$/}).isVisible()).toBe(true);

    // The most similar precedents: the site's hybrid search over the worksheet's text, run in the
    // page, gives the same five as the CLI ranking of the same text.
    const list = page.locator('[data-testid="precedents"]');
    await expect.poll(() => list.getAttribute('data-status'), {timeout: 20_000}).toBe('hybrid');
    const similar = await texts(page, '[data-testid="precedents"] [data-precedent]');
    const query = (await list.getAttribute('data-query'))!;
    expect(query).toMatch(/^software that generates and delivers intrusion software to phones No operating agency is named/);
    const {index, embedder} = await openBuiltIndex(BUILD_DIR);
    const [vector] = await embedder.embed([query]);
    expect(similar).toEqual(search(index, query, {queryVector: vector, limit: 5, filters: {types: ['precedent']}}).map((r) => r.chunk.id.replace(/^precedent:/, '')));
    expect(similar).toHaveLength(5);
    await page.locator(`[data-precedent="${similar[0]}"] input[type="checkbox"]`).check();

    await page.locator('input[name="decision"][value="refuse"]').check();
    await page.getByLabel('Reasons').fill(`${SECRET.reasons}: no operating agency named; reported misuse.`);
    await page.getByLabel('Officer').fill('A. Officer');
    await page.getByLabel('Date').fill('2026-12-02');

    // Printed, it reads as a file note and nothing of the interactive page shows.
    await page.emulateMedia({media: 'print'});
    const note = page.getByRole('article', {name: 'File note'});
    expect(await note.isVisible()).toBe(true);
    expect(await page.locator('#entry-number').isVisible()).toBe(false);
    expect(await page.locator('.navbar').isVisible()).toBe(false);
    expect(await note.getByRole('heading', {level: 1}).textContent()).toBe('File note: licence assessment');
    expect(await note.locator('[data-testid="note-flags"] li').count()).toBe(5);
    expect(await note.locator('[data-testid="note-entries"] li').allTextContents()).toEqual([
      expect.stringContaining('Software for generating, commanding or delivering intrusion software'),
      expect.stringContaining('Systems, equipment and components for intrusion software'),
      expect.stringMatching(/Article 5.*brought in by ITM-02/),
    ]);
    expect(await note.locator('[data-testid="note-precedents"] li').count()).toBe(1);
    expect(await note.locator('[data-testid="note-decision"]').textContent()).toBe('Refuse.');
    expect(await note.locator('[data-testid="note-reasons"]').textContent()).toContain(SECRET.reasons);
    expect(await note.locator('[data-testid="note-edition"]').textContent()).toMatch(/^Guidance as built on \d{4}-\d{2}-\d{2}$/);
    expect(await note.locator('tr[data-question="HR-01"] td').textContent()).toBe('YesUniversity lab report, 2025');
    expect(await note.locator('tr[data-question="HR-02"] td').textContent()).toBe('Not answered');
    await page.emulateMedia({media: 'screen'});

    // Export, delete (after confirming), import: the same record comes back.
    const exported = await exportCurrent(page, 'Platform to Vannoria');
    expect(exported.data.schemaVersion).toBe(1);
    await page.getByRole('button', {name: 'Delete Platform to Vannoria'}).click();
    await page.getByRole('alertdialog').getByRole('button', {name: 'Keep it'}).click();
    expect(await page.getByRole('list', {name: 'Saved assessments'}).locator('li').count()).toBe(1);
    await page.getByRole('button', {name: 'Delete Platform to Vannoria'}).click();
    await page.getByRole('alertdialog').getByRole('button', {name: 'Delete it'}).click();
    expect(await page.getByRole('list', {name: 'Saved assessments'}).locator('li').count()).toBe(0);
    await page.locator('input[type="file"]').setInputFiles(exported.file);
    await expect.poll(() => page.locator('#assess-report').textContent()).toMatch(/^Imported “Platform to Vannoria”.*Kept: 6 answers, 2 control entries, 1 precedents considered/);
    const again = await exportCurrent(page, 'Platform to Vannoria');
    expect(again.data.worksheet).toEqual(exported.data.worksheet);
    expect(await texts(page, '[data-testid="flags"] [data-flag]')).toHaveLength(5);

    // Importing it once more would overwrite: the page asks, and Cancel changes nothing.
    await page.locator('input[type="file"]').setInputFiles(exported.file);
    await page.getByRole('alertdialog').getByRole('button', {name: 'Cancel'}).click();
    expect(await page.getByRole('list', {name: 'Saved assessments'}).locator('li').count()).toBe(1);
  }, 240_000);

  it('explains what was wrong with a bad file and keeps what is stored', async () => {
    const page = await openAssessByClicking();
    await page.getByRole('button', {name: 'New assessment'}).click();
    const status = page.locator('#assess-report');
    const file = (name: string, text: string) => {
      const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assess-')), name);
      fs.writeFileSync(target, text);
      return target;
    };
    await page.locator('input[type="file"]').setInputFiles(file('notes.json', 'not json at all'));
    await expect.poll(() => status.textContent()).toMatch(/^The file is not JSON \(.+\)\. Nothing was imported\.$/);
    await page.locator('input[type="file"]').setInputFiles(file('future.json', JSON.stringify({format: 'ccic-kb-assessment', schemaVersion: 9, worksheet: {}})));
    await expect.poll(() => status.textContent()).toBe('The file cannot be imported: it has schema version 9, and this site reads version 1. Nothing was imported.');
    const stale = {format: 'ccic-kb-assessment', schemaVersion: 1, edition: 'old', worksheet: {id: 'a-stale', title: 'Old case', created: '2024-01-01', updated: '2024-01-01', item: {description: '', entries: ['intrusion-software-systems', 'retired-entry']}, destination: '', endUser: {type: '', name: ''}, endUse: '', answers: {'HR-01': {value: 'yes', note: ''}, 'HR-77': {value: 'no', note: ''}}, precedents: ['xx-1999-gone'], conclusion: {decision: '', reasons: '', officer: '', date: ''}}};
    await page.locator('input[type="file"]').setInputFiles(file('stale.json', JSON.stringify(stale)));
    await expect.poll(() => status.textContent()).toBe(
      'Imported “Old case” (made under: old). Dropped: the answer to question HR-77, which is no longer in the checklist; control entry "retired-entry", which is no longer in the register; precedent "xx-1999-gone", which is no longer in the register. Kept: 1 answers, 1 control entries, 0 precedents considered, the description, parties, conclusion and reasons.',
    );
    expect(await page.getByRole('list', {name: 'Saved assessments'}).locator('li').count()).toBe(2);
  });

  it('sets a damaged stored assessment aside and still opens the others', async () => {
    const page = await openAssessByClicking();
    await page.getByRole('button', {name: 'New assessment'}).click();
    await page.evaluate(() => window.localStorage.setItem('ccic-kb:assessment:a-broken', '{"format": "ccic-kb-assess'));
    await page.reload();
    await page.waitForSelector('main[data-ready]');
    const alert = page.getByRole('alert').filter({hasText: 'set aside'});
    await expect.poll(() => alert.textContent()).toContain('One stored assessment was damaged and has been set aside');
    expect(await alert.textContent()).toContain('ccic-kb:assessment:a-broken: it is not valid JSON');
    expect(await page.getByRole('list', {name: 'Saved assessments'}).locator('li').count()).toBe(1);
    expect(await page.evaluate(() => window.localStorage.getItem('ccic-kb:assessment-damaged:a-broken'))).toBe('{"format": "ccic-kb-assess');
  });

  it('loads a fictional training scenario as a worked example, marked fictional on screen and on paper', async () => {
    const page = await openAssessByClicking();
    await page.getByText('For trainers: load a fictional scenario as a worked example').click();
    await page.getByLabel('Scenario').selectOption({label: 'The Lighthouse application (fictional)'});
    await page.getByRole('button', {name: 'Load as worked example'}).click();
    expect(await page.getByLabel('Title of this assessment').inputValue()).toBe('Worked example (fictional): The Lighthouse application');
    expect(await page.getByRole('note').filter({hasText: 'Fictional training scenario.'}).isVisible()).toBe(true);
    expect(await page.getByLabel('The application in brief').inputValue()).toMatch(/^\*?\*?Fictional scenario\.\*?\*? Everything in this exercise is invented/);
    await expect.poll(() => texts(page, '[data-testid="precedents"] [data-precedent]'), {timeout: 20_000}).not.toHaveLength(0);
    await page.emulateMedia({media: 'print'});
    expect(await page.getByRole('article', {name: 'File note'}).textContent()).toContain('FICTIONAL TRAINING SCENARIO: not a real case.');
  });

  it('has no serious accessibility violations on a phone and a laptop, light and dark', async () => {
    for (const viewport of [{width: 390, height: 844}, {width: 1366, height: 900}]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const guarded = await session.fresh();
        record(guarded.page);
        await guarded.page.setViewportSize(viewport);
        await guarded.page.emulateMedia({colorScheme});
        await guarded.page.goto(`${session.origin()}/assess`);
        await guarded.page.waitForSelector('main[data-ready]');
        await guarded.page.getByRole('button', {name: 'New assessment'}).click();
        await answer(guarded.page, 'USR-01', 'no');
        expect(await guarded.page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
        const results = await new AxeBuilder({page: guarded.page}).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        expect(serious, `${viewport.width}×${viewport.height} ${colorScheme}`).toEqual([]);
      }
    }
  }, 480_000);

  it('sent no request outside the site, and none carried what was typed into a worksheet', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    for (const word of Object.values(SECRET)) {
      expect(requests.filter((r) => decodeURIComponent(r.url).includes(word) || r.body.includes(word))).toEqual([]);
    }
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
