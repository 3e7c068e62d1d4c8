import http from 'node:http';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';
import {chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page} from 'playwright-core';
import path from 'node:path';

/** The production build (npm run build). */
export const BUILD_DIR = path.resolve(__dirname, '../../build');

/**
 * Serves a built site (by default build/) on a loopback port, as `docusaurus serve` would (clean
 * URLs), with `headers` on every response (e.g. the Content-Security-Policy a real server sends).
 */
export async function serveBuild({buildDir = BUILD_DIR, headers = {}}: {buildDir?: string; headers?: Record<string, string>} = {}): Promise<{url: string; close: () => Promise<void>}> {
  const server = http.createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    void handler(request, response, {public: buildDir, cleanUrls: true, trailingSlash: false});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve()))};
}

/** Debian's Chromium, never a downloaded browser; flags keep it off the network. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface Guarded {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but the test server: must stay empty. */
  outside: string[];
  /** Uncaught page errors, and errors logged to the console (React reports hydration mismatches there). */
  errors: string[];
  dialogs: string[];
}

/**
 * A fresh context in which every request that leaves the test server is blocked and
 * recorded, so a test can assert that nothing was fetched from outside the site.
 */
export async function guardedPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<Guarded> {
  const context = await browser.newContext(options);
  const outside: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return {context, page, outside, errors, dialogs};
}
