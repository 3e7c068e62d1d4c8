import {describe, expect, it} from 'vitest';
import type {Guarded} from '../../scripts/browser/localSite';
import {readmeCspHeader} from '../site/shippedCsp';
import {browserSession} from './session';

const HEADER = readmeCspHeader();
const session = browserSession({'Content-Security-Policy': HEADER});

/** Records every `securitypolicyviolation` in the page, from before its first script runs. */
async function watched(): Promise<Guarded & {violations: () => Promise<string[]>}> {
  const guarded = await session.fresh();
  await guarded.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {cspViolations: string[]}).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  return {...guarded, violations: () => guarded.page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)};
}

describe('the site under its own Content-Security-Policy, sent as a real header', () => {
  it('searches, filters, builds an assignment and opens it as a learner with no violation', async () => {
    const g = await watched();
    const {page} = g;
    const response = await page.goto(`${session.origin()}/`);
    expect(response!.headers()['content-security-policy']).toBe(HEADER);
    await page.waitForSelector('.kb-search[data-ready]');

    // Semantic search needs the worker, the model and (while it runs on onnxruntime) wasm.
    await page.keyboard.press('/');
    await page.keyboard.type('revoked global authorisation', {delay: 20});
    await page.waitForSelector('.kb-search [data-status="hybrid"]', {state: 'attached', timeout: 30_000});
    await page.keyboard.press('Escape');

    await page.locator('.navbar').getByRole('link', {name: 'Precedents', exact: true}).click();
    await page.waitForURL(/\/precedents$/);
    await page.locator('fieldset[data-facet="state"] input[value="United States"]').check();
    await page.waitForURL(/state=United\+States/);

    await page.locator('.navbar').getByRole('link', {name: 'Training', exact: true}).click();
    await page.getByRole('link', {name: 'assignment builder'}).click();
    await page.waitForURL(/\/training\/assign$/);
    await page.locator('.kb-builder__list [data-ref="chapter:end-use-controls"] button').click();
    await page.fill('input[name="title"]', 'Under the policy');
    await page.getByRole('link', {name: 'Open as a learner'}).click();
    await page.waitForSelector('[data-progress="0/1"]');
    await page.getByRole('link', {name: /end-use/i}).first().click();
    await page.waitForURL(/\/guide\/end-use-controls/);
    await page.getByRole('navigation', {name: 'Assignment'}).getByText('Mark as read').click();

    expect(await g.violations()).toEqual([]);
    expect(g.errors).toEqual([]);
  });

  it('would report a violation: an injected inline script is blocked and seen', async () => {
    const g = await watched();
    await g.page.goto(`${session.origin()}/guide/introduction`);
    await g.page.waitForSelector('.kb-search[data-ready]');
    await g.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    // One report per policy in force (the header and the <meta> tag).
    await expect.poll(async () => (await g.violations()).length).toBeGreaterThan(0);
    expect((await g.violations()).every((violation) => violation.startsWith('script-src-elem inline'))).toBe(true);
    expect(await g.page.evaluate(() => (window as unknown as {injected?: boolean}).injected)).toBeUndefined();
    g.errors.length = 0; // The refusal is logged as a console error, as expected here.
  });

  it('fetched nothing from outside the site', () => {
    expect(session.pages.flatMap((p) => p.outside)).toEqual([]);
  });
});
