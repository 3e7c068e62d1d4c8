import type {ContainerDirective} from 'mdast-util-directive';
import {toString} from 'mdast-util-to-string';
import type {MarkdownFile} from './markdown';

/** A fictional worked scenario, as text, so a trainer can load it into an assessment worksheet. */
export interface TrainingScenario {
  chapterId: string;
  title: string;
  /** Paragraphs of plain text, the fiction notice first. */
  paragraphs: string[];
  url: string;
}

/**
 * The `:::scenario` blocks of one training file. The training parser has already checked that
 * each opens with the fiction marker, so only files it accepted are read here.
 */
export function trainingScenarios(md: MarkdownFile, chapterId: string, url: string): TrainingScenario[] {
  return md.tree.children
    .filter((node): node is ContainerDirective => node.type === 'containerDirective' && (node as ContainerDirective).name === 'scenario')
    .map((block) => ({
      chapterId,
      title: block.attributes?.title?.trim() ?? '',
      paragraphs: block.children.map((child) => toString(child).replace(/\s+/g, ' ').trim()).filter(Boolean),
      url,
    }));
}
