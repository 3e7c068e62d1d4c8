import type {Root, RootContent} from 'mdast';
import type {ControlRegistry} from '../../src/shared/controlRegistry';
import {linkControlMentions} from '../remark-control-links/linkControlMentions';
import {controlUrls} from './urls';
import type {Citation, ContentWarning} from './types';

/**
 * Runs the linker over one page and records, per entry, which unit of the page cites it.
 * `unitOf` maps each top-level node to its unit (a section, a recommendation); pages that are
 * one unit (a precedent, a term) pass a single citation.
 */
export function collectCitations(
  tree: Root,
  file: string,
  registry: ControlRegistry,
  unitOf: (node: RootContent) => Citation | undefined,
  citedBy: Map<string, Citation[]>,
  warnings: ContentWarning[],
): void {
  // Link a copy (the parse stays pristine for other emitters) and map its top-level nodes back.
  const copy = structuredClone(tree);
  linkControlMentions(copy, {
    registry,
    ...controlUrls,
    onLinked: ({mention, ancestors}) => {
      if (mention.resolution.kind !== 'entry') return;
      const unit = unitOf(tree.children[copy.children.indexOf(ancestors[1] as RootContent)]);
      if (unit) addCitation(citedBy, mention.resolution.slug, unit);
    },
    onUnknown: ({mention, line}) => {
      warnings.push({
        file,
        line,
        message: `"${mention.text}" looks like a control-list entry but matches none; nearest known: ${registry.nearest(mention.text).join(', ')}`,
      });
    },
  });
}

export function addCitation(citedBy: Map<string, Citation[]>, slug: string, unit: Citation): void {
  const list = citedBy.get(slug) ?? [];
  if (!list.some((existing) => existing.kind === unit.kind && existing.id === unit.id)) list.push(unit);
  citedBy.set(slug, list);
}
