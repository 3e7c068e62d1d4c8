import type {Parent, PhrasingContent, Root, Text} from 'mdast';
import {SKIP, visitParents} from 'unist-util-visit-parents';
import {escapeRegExp} from '../../src/shared/text';

export interface TermSpelling {
  slug: string;
  spellings: string[];
}

/** Text inside these is never marked: code, links (no nested anchors), headings, directives. */
const NO_MARK_INSIDE = new Set(['link', 'linkReference', 'inlineCode', 'code', 'heading', 'html', 'definition', 'textDirective', 'glossaryTerm']);

/**
 * Wraps the first mention of each term on a page, in reading order, in a `glossaryTerm` node
 * (the caller decides how it renders). Longer spellings win, so "cyber-surveillance item" is
 * not read as "surveillance". `skip` names terms not to mark (the term's own page).
 */
export function markFirstMentions(tree: Root, terms: TermSpelling[], render: (slug: string, text: string) => PhrasingContent, skip: Set<string> = new Set()): string[] {
  const slugOf = new Map<string, string>();
  for (const term of terms) {
    if (skip.has(term.slug)) continue;
    for (const spelling of term.spellings) slugOf.set(spelling.toLowerCase(), term.slug);
  }
  if (slugOf.size === 0) return [];
  const alternatives = [...slugOf.keys()].sort((a, b) => b.length - a.length).map((s) => escapeRegExp(s).replace(/\s+/g, '\\s+'));
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${alternatives.join('|')})(?![\p{L}\p{N}-])`, 'giu');
  const marked = new Set<string>();
  visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
    if (ancestors.some((a) => NO_MARK_INSIDE.has(a.type))) return;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(node.value); m; m = pattern.exec(node.value)) {
      const slug = slugOf.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!slug || marked.has(slug)) continue;
      marked.add(slug);
      const parent = ancestors[ancestors.length - 1];
      const index = parent.children.indexOf(node as never);
      const pieces: PhrasingContent[] = [];
      if (m.index > 0) pieces.push({type: 'text', value: node.value.slice(0, m.index)});
      pieces.push(render(slug, m[0]));
      const rest = node.value.slice(m.index + m[0].length);
      if (rest) pieces.push({type: 'text', value: rest});
      parent.children.splice(index, 1, ...(pieces as never[]));
      // Continue in the remainder, which is now its own text node.
      return [SKIP, index + (m.index > 0 ? 2 : 1)];
    }
    return undefined;
  });
  return [...marked];
}
