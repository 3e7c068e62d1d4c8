import type {FrontMatter} from './frontmatter';
import path from 'node:path';
import type {ContainerDirective} from 'mdast-util-directive';
import type {Heading, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';
import {ContentError} from './errors';
import {createHeadingAnchors} from './headings';
import type {MarkdownFile} from './markdown';
import {parseRecommendation} from './recommendations';
import {citedPrecedents} from './recommendations';
import {nodeText, plainText, wordCount} from './records';
import {readingMinutes} from '../../src/shared/text';
import type {ControlRegistry} from '../../src/shared/controlRegistry';
import type {Chapter, Citation, Recommendation, Section, Taxonomy} from './types';

export interface ParsedChapter {
  chapter: Chapter;
  recommendations: Recommendation[];
  /** Which citable unit (section, recommendation) each top-level node belongs to. */
  unitOf: Map<RootContent, Citation>;
}

export function isRecommendationBlock(node: RootContent): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === 'recommendation';
}

export function parseChapter(md: MarkdownFile, routeBase: string, taxonomy: Taxonomy, registry: ControlRegistry): ParsedChapter {
  const fm: FrontMatter = md.frontMatter;
  const match = /^(\d+)-([a-z0-9-]+)\.md$/.exec(path.basename(md.file));
  if (!match) {
    throw new ContentError(md.file, 1, 'chapter file name must be `<chapter number>-<id>.md`', 'rename it, e.g. `5-end-use-controls.md`');
  }
  const id = fm.string('id');
  if (id !== match[2]) fm.fail('id', `\`id: ${id}\` does not match the file name`, `set \`id: ${match[2]}\` (the id is the stable URL /guide/${match[2]})`);
  const chapterNumber = fm.number('chapter', `set \`chapter: ${match[1]}\``);
  if (chapterNumber !== Number(match[1])) fm.fail('chapter', `\`chapter: ${chapterNumber}\` does not match the file name`, `set \`chapter: ${Number(match[1])}\` or rename the file`);
  const title = fm.string('title');
  const url = `${routeBase}/${id}`;
  const chapterUnit: Citation = {kind: 'chapter', id, title: `Chapter ${chapterNumber}: ${title}`, url};

  const anchorOf = createHeadingAnchors();
  const sections: Section[] = [];
  const recommendations: Recommendation[] = [];
  const unitOf = new Map<RootContent, Citation>();
  let currentUnit = chapterUnit;
  let current: Section | undefined;
  const context = {file: md.file, chapter: chapterNumber, chapterId: id, chapterTitle: title, url, taxonomy, registry};

  for (const node of md.tree.children) {
    if (node.type === 'heading' && node.depth <= 3) {
      const {title: heading, anchor} = anchorOf(node as Heading);
      current = {title: heading, anchor, depth: node.depth, url: `${url}#${anchor}`, text: '', origin: {file: md.file, line: node.position?.start.line ?? 1}};
      sections.push(current);
      currentUnit = {kind: 'section', id: `${id}#${anchor}`, title: `${title} › ${heading}`, url: current.url};
      unitOf.set(node, currentUnit);
      continue;
    }
    if (node.type === 'heading') anchorOf(node as Heading);
    if (isRecommendationBlock(node)) {
      const recommendation = parseRecommendation(node, context);
      recommendations.push(recommendation);
      unitOf.set(node, {kind: 'recommendation', id: recommendation.id, title: `${recommendation.id} ${recommendation.title}`, url: recommendation.url});
      continue;
    }
    unitOf.set(node, currentUnit);
    if (current && node.type !== 'footnoteDefinition') current.text = `${current.text}\n\n${nodeText(node)}`.trim();
  }
  creditFootnotes(md.tree.children, unitOf);
  const text = plainText(md.tree);
  const words = wordCount(text);
  return {
    chapter: {
      id,
      chapter: chapterNumber,
      title,
      summary: fm.string('summary'),
      url,
      wordCount: words,
      readingMinutes: readingMinutes(words),
      sections,
      recommendations: recommendations.map((r) => r.id),
      precedents: [...new Set(citedPrecedents(md.tree).map((c) => c.id))],
      origin: {file: md.file, line: 1},
    },
    recommendations,
    unitOf,
  };
}

/**
 * A footnote's text (usually a source) belongs to the unit that cites the footnote, not to
 * whatever section happens to end the file where footnote definitions sit.
 */
function creditFootnotes(nodes: RootContent[], unitOf: Map<RootContent, Citation>): void {
  const unitOfLabel = new Map<string, Citation>();
  for (const node of nodes) {
    if (node.type === 'footnoteDefinition') continue;
    visit(node, 'footnoteReference', (reference) => {
      const unit = unitOf.get(node);
      if (unit && !unitOfLabel.has(reference.identifier)) unitOfLabel.set(reference.identifier, unit);
    });
  }
  for (const node of nodes) {
    if (node.type !== 'footnoteDefinition') continue;
    const unit = unitOfLabel.get(node.identifier);
    if (unit) unitOf.set(node, unit);
    else unitOf.delete(node);
  }
}
