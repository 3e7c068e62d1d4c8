import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {BUILD_DIR, page} from '../site/builtSite';
import {browserSession} from './session';

const {open, pages} = browserSession();

describe('reading and printing', () => {
  it('prints a chapter without the navbar, sidebar, table of contents or buttons', async () => {
    const {page: chapter} = await open('/guide/end-use-controls');
    await chapter.emulateMedia({media: 'print'});
    for (const selector of ['.navbar', '.theme-doc-sidebar-container', '.theme-doc-toc-desktop', '.kb-rec__footer button', '.footer']) {
      expect(await chapter.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await chapter.locator('article h1').isVisible()).toBe(true);
    expect(await chapter.locator('#r5-1').isVisible()).toBe(true);
  });

  it('shows a glossary definition on keyboard focus, not only on hover', async () => {
    const {page: chapter} = await open('/guide/establishing-controls');
    const term = chapter.locator('.kb-term').first();
    expect(await term.locator('[role="tooltip"]').isVisible()).toBe(false);
    await term.locator('a').focus();
    expect(await term.locator('[role="tooltip"]').isVisible()).toBe(true);
  });

  it('declares an OpenSearch description that searches the site', () => {
    const $ = page('/');
    const href = $('link[rel="search"][type="application/opensearchdescription+xml"]').attr('href');
    expect(href).toBe('/opensearch.xml');
    const xml = fs.readFileSync(path.join(BUILD_DIR, 'opensearch.xml'), 'utf8');
    expect(xml).toMatch(/<Url type="text\/html" method="get" template="[^"]+\/search\?q=\{searchTerms\}"\/>/);
  });

  it('fetched nothing from outside the site, and no page threw', () => {
    expect(pages.flatMap((p) => p.outside)).toEqual([]);
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });
});
