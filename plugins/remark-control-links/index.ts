import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {controlUrls} from '../kb-content/urls';
import {linkControlMentions} from './linkControlMentions';

export interface RemarkControlLinksOptions {
  /** Absolute path of `content/`. */
  contentDir: string;
}

/**
 * Links every control-list mention on a page to its entry. Warnings for unknown mentions are
 * printed once by the content pass, not here, so each appears once per build.
 */
export default function remarkControlLinks(options: RemarkControlLinksOptions) {
  return (tree: Root, _file: VFile): void => {
    const {registry} = loadKnowledgeBase(options.contentDir);
    linkControlMentions(tree, {registry, ...controlUrls});
  };
}
