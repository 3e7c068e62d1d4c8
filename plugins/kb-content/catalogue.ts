import {refs} from './refs';
import {wordCount} from './records';
import type {KnowledgeBase, Section} from './types';

export type CatalogueType = 'chapter' | 'section' | 'recommendation' | 'control' | 'precedent' | 'term';

/** Everything a trainer can assign, with what a handout and a reading plan need. */
export interface CatalogueItem {
  ref: string;
  type: CatalogueType;
  title: string;
  url: string;
  summary: string;
  words: number;
}

const firstSentences = (text: string, max = 220) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf('. ') + 1, cut.lastIndexOf(' ')))} …`.replace(/\.\s…$/, '.');
};

/**
 * Whether a section is a unit of its own for search and assignments: it has text, and it is
 * not the "Recommendations" heading, whose recommendations are units themselves. Search chunks
 * and assignable items must agree, since the assignment builder adds search results.
 */
export function isStandaloneSection(section: Section): boolean {
  return section.text.trim() !== '' && section.title !== 'Recommendations';
}

export function buildCatalogue(kb: Omit<KnowledgeBase, 'catalogue'>): CatalogueItem[] {
  const items: CatalogueItem[] = [];
  for (const chapter of kb.chapters) {
    items.push({ref: refs.chapter(chapter.id), type: 'chapter', title: `Chapter ${chapter.chapter}: ${chapter.title}`, url: chapter.url, summary: chapter.summary, words: chapter.wordCount});
    for (const section of chapter.sections) {
      if (!isStandaloneSection(section)) continue;
      items.push({ref: refs.section(chapter.id, section.anchor), type: 'section', title: `${section.title} (chapter ${chapter.chapter})`, url: section.url, summary: firstSentences(section.text), words: wordCount(section.text)});
    }
  }
  for (const r of kb.recommendations) {
    items.push({ref: refs.recommendation(r.id), type: 'recommendation', title: `${r.id} ${r.title}`, url: r.url, summary: firstSentences(r.text), words: wordCount(r.text)});
  }
  for (const c of kb.controls) items.push({ref: refs.control(c.slug), type: 'control', title: `${c.entries[0].number}: ${c.title}`, url: c.url, summary: c.summary, words: wordCount(c.text)});
  for (const p of kb.precedents) items.push({ref: refs.precedent(p.id), type: 'precedent', title: p.title, url: p.url, summary: firstSentences(p.outcome), words: wordCount(p.text)});
  for (const t of kb.glossary) items.push({ref: refs.term(t.slug), type: 'term', title: t.term, url: t.url, summary: t.short, words: wordCount(t.text)});
  return items;
}
