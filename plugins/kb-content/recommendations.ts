import type {ContainerDirective} from 'mdast-util-directive';
import {visit} from 'unist-util-visit';
import type {ControlRegistry} from '../../src/shared/controlRegistry';
import {parseRecommendationId, recommendationAnchor} from '../../src/shared/recommendationId';
import {ContentError} from './errors';
import {nodeText} from './records';
import {isHistoryDirective, recommendationHistory} from './editions';
import {resolveControlTags, splitControlAttribute} from './controlTags';
import {TAG_FACETS, type Recommendation, type Taxonomy} from './types';

export interface ChapterContext {
  file: string;
  chapter: number;
  chapterId: string;
  chapterTitle: string;
  url: string;
  taxonomy: Taxonomy;
  registry: ControlRegistry;
}

const KNOWN_ATTRIBUTES = new Set(['id', 'title', 'status', 'successor', 'controls', ...TAG_FACETS]);

function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/** Precedent IDs cited with `:precedent[…]{#id}` anywhere under a node. */
export function citedPrecedents(node: Parameters<typeof visit>[0]): {id: string; line: number}[] {
  const cited: {id: string; line: number}[] = [];
  visit(node, (child) => {
    if (child.type === 'textDirective' && (child as unknown as {name: string}).name === 'precedent') {
      const attributes = (child as {attributes?: Record<string, string | null | undefined>}).attributes ?? {};
      cited.push({id: attributes.id ?? '', line: child.position?.start.line ?? 0});
    }
  });
  return cited;
}

/**
 * Validates one `:::recommendation{…}` block and returns its record. Every failure names the
 * file and line and says what to write instead.
 */
export function parseRecommendation(node: ContainerDirective, context: ChapterContext): Recommendation {
  const line = node.position?.start.line ?? 1;
  const fail = (problem: string, fix: string): never => {
    throw new ContentError(context.file, line, problem, fix);
  };
  const attributes = node.attributes ?? {};
  const rawId = attributes.id ?? '';
  if (!rawId) fail('recommendation has no `id`', `add \`id="R${context.chapter}.<n>"\` to the directive`);
  const parsedId = parseRecommendationId(rawId);
  const id = parsedId ?? fail(`recommendation ID "${rawId}" is not of the form R<chapter>.<n>`, `write it as \`id="R${context.chapter}.1"\``);
  if (id.chapter !== context.chapter) {
    fail(`recommendation ${rawId} is in chapter ${context.chapter}`, `use an ID that starts with R${context.chapter}. (IDs never move between chapters: withdraw this one and add a new one)`);
  }
  for (const name of Object.keys(attributes)) {
    if (!KNOWN_ATTRIBUTES.has(name)) fail(`unknown attribute \`${name}\` on ${rawId}`, `use only: ${[...KNOWN_ATTRIBUTES].join(', ')}`);
  }
  const title = (attributes.title ?? '').trim();
  if (!title) fail(`recommendation ${rawId} has no title`, 'add `title="…"`: one line saying what to do');
  const status = (attributes.status ?? 'active') as Recommendation['status'];
  if (status !== 'active' && status !== 'withdrawn') fail(`unknown status "${status}" on ${rawId}`, 'use status="withdrawn" or leave it out');
  const bodyText = node.children.filter((child) => !isHistoryDirective(child)).map((child) => nodeText(child)).join('\n\n').trim();
  if (!bodyText) fail(`recommendation ${rawId} has no body`, status === 'withdrawn' ? 'say in one sentence why it was withdrawn' : 'write the recommendation text between the opening and closing `:::`');
  const successor = attributes.successor?.trim() || undefined;
  if (successor && !parseRecommendationId(successor)) fail(`successor "${successor}" of ${rawId} is not a recommendation ID`, 'write it as `successor="R5.6"`');

  const tags = {} as Record<(typeof TAG_FACETS)[number], string[]>;
  for (const facet of TAG_FACETS) {
    const values = splitList(attributes[facet]);
    for (const value of values) {
      if (!(value in context.taxonomy[facet])) {
        fail(`unknown ${facet} tag "${value}" on ${rawId}`, `use one of: ${Object.keys(context.taxonomy[facet]).join(', ')} (or add it to content/taxonomy.yml)`);
      }
    }
    if (status === 'active' && values.length === 0) fail(`recommendation ${rawId} has no ${facet} tag`, `add \`${facet}="…"\` with values from content/taxonomy.yml`);
    tags[facet] = values;
  }
  const controlTokens = splitControlAttribute(attributes.controls ?? '', context.registry);
  const controls = resolveControlTags(controlTokens, context.registry, (_token, problem, fix) => fail(`${problem} in the controls of ${rawId}`, fix));

  return {
    id: rawId,
    anchor: recommendationAnchor(id),
    chapter: context.chapter,
    chapterId: context.chapterId,
    chapterTitle: context.chapterTitle,
    title,
    status,
    successor,
    audience: tags.audience,
    theme: tags.theme,
    pillar: tags.pillar,
    controls,
    precedents: [...new Set(citedPrecedents(node).map((citation) => citation.id))],
    text: bodyText,
    url: `${context.url}#${recommendationAnchor(id)}`,
    origin: {file: context.file, line},
    history: recommendationHistory(node, context.file),
    lastChanged: '',
  };
}
