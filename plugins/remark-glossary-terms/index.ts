import type {PhrasingContent, Root} from 'mdast';
import type {VFile} from 'vfile';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {pageOf} from '../kb-content/pageKind';
import {componentData} from '../kb-content/payload';
import {markFirstMentions} from './markFirstMentions';

export interface RemarkGlossaryTermsOptions {
  contentDir: string;
}

/**
 * Marks the first mention of each glossary term on a page so its definition shows on hover
 * and keyboard focus, linking to the term's page.
 */
export default function remarkGlossaryTerms(options: RemarkGlossaryTermsOptions) {
  return (tree: Root, file: VFile): void => {
    const {kb} = loadKnowledgeBase(options.contentDir);
    const page = pageOf(options.contentDir, file.path);
    const terms = new Map(kb.glossary.map((term) => [term.slug, term]));
    const render = (slug: string, text: string): PhrasingContent => {
      const term = terms.get(slug)!;
      return {
        type: 'glossaryTerm',
        children: [{type: 'text', value: text}],
        data: componentData('kbterm', {slug, term: term.term, short: term.short, url: term.url}),
      } as unknown as PhrasingContent;
    };
    const skip = new Set(page.kind === 'glossary' ? [page.slug] : []);
    markFirstMentions(tree, kb.glossary.map((t) => ({slug: t.slug, spellings: [t.term, ...t.aliases]})), render, skip);
  };
}
