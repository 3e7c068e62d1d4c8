import type {Root, RootContent} from 'mdast';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {pageOf} from '../kb-content/pageKind';
import {componentData} from '../kb-content/payload';
import {precedentUrl} from '../kb-content/urls';
import {pageHeader} from './pageHeader';

export interface RemarkKbBlocksOptions {
  contentDir: string;
}

/**
 * The knowledge base's own blocks: the chapter `:::summary`, `:precedent[…]{#id}` citations,
 * and the structured header each record page opens with (built from the validated record).
 */
export default function remarkKbBlocks(options: RemarkKbBlocksOptions) {
  return (tree: Root, file: VFile): void => {
    const {kb} = loadKnowledgeBase(options.contentDir);
    const precedents = new Map(kb.precedents.map((p) => [p.id, p]));
    visit(tree, (node) => {
      if (node.type === 'containerDirective' && node.name === 'summary') {
        node.data = {hName: 'aside', hProperties: {className: ['kb-summary'], 'aria-label': 'Chapter summary'}};
      }
      if (node.type === 'textDirective' && node.name === 'precedent') {
        const precedent = precedents.get(node.attributes?.id ?? '');
        if (!precedent) return;
        node.data = {hName: 'a', hProperties: {href: precedentUrl(precedent.id), className: ['kb-precedent-link'], title: `${precedent.title} (${precedent.date})`}};
        if (node.children.length === 0) node.children = [{type: 'text', value: precedent.title}];
      }
    });
    const header = pageHeader(kb, pageOf(options.contentDir, file.path));
    if (header) {
      tree.children.unshift(header.top as RootContent);
      if (header.bottom) tree.children.push(header.bottom as RootContent);
    }
  };
}

export {componentData};
