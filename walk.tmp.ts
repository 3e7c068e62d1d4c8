import {launchBrowser, serveBuild} from './scripts/browser/localSite';

// Throwaway: walks the site by clicking and saves screenshots (not committed).
async function main() {
  const server = await serveBuild();
  const browser = await launchBrowser();
  const which = process.argv[2] ?? 'all';
  for (const [size, viewport] of [['phone', {width: 390, height: 844}], ['desktop', {width: 1366, height: 900}]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({viewport, colorScheme, isMobile: size === 'phone', hasTouch: size === 'phone'});
      const page = await ctx.newPage();
      page.on('pageerror', (e) => console.log('ERR', String(e)));
      const shot = async (name: string, full = false) => page.screenshot({path: `/tmp/shots/${size}-${colorScheme}-${name}.png`, fullPage: full});
      const nav = async (label: string) => {
        if (await page.locator('.navbar__toggle').isVisible()) {
          await page.locator('.navbar__toggle').click();
          await page.locator('.navbar-sidebar').getByRole('link', {name: label, exact: true}).click();
        } else await page.locator('.navbar').getByRole('link', {name: label, exact: true}).click();
        await page.waitForTimeout(400);
      };
      await page.goto(server.url + '/');
      await page.waitForSelector('.kb-search[data-ready]');
      await shot('home');
      await nav('Precedents');
      if (await page.locator('.kb-filters__toggle').isVisible()) await page.locator('.kb-filters__toggle').click();
      await page.locator('fieldset[data-facet="state"] label', {hasText: 'United States'}).locator('input').check();
      await page.waitForTimeout(300);
      await shot('precedents-filtered');
      await nav('Recommendations');
      await shot('recommendations');
      await nav('Controls');
      await shot('controls');
      await page.locator('tr[data-control] .kb-register__item a').first().click();
      await page.waitForTimeout(400);
      await shot('entry');
      await nav('Guide');
      await page.waitForTimeout(300);
      await page.goto(server.url + '/guide/end-use-controls?highlight=red%20flags#red-flags');
      await page.waitForTimeout(600);
      await shot('chapter-highlight');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await shot('chapter-foot');
      await page.goto(server.url + '/no/such/spyware-page');
      await page.waitForTimeout(500);
      await shot('404');
      await page.getByRole('link', {name: /Search the guide for/}).click();
      await page.waitForSelector('[data-status="hybrid"]');
      await shot('search');
      await ctx.close();
    }
  }
  await browser.close();
  await server.close();
}
void main();
