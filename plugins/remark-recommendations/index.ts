import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from 'unist-util-visit';
import {isHistoryDirective} from '../kb-content/editions';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {componentData} from '../kb-content/payload';
import {editionOfFile} from '../kb-content/snapshots';
import {ROUTES} from '../kb-content/urls';
import type {Recommendation} from '../kb-content/types';
import {recommendationPayload} from './recommendationPayload';

export interface RemarkRecommendationsOptions {
  contentDir: string;
}

/**
 * Renders each `:::recommendation` block as a card: permalink anchor, tags linking to the
 * filtered index, history, a copyable citation. Validation happened in the content pass; here
 * the block's record is looked up by ID so the card shows exactly what the data files say. In
 * a frozen edition's chapter the record is the one that edition published.
 */
export default function remarkRecommendations(options: RemarkRecommendationsOptions) {
  return (tree: Root, file: VFile): void => {
    const {kb, snapshots} = loadKnowledgeBase(options.contentDir);
    const edition = editionOfFile(options.contentDir, file.path);
    const current = new Map(kb.recommendations.map((r) => [r.id, r]));
    const byId = edition ? frozenRecommendations(snapshots.get(edition)?.recommendations ?? [], current, kb.editions.map((e) => e.id), edition) : current;
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'recommendation') return;
      // History lines are shown in the card's History block, not in its body.
      node.children = node.children.filter((child) => !isHistoryDirective(child));
      const recommendation = byId.get(node.attributes?.id ?? '');
      if (!recommendation) return;
      node.data = componentData('kbrecommendation', recommendationPayload(recommendation, kb, ROUTES.recommendations, edition));
    });
  };
}

/** Recommendations as an edition published them, with their history up to that edition. */
function frozenRecommendations(
  frozen: Omit<Recommendation, 'origin' | 'history' | 'lastChanged'>[],
  current: Map<string, Recommendation>,
  editionIds: string[],
  edition: string,
): Map<string, Recommendation> {
  const upTo = editionIds.indexOf(edition);
  return new Map(
    frozen.map((r) => {
      const history = (current.get(r.id)?.history ?? []).filter((entry) => editionIds.indexOf(entry.edition) <= upTo);
      return [r.id, {...r, history, lastChanged: history.at(-1)?.edition ?? edition, origin: {file: '', line: 0}}];
    }),
  );
}
