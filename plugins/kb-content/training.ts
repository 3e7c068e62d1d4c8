import fs from 'node:fs';
import path from 'node:path';
import type {ContainerDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import {ContentError} from './errors';
import {readFrontMatter, type FrontMatter} from './frontmatter';
import type {MarkdownFile} from './markdown';
import type {Chapter, Taxonomy} from './types';

export interface TrainingChapter {
  chapterId: string;
  title: string;
  summary: string;
  minutes: number;
  objectives: string[];
  questions: string[];
  scenarios: string[];
  /** The scenarios' learner-facing text (facilitator's notes are separate blocks, left out), for search. */
  worked: {title: string; text: string; line: number}[];
  url: string;
  origin: {file: string; line: number};
}

export interface ReadingPath {
  id: string;
  title: string;
  audience: string;
  minutes: number;
  description: string;
  items: {ref: string; note: string}[];
  origin: {file: string; line: number};
}

/** Worked scenarios must say, first thing, that they are invented. */
export const FICTION_MARKER = '**Fictional scenario.**';

const countBetween = (fm: FrontMatter, field: string, min: number, max: number): string[] => {
  const values = fm.stringList(field, {required: true});
  if (values.length < min || values.length > max) fm.fail(field, `\`${field}\` has ${values.length} items`, `give ${min} to ${max}`);
  return values;
};

export function parseTrainingChapter(md: MarkdownFile, chapters: Chapter[], routeBase: string): TrainingChapter {
  const fm: FrontMatter = md.frontMatter;
  const chapterId = fm.string('chapter');
  const chapter = chapters.find((c) => c.id === chapterId);
  if (!chapter) fm.fail('chapter', `unknown chapter "${chapterId}"`, `use one of: ${chapters.map((c) => c.id).join(', ')}`);
  const expected = `${chapter.chapter}-${chapter.id}.md`;
  if (path.basename(md.file) !== expected) throw new ContentError(md.file, 1, `training file for chapter ${chapter.chapter} must be named ${expected}`, `rename the file to ${expected}`);
  const scenarios: string[] = [];
  const worked: TrainingChapter['worked'] = [];
  let facilitator = false;
  for (const node of md.tree.children) {
    if (node.type !== 'containerDirective') continue;
    const block = node as ContainerDirective;
    if (block.name === 'facilitator') facilitator = true;
    if (block.name !== 'scenario') continue;
    const title = block.attributes?.title?.trim();
    const line = block.position?.start.line ?? 1;
    if (!title) throw new ContentError(md.file, line, 'scenario has no title', 'write `:::scenario{title="…"}`');
    const opening = md.source.split('\n').slice(line, line + 3).join('\n').trim();
    if (!opening.startsWith(FICTION_MARKER)) {
      throw new ContentError(md.file, line, `scenario "${title}" does not open by saying it is fictional`, `start its first paragraph with ${FICTION_MARKER}`);
    }
    if (toString(block).split(/\s+/).length < 80) throw new ContentError(md.file, line, `scenario "${title}" is too short to work as an exercise`, 'describe the situation and give numbered tasks');
    scenarios.push(title);
    worked.push({title, text: block.children.map((child) => toString(child)).join('\n\n'), line});
  }
  if (scenarios.length === 0) throw new ContentError(md.file, 1, 'training material has no worked scenario', 'add a `:::scenario{title="…"}` block that opens with **Fictional scenario.**');
  if (!facilitator) throw new ContentError(md.file, 1, "training material has no facilitator's note", 'add a `:::facilitator` block');
  return {
    chapterId,
    title: fm.string('title'),
    summary: fm.string('summary'),
    minutes: fm.number('minutes', 'give the suggested session length in minutes, e.g. `minutes: 90`'),
    objectives: countBetween(fm, 'objectives', 3, 5),
    questions: countBetween(fm, 'questions', 3, 5),
    scenarios,
    worked,
    url: `${routeBase}/${chapterId}`,
    origin: {file: md.file, line: 1},
  };
}

export function parseReadingPath(file: string, taxonomy: Taxonomy, knownRefs: Set<string>): ReadingPath {
  const fm = readFrontMatter(file, fs.readFileSync(file, 'utf8'), 1);
  const audience = fm.string('audience');
  if (!(audience in taxonomy.audience)) fm.fail('audience', `unknown audience "${audience}"`, `use one of: ${Object.keys(taxonomy.audience).join(', ')}`);
  const items = fm.data.items;
  if (!Array.isArray(items) || items.length === 0) fm.fail('items', 'a reading path needs items', 'add `items:` with entries `- ref: "section:<chapter>#<anchor>"` and a `note`');
  return {
    id: path.basename(file, '.yml'),
    title: fm.string('title'),
    audience,
    minutes: fm.number('minutes', 'give the path length in minutes'),
    description: fm.string('description'),
    items: (items as {ref?: unknown; note?: unknown}[]).map((item, index) => {
      const ref = String(item?.ref ?? '');
      if (!knownRefs.has(ref)) fm.fail(['items', index, 'ref'], `unknown reference "${ref}"`, 'use a reference listed by the assignment builder (e.g. `recommendation:R5.3`, `section:<chapter>#<anchor>`, `chapter:<id>`)');
      return {ref, note: typeof item.note === 'string' ? item.note : ''};
    }),
    origin: {file, line: 1},
  };
}
