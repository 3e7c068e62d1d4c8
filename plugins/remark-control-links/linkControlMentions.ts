import type {Link, Parent, PhrasingContent, Root, Text} from 'mdast';
import {SKIP, visitParents} from 'unist-util-visit-parents';
import type {ControlRegistry, Mention} from '../../src/shared/controlRegistry';

export interface LinkedMention {
  mention: Mention;
  /** Line of the mention in the file. */
  line: number;
  /** The ancestors of the text node, root first: the caller decides which unit cites it. */
  ancestors: Parent[];
}

export interface LinkControlOptions {
  registry: ControlRegistry;
  /** Page URL of an entry. */
  entryUrl: (slug: string) => string;
  /** Register URL filtered to a family of entries (`4E001`). */
  familyUrl: (key: string) => string;
  onLinked?: (linked: LinkedMention) => void;
  onUnknown?: (linked: LinkedMention) => void;
}

/**
 * Node types whose text is never linked: code (it is literal), existing links (no nested
 * anchors), headings (titles of the section that mentions the entry; a link there would also
 * nest in the table of contents), and directives that render as links themselves.
 */
const NO_LINK_INSIDE = new Set([
  'link',
  'linkReference',
  'inlineCode',
  'code',
  'heading',
  'html',
  'definition',
  'textDirective',
  'mdxJsxTextElement',
  'mdxJsxFlowElement',
]);

function lineOf(node: Text, offset: number): number {
  const start = node.position?.start.line ?? 0;
  return start + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/**
 * Turns every mention of a control-list entry in the tree into a link to its page, in place.
 * The build's content pass runs this same function to collect "Cited by", so the links and
 * the backlinks can never disagree.
 */
export function linkControlMentions(tree: Root, options: LinkControlOptions): void {
  visitParents(tree, 'text', (node: Text, ancestors: Parent[]) => {
    if (ancestors.some((ancestor) => NO_LINK_INSIDE.has(ancestor.type))) return;
    const mentions = options.registry.findMentions(node.value);
    if (mentions.length === 0) return;
    const replacement: PhrasingContent[] = [];
    let cursor = 0;
    for (const mention of mentions) {
      const linked = {mention, line: lineOf(node, mention.index), ancestors};
      const {resolution} = mention;
      if (resolution.kind === 'unknown') {
        options.onUnknown?.(linked);
        continue;
      }
      if (mention.index > cursor) replacement.push({type: 'text', value: node.value.slice(cursor, mention.index)});
      const isEntry = resolution.kind === 'entry';
      const link: Link = {
        type: 'link',
        url: isEntry ? options.entryUrl(resolution.slug) : options.familyUrl(resolution.key),
        title: isEntry ? options.registry.titles.get(resolution.slug) ?? null : `Entries under ${resolution.key}`,
        children: [{type: 'text', value: mention.text}],
        data: {hProperties: {className: ['kb-control-link'], 'data-control': isEntry ? resolution.slug : resolution.key}},
      };
      replacement.push(link);
      cursor = mention.index + mention.text.length;
      options.onLinked?.(linked);
    }
    if (cursor === 0) return;
    if (cursor < node.value.length) replacement.push({type: 'text', value: node.value.slice(cursor)});
    const parent = ancestors[ancestors.length - 1];
    const index = parent.children.indexOf(node as never);
    parent.children.splice(index, 1, ...(replacement as never[]));
    return [SKIP, index + replacement.length];
  });
}
