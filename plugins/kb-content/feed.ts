import {Feed} from 'feed';
import type {EditionChanges} from './changes';

export const FEED_FILE = 'changes.atom';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An Atom feed with one entry per edition, listing what it added, amended and withdrew, so
 * readers can follow the guidance from an intranet feed reader.
 */
export function changesFeed(editions: EditionChanges[], siteUrl: string, siteTitle: string): string {
  const absolute = (url: string) => new URL(url, siteUrl).href;
  const newest = editions[0];
  const feed = new Feed({
    id: absolute('/changes'),
    title: `${siteTitle}: changes by edition`,
    link: absolute('/changes'),
    updated: newest ? new Date(`${newest.date}T00:00:00Z`) : undefined,
    copyright: siteTitle,
    generator: 'ccic-kb',
    feedLinks: {atom: absolute(`/${FEED_FILE}`)},
  });
  for (const edition of editions) {
    const lines = edition.changes.map((change) => {
      const successor = change.successor ? ` Replaced by <a href="${escape(absolute(change.successor.url))}">${escape(change.successor.title)}</a>.` : '';
      const diff = change.diffUrl ? ` <a href="${escape(absolute(change.diffUrl))}">What changed</a>.` : '';
      return `<li>${change.change[0].toUpperCase()}${change.change.slice(1)}: <a href="${escape(absolute(change.url))}">${escape(change.title)}</a> (${escape(change.kindName)}). ${escape(change.note)}${successor}${diff}</li>`;
    });
    const published = Object.values(edition.published).reduce((sum, n) => sum + (n ?? 0), 0);
    const content = `<p>${escape(edition.summary)}</p>${lines.length > 0 ? `<ul>${lines.join('')}</ul>` : `<p>First edition: ${published} items published.</p>`}`;
    feed.addItem({
      id: absolute(edition.url),
      title: `Edition ${edition.id}: ${edition.summary}`,
      link: absolute(edition.url),
      date: new Date(`${edition.date}T00:00:00Z`),
      description: edition.summary,
      content,
    });
  }
  return feed.atom1();
}
