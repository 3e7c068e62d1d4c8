/**
 * After following a search result, marks the matched words on the target page and scrolls to
 * the anchor. Works on text nodes with <mark> elements: nothing from the URL becomes HTML.
 *
 * React owns the text nodes of the page: clearing puts back the very nodes that were split,
 * never `normalize()`, which would merge React's adjacent text nodes ("{n} of {total}") into
 * one that React no longer updates correctly after client-side navigation.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {escapeRegExp, safeDecodeURIComponent} from '../shared/text';
import {HIGHLIGHT_PARAM} from './resultUrl';

const MAX_MARKS = 200;

/** Each text node we split, with the nodes that replaced it. */
let applied: {original: Text; parts: Node[]}[] = [];

function clearMarks(): void {
  for (const {original, parts} of applied) {
    // Parts that a re-render has already removed leave nothing to restore.
    if (!parts.every((part) => part.isConnected)) continue;
    parts[0].parentNode!.insertBefore(original, parts[0]);
    for (const part of parts) part.parentNode!.removeChild(part);
  }
  applied = [];
}


export function highlightWords(root: Element, words: string[]): number {
  clearMarks();
  const escaped = words.filter((w) => w.length >= 2).map(escapeRegExp);
  if (escaped.length === 0) return 0;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('script, style, code, pre, .kb-term__tip, nav') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const targets: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) targets.push(node as Text);
  let count = 0;
  for (const node of targets) {
    const text = node.data;
    pattern.lastIndex = 0;
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = document.createDocumentFragment();
    let cursor = 0;
    for (const match of matches) {
      if (count >= MAX_MARKS) break;
      // Extend to the end of the word: the query words are stems ("licens" → "licensing").
      const end = match.index! + match[0].length + (/^[\p{L}\p{N}]*/u.exec(text.slice(match.index! + match[0].length))?.[0].length ?? 0);
      fragment.append(text.slice(cursor, match.index));
      const mark = document.createElement('mark');
      mark.className = 'kb-landing-mark';
      mark.textContent = text.slice(match.index, end);
      fragment.append(mark);
      cursor = end;
      count += 1;
    }
    fragment.append(text.slice(cursor));
    applied.push({original: node, parts: Array.from(fragment.childNodes)});
    node.replaceWith(fragment);
  }
  return count;
}

export function onRouteDidUpdate({location}: {location: Location}): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  // URLSearchParams decodes leniently; it never throws on a stray `%`.
  const words = (new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0 && applied.length === 0) return;
  // Wait a frame so the new page's content is in the DOM.
  window.requestAnimationFrame(() => {
    const root = document.querySelector('article') ?? document.querySelector('main');
    if (!root) return;
    highlightWords(root, words);
    const id = location.hash ? safeDecodeURIComponent(location.hash.slice(1)) : undefined;
    if (id) document.getElementById(id)?.scrollIntoView({block: 'start'});
  });
}
