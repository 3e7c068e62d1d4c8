import {afterAll, beforeAll} from 'vitest';
import type {Browser, BrowserContextOptions} from 'playwright-core';
import {guardedPage, launchBrowser, serveBuild, type Guarded} from '../../scripts/browser/localSite';

/**
 * One served build and one Debian Chromium per test file. Every page opened through it is
 * guarded (outside requests blocked and recorded) and kept, so a file can assert at the end
 * that no page reached outside the site or threw.
 */
export function browserSession(headers: Record<string, string> = {}) {
  let server: Awaited<ReturnType<typeof serveBuild>>;
  let browser: Browser;
  const pages: Guarded[] = [];
  beforeAll(async () => {
    server = await serveBuild({headers});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  /** A fresh guarded context (an empty browser profile), e.g. with a phone viewport or dark mode. */
  const fresh = async (options: BrowserContextOptions = {}): Promise<Guarded> => {
    const guarded = await guardedPage(browser, server.url, options);
    pages.push(guarded);
    return guarded;
  };
  /** Opens a route in a fresh context and waits for hydration (the search box marks itself ready). */
  const open = async (route = '/', options: BrowserContextOptions = {}): Promise<Guarded> => {
    const guarded = await fresh(options);
    await guarded.page.goto(`${server.url}${route}`);
    await guarded.page.waitForSelector('.kb-search[data-ready]');
    return guarded;
  };
  return {pages, origin: () => server.url, fresh, open};
}
