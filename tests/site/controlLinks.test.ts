import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ControlRegistry} from '../../src/shared/controlRegistry';
import {allRoutes, htmlFileOf, page, readJson} from './builtSite';
import fs from 'node:fs';

interface ExportedControl {
  slug: string;
  url: string;
  keys: string[];
  aliases: string[];
  title: string;
  notations: string[];
  equivalents: {regime: string; number: string}[];
  citedBy: {kind: string; id: string; title: string; url: string}[];
}

const controls = readJson<ExportedControl[]>('controls.json');
const registry = new ControlRegistry(controls);
/**
 * Where a mention may stay plain: the link itself, code, headings, the record's own table, the
 * titles of cited sources, form labels of filters, and the assignment builder's pick list.
 */
const EXEMPT = 'a, code, pre, h1, h2, h3, h4, h5, h6, script, style, nav, .table-of-contents, .kb-record, .kb-sources, label, title, .kb-builder__list, .kb-compare__diff';
const FROZEN_EDITION = /^\/guide\/\d{4}\.\d+\//;

describe('control-list cross-links in the built site', () => {
  it('emits controls.json with every entry, its notations, equivalents and backlinks', () => {
    expect(controls.length).toBeGreaterThanOrEqual(10);
    for (const control of controls) {
      if (control.keys.length > 0) expect(control.notations.length, control.slug).toBeGreaterThan(control.keys.length);
      expect(control.equivalents.length, control.slug).toBeGreaterThan(0);
      expect(Array.isArray(control.citedBy)).toBe(true);
    }
  });

  it('links a mention of ECCN 4D004 to its entry, and the entry lists that page under "Cited by"', () => {
    // The current guide: frozen editions (/guide/2026.1/…) are not counted in "Cited by".
    const route = allRoutes().find((r) => r.startsWith('/guide/') && !FROZEN_EDITION.test(r) && fs.readFileSync(htmlFileOf(r), 'utf8').includes('ECCN 4D004'));
    expect(route, 'some chapter mentions ECCN 4D004').toBeDefined();
    const $ = page(route!);
    const link = $('a.kb-control-link').filter((_, a) => $(a).text() === 'ECCN 4D004').first();
    expect(link.attr('href')).toBe('/controls/intrusion-software-software');
    // The unit that mentions it: the recommendation card around it, or the section it sits in.
    let block = link.parents('.markdown > *').last();
    if (block.is('section.footnotes')) {
      // A source in a footnote belongs to the place that cites the footnote.
      const footnote = link.parents('li[id]').first().attr('id');
      block = $(`a[href="#${footnote}"]`).first().parents('.markdown > *').last();
    }
    const anchor = block.is('section.kb-rec') ? block.attr('id') : block.prevAll('h2, h3').first().attr('id');
    expect(anchor).toBeTruthy();
    const entry = page('/controls/intrusion-software-software');
    const citedBy = entry('.kb-cited-by a').map((_, a) => entry(a).attr('href')).get();
    expect(citedBy).toContain(`${route}#${anchor}`);
  });

  it('leaves no mention unlinked and no control link broken, on any page', () => {
    const unlinked: string[] = [];
    const broken: string[] = [];
    for (const route of allRoutes()) {
      const $ = page(route);
      $('article, main').find('*').contents().each((_, node) => {
        if (node.type !== 'text') return;
        if ($(node).parents(EXEMPT).length > 0) return;
        for (const mention of registry.findMentions($(node).text())) {
          if (mention.resolution.kind !== 'unknown') unlinked.push(`${route}: "${mention.text}"`);
        }
      });
      $('a[href^="/controls"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (!/^\/controls([/?#]|$)/.test(href)) return;
        if (!fs.existsSync(htmlFileOf(href))) broken.push(`${route} → ${href}`);
      });
    }
    expect(unlinked).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('shows on every entry page exactly the backlinks in controls.json, each landing on an existing anchor', () => {
    for (const control of controls) {
      const $ = page(`/controls/${control.slug}`);
      const shown = $('.kb-cited-by li a').map((_, a) => $(a).attr('href')).get();
      expect(shown, control.slug).toEqual(control.citedBy.map((c) => new URL(c.url).pathname + new URL(c.url).hash));
      for (const href of shown) {
        const [route, anchor] = href.split('#');
        const target = page(route);
        if (anchor) expect(target(`[id="${anchor}"]`).length, `${control.slug} → ${href}`).toBe(1);
      }
    }
  });

  it('counts a recommendation that tags an entry as citing it', () => {
    const ace = controls.find((c) => c.slug === 'intrusion-software-systems')!;
    expect(ace.citedBy.some((c) => c.kind === 'recommendation')).toBe(true);
  });

  it('serves the register with a row per entry, sortable headers and a filter', () => {
    const $ = page('/controls');
    expect($('tbody tr[data-control]').length).toBe(controls.length);
    expect($('th button.kb-sort').length).toBeGreaterThanOrEqual(4);
    expect($('.kb-toolbar input[type="search"]').length).toBe(1);
  });
});

describe('glossary terms in the built site', () => {
  it('marks the first mention of a term on a chapter, with its definition as a tooltip', () => {
    const $ = page('/guide/establishing-controls');
    const terms = $('.kb-term');
    expect(terms.length).toBeGreaterThan(3);
    const first = terms.first();
    const tooltipId = first.find('a').attr('aria-describedby');
    expect(first.find(`[role="tooltip"][id="${tooltipId}"]`).text().length).toBeGreaterThan(10);
    const slugs = terms.map((_, t) => $(t).find('a').attr('data-term')).get();
    expect(new Set(slugs).size, 'each term marked once per page').toBe(slugs.length);
  });

  it('has at least 20 terms on the glossary page', () => {
    expect(page('/glossary')('dl.kb-glossary dt').length).toBeGreaterThanOrEqual(20);
  });
});

describe('path helper', () => {
  it('maps routes to files', () => {
    expect(path.basename(htmlFileOf('/controls/x#y'))).toBe('x.html');
  });
});
