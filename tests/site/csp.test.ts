import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {inlineScriptHashes} from '../../plugins/kb-csp/inlineScripts';
import {allRoutes, htmlFileOf} from './builtSite';
import {readmeCspHeader} from './shippedCsp';

const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
const pages = () => [...allRoutes(), '/404'].map((route) => ({route, html: fs.readFileSync(htmlFileOf(route), 'utf8')}));

describe('Content-Security-Policy of the built site', () => {
  it('is in every page, ahead of every script', () => {
    for (const {route, html} of pages()) {
      const meta = META.exec(html);
      expect(meta, route).not.toBeNull();
      expect(meta!.index, route).toBeLessThan(html.indexOf('<script'));
    }
  });

  it('allows each inline script a page runs by its hash, and nothing inline beyond them', () => {
    for (const {route, html} of pages()) {
      const scriptSrc = META.exec(html)![1].split('; ').find((directive) => directive.startsWith('script-src '))!;
      for (const hash of inlineScriptHashes(html)) expect(scriptSrc, route).toContain(`'${hash}'`);
      expect(scriptSrc, route).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
    }
  });

  it('is the header in the README, which adds frame-ancestors', () => {
    const meta = META.exec(fs.readFileSync(htmlFileOf('/'), 'utf8'))![1];
    expect(readmeCspHeader()).toBe(`${meta}; frame-ancestors 'none'`);
    for (const directive of ["default-src 'self'", "worker-src 'self'", "object-src 'none'"]) expect(meta).toContain(directive);
  });
});
