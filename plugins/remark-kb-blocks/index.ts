import fs from 'node:fs';
import type {Root, RootContent} from 'mdast';
import type {SimilarPrecedent} from '../kb-search/similarPrecedents';
import {visit} from 'unist-util-visit';
import type {VFile} from 'vfile';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {pageOf} from '../kb-content/pageKind';
import {componentData} from '../kb-content/payload';
import {precedentUrl} from '../kb-content/urls';
import {pageHeader} from './pageHeader';

export interface RemarkKbBlocksOptions {
  contentDir: string;
  /** JSON written by the search plugin: each precedent's nearest neighbours by embedding. */
  similarPrecedentsFile?: string;
}

/**
 * The knowledge base's own blocks: the chapter `:::summary`, `:precedent[…]{#id}` citations,
 * and the structured header each record page opens with (built from the validated record).
 */
export default function remarkKbBlocks(options: RemarkKbBlocksOptions) {
  return (tree: Root, file: VFile): void => {
    const {kb, registry} = loadKnowledgeBase(options.contentDir);
    const precedents = new Map(kb.precedents.map((p) => [p.id, p]));
    visit(tree, (node) => {
      if (node.type === 'containerDirective' && node.name === 'summary') {
        node.data = {hName: 'aside', hProperties: {className: ['kb-summary'], 'aria-label': 'Chapter summary'}};
      }
      if (node.type === 'containerDirective' && node.name === 'scenario') {
        node.data = componentData('kbscenario', {title: node.attributes?.title ?? ''});
      }
      if (node.type === 'containerDirective' && node.name === 'facilitator') {
        node.data = {hName: 'aside', hProperties: {className: ['kb-facilitator'], 'aria-label': "Facilitator's note"}};
      }
      if (node.type === 'textDirective' && node.name === 'precedent') {
        const precedent = precedents.get(node.attributes?.id ?? '');
        if (!precedent) return;
        node.data = {hName: 'a', hProperties: {href: precedentUrl(precedent.id), className: ['kb-precedent-link'], title: `${precedent.title} (${precedent.date})`}};
        if (node.children.length === 0) node.children = [{type: 'text', value: precedent.title}];
      }
    });
    const header = pageHeader(kb, pageOf(options.contentDir, file.path), readSimilar(options.similarPrecedentsFile), registry);
    if (header) {
      tree.children.unshift(header.top as unknown as RootContent);
      for (const block of [header.bottom ?? []].flat()) tree.children.push(block as unknown as RootContent);
    }
  };
}

function readSimilar(file: string | undefined): Record<string, SimilarPrecedent[]> {
  if (!file || !fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SimilarPrecedent[]>;
}
