import type {MarkdownConfig} from '@docusaurus/types';
import {ContentError} from './errors';

type OnBrokenMarkdownLinks = Extract<MarkdownConfig['hooks']['onBrokenMarkdownLinks'], (...args: never[]) => unknown>;

/**
 * A Markdown link to a file that does not exist fails the build with the file and line of the
 * link (Docusaurus's own message names only the file).
 */
export const reportBrokenMarkdownLink: OnBrokenMarkdownLinks = ({sourceFilePath, url, node}) => {
  throw new ContentError(sourceFilePath, node.position?.start.line ?? 1, `link to "${url}" points to no file`, 'link to an existing .md file (path relative to this one) or to a site URL such as /guide/introduction');
};

/**
 * Docusaurus reports a broken link by page route only ("Broken link on source page path =
 * /guide/x: -> linking to /y"). Adds, for each, the content file and line that hold the link,
 * when the page comes from a content file that contains the target as written.
 */
export function locateBrokenLinks(message: string, fileOfRoute: (route: string) => {file: string; text: string} | undefined): string[] {
  const located: string[] = [];
  for (const [, route, targets] of message.matchAll(/Broken (?:link|anchor) on source page path = (\S+?):\n((?:\s+-> linking to .+\n?)+)/g)) {
    const source = fileOfRoute(route);
    if (!source) continue;
    for (const [, target] of targets.matchAll(/-> linking to (\S+)/g)) {
      const lines = source.text.split('\n');
      const index = lines.findIndex((line) => line.includes(`(${target}`) || line.includes(`(${target.replace(/^\/[^#]*/, '')}`));
      if (index >= 0) located.push(`${source.file}:${index + 1}: broken link to ${target}\n  Fix: point it at an existing page or heading (anchors are the heading text in lower case, words joined by -)`);
    }
  }
  return located;
}
