import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {loadKnowledgeBaseUncached} from '../../plugins/kb-content/loadKnowledgeBase';
import {page, readJson} from './builtSite';
import fs from 'node:fs';
import {BUILD_DIR} from './builtSite';

const {kb} = loadKnowledgeBaseUncached(path.resolve(__dirname, '../../content'));

interface ExportedRecommendation {
  id: string;
  anchor: string;
  url: string;
  title: string;
  chapterId: string;
}

describe('the built guide', () => {
  const exported = readJson<ExportedRecommendation[]>('recommendations.json');

  it('serves the six chapters at their stable URLs', () => {
    const ids = ['introduction', 'multilateral-frameworks', 'establishing-controls', 'informing-exporters', 'end-use-controls', 'transparency'];
    for (const id of ids) {
      const $ = page(`/guide/${id}`);
      expect($('article h1').first().text().length, id).toBeGreaterThan(5);
      expect($('.kb-summary').length, `${id} opens with a summary`).toBe(1);
      expect($('.kb-chapter-meta').text(), `${id} shows reading time`).toMatch(/\d+ min read/);
    }
  });

  it('meets the content floor: 36+ recommendations, 5+ per chapter after the introduction, 1,500+ words a chapter', () => {
    expect(kb.recommendations.length).toBeGreaterThanOrEqual(36);
    for (const chapter of kb.chapters.filter((c) => c.chapter > 1)) expect(chapter.recommendations.length, chapter.id).toBeGreaterThanOrEqual(5);
    for (const chapter of kb.chapters) expect(chapter.wordCount, chapter.id).toBeGreaterThanOrEqual(1500);
  });

  it('exports every recommendation in content/, and its anchor is on its chapter page', () => {
    expect(exported.map((r) => r.id)).toEqual(kb.recommendations.map((r) => r.id));
    for (const recommendation of exported) {
      const $ = page(`/guide/${recommendation.chapterId}`);
      const card = $(`#${recommendation.anchor}`);
      expect(card.length, recommendation.id).toBe(1);
      expect(card.attr('data-recommendation')).toBe(recommendation.id);
      expect(card.find('.kb-rec__title').text()).toBe(recommendation.title);
      expect(new URL(recommendation.url).hash).toBe(`#${recommendation.anchor}`);
    }
  });

  it('writes a CSV row per recommendation with every field', () => {
    const csv = fs.readFileSync(path.join(BUILD_DIR, 'recommendations.csv'), 'utf8');
    const header = csv.split('\r\n')[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['id', 'title', 'audience', 'theme', 'pillar', 'controls', 'url', 'text']));
    for (const recommendation of kb.recommendations) expect(csv).toContain(`\r\n${recommendation.id},`);
  });

  it('links each tag on a card to the filtered index', () => {
    const $ = page('/guide/end-use-controls');
    const hrefs = $('#r5-1 .kb-rec__tags a').map((_, a) => $(a).attr('href')).get();
    expect(hrefs.some((href) => /^\/recommendations\?audience=/.test(href))).toBe(true);
    expect(hrefs.some((href) => /^\/recommendations\?pillar=/.test(href))).toBe(true);
  });
});
