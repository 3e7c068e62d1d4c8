import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {componentData} from '../kb-content/payload';
import {ROUTES} from '../kb-content/urls';
import {recommendationPayload} from './recommendationPayload';

export interface RemarkRecommendationsOptions {
  contentDir: string;
}

/**
 * Renders each `:::recommendation` block as a card: permalink anchor, tags linking to the
 * filtered index, a copyable citation. Validation happened in the content pass; here the
 * block's record is looked up by ID so the card shows exactly what the data files say.
 */
export default function remarkRecommendations(options: RemarkRecommendationsOptions) {
  return (tree: Root): void => {
    const {kb} = loadKnowledgeBase(options.contentDir);
    const byId = new Map(kb.recommendations.map((r) => [r.id, r]));
    visit(tree, 'containerDirective', (node) => {
      if (node.name !== 'recommendation') return;
      const recommendation = byId.get(node.attributes?.id ?? '');
      if (!recommendation) return;
      node.data = componentData('kbrecommendation', recommendationPayload(recommendation, kb, ROUTES.recommendations));
    });
  };
}
