import path from 'node:path';
import type {PhrasingContent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {changesUrl} from '../kb-content/changes';
import {loadKnowledgeBase} from '../kb-content/loadKnowledgeBase';
import {editionOfFile} from '../kb-content/snapshots';
import {formatPartialDate} from '../../src/shared/dates';

export interface RemarkEditionBannerOptions {
  contentDir: string;
}

/**
 * Opens every page of a frozen edition with a note saying which edition it is and linking
 * to the current text, so nobody mistakes an old wording for the current one.
 */
export default function remarkEditionBanner(options: RemarkEditionBannerOptions) {
  return (tree: Root, file: VFile): void => {
    const editionId = editionOfFile(options.contentDir, file.path);
    if (!editionId) return;
    const {kb} = loadKnowledgeBase(options.contentDir);
    const edition = kb.editions.find((e) => e.id === editionId);
    const current = kb.editions.at(-1);
    if (!edition || !current) return;
    const chapterId = path.basename(file.path).replace(/\.mdx?$/, '').replace(/^\d+-/, '');
    const chapter = kb.chapters.find((c) => c.id === chapterId);
    const text = (value: string): PhrasingContent => ({type: 'text', value});
    const link = (url: string, label: string): PhrasingContent => ({type: 'link', url, children: [text(label)]});
    const isCurrent = edition.id === current.id;
    const children: PhrasingContent[] = [
      {type: 'strong', children: [text(`Edition ${edition.id}`)]},
      text(
        isCurrent
          ? ` (${formatPartialDate(edition.date)}), the current edition, frozen for citation. `
          : ` (${formatPartialDate(edition.date)}): an earlier edition, kept unchanged for citation. The current edition is ${current.id}. `,
      ),
      link(chapter?.url ?? kb.chapters[0]?.url ?? changesUrl(current.id), chapter ? 'Read the current text of this chapter' : 'Read the current guide'),
      text(' · '),
      link(changesUrl(isCurrent ? edition.id : current.id), isCurrent ? 'What this edition changed' : 'What has changed since'),
    ];
    const banner = {
      type: 'paragraph',
      children,
      data: {hName: 'div', hProperties: {className: ['kb-edition-banner', isCurrent ? 'kb-edition-banner--current' : 'kb-edition-banner--old'], role: 'note', 'data-edition': edition.id}},
    } as RootContent;
    tree.children.unshift(banner);
  };
}
