import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {BUILD_DIR, page} from './builtSite';
import {loadKnowledgeBase} from '../../plugins/kb-content/loadKnowledgeBase';
import {readingPathAnchor, scenarioAnchor, TRAINING_ANCHORS} from '../../src/shared/trainingAnchors';
import type {IndexManifest, IndexMeta} from '../../src/shared/search/types';
import {CHUNK_TYPE_LABELS} from '../../src/shared/search/types';

const {kb} = loadKnowledgeBase(path.resolve(__dirname, '../../content'));
const manifest = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'search/manifest.json'), 'utf8')) as IndexManifest;
const meta = JSON.parse(fs.readFileSync(path.join(BUILD_DIR, 'search', manifest.meta), 'utf8')) as IndexMeta;
const byUrl = new Map(meta.chunks.map((c) => [c.url, c]));

/** Whether the built page for a URL has an element with the URL's anchor as its id. */
function anchored(url: string): boolean {
  const [route, anchor] = url.split('#');
  return page(route)(`[id="${anchor}"]`).length === 1;
}

describe('training material in the search index', () => {
  it('indexes every session\'s objectives and discussion questions, anchored on its page', () => {
    expect(kb.training.length).toBeGreaterThanOrEqual(6);
    for (const session of kb.training) {
      for (const [kind, anchor] of Object.entries(TRAINING_ANCHORS)) {
        const chunk = byUrl.get(`${session.url}#${anchor}`);
        expect(chunk, `${session.chapterId} ${kind}`).toMatchObject({type: 'training', trainingKind: kind});
        expect(anchored(chunk!.url), chunk!.url).toBe(true);
      }
    }
  });

  it('indexes every worked scenario, labelled fictional, without the facilitator\'s notes', () => {
    const scenarios = kb.training.flatMap((session) => session.worked.map((w) => ({session, ...w})));
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    for (const scenario of scenarios) {
      const chunk = byUrl.get(`${scenario.session.url}#${scenarioAnchor(scenario.title)}`);
      expect(chunk, scenario.title).toMatchObject({type: 'scenario', title: scenario.title});
      expect(CHUNK_TYPE_LABELS[chunk!.type]).toBe('Training scenario (fictional)');
      expect(chunk!.text.startsWith('Fictional scenario.')).toBe(true);
      expect(anchored(chunk!.url), chunk!.url).toBe(true);
    }
    // The Lighthouse facilitator's note names the mistake to expect; learners' snippets must not.
    const lighthouse = meta.chunks.find((c) => c.title === 'The Lighthouse application')!;
    expect(lighthouse.text).toContain('Northwind Cyber Ltd');
    expect(lighthouse.text).not.toContain('The most common mistake');
  });

  it('indexes every reading path with its items, anchored on the training page', () => {
    for (const readingPath of kb.paths) {
      const chunk = byUrl.get(`/training#${readingPathAnchor(readingPath.id)}`);
      expect(chunk, readingPath.id).toMatchObject({type: 'training', trainingKind: 'path', title: `Reading path: ${readingPath.title}`});
      expect(anchored(chunk!.url), chunk!.url).toBe(true);
      for (const item of readingPath.items) expect(chunk!.text).toContain(item.note);
    }
  });

  it('never lists a scenario or training chunk among similar precedents', () => {
    const similar = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../.generated/similar-precedents.json'), 'utf8')) as Record<string, {url: string}[]>;
    const listed = Object.values(similar).flat();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((s) => s.url.startsWith('/precedents/'))).toBe(true);
  });
});
