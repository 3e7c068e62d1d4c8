import {describe, expect, it} from 'vitest';
import {loadKnowledgeBaseUncached} from '../loadKnowledgeBase';
import {numberRoutes} from '../numberRoutes';
import {FIXTURE_SITE} from './fixtureSite';

const {kb} = loadKnowledgeBaseUncached(FIXTURE_SITE);
const routes = numberRoutes(kb);
const target = (path: string) => routes.find((r) => r.path === path)?.to;

describe('addresses made of entry numbers and recommendation IDs', () => {
  it('resolves every notation of an entry, in either case, to its page', () => {
    const page = kb.controls.find((c) => c.entries.some((e) => e.number === '4A005'))!.url;
    for (const path of ['/controls/4A005', '/controls/4.A.5', '/controls/4A5', '/controls/4a5', '/controls/4a005', '/controls/4.a.5']) {
      expect(target(path), path).toBe(page);
    }
    const technology = kb.controls.find((c) => c.entries.some((e) => e.number === '4E001.c'))!.url;
    expect(target('/controls/4E001.c')).toBe(technology);
    expect(target('/controls/4.E.1.c')).toBe(technology);
    expect(target('/controls/4e1c')).toBe(technology);
  });

  it('resolves recommendation IDs to their anchor in the chapter', () => {
    const r51 = kb.recommendations.find((r) => r.id === 'R5.1')!.url;
    expect(r51).toMatch(/#r5-1$/);
    for (const path of ['/recommendations/R5.1', '/recommendations/r5.1', '/recommendations/r5-1', '/recommendations/R5-1']) expect(target(path), path).toBe(r51);
  });

  it('publishes only address-safe spellings, each once, and never shadows a page', () => {
    expect(routes.some((r) => /\s/.test(r.path))).toBe(false);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    const pages = new Set(kb.controls.map((c) => c.url));
    expect(routes.some((r) => pages.has(r.path))).toBe(false);
  });
});
