/**
 * After following a search result, marks the matched words on the target page and scrolls to
 * the anchor. Works on text nodes with <mark> elements: nothing from the URL becomes HTML.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {escapeRegExp} from '../shared/text';
import {HIGHLIGHT_PARAM} from './resultUrl';

const MAX_MARKS = 200;

function clearMarks(root: Element): void {
  root.querySelectorAll('mark.kb-landing-mark').forEach((mark) => {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  });
  root.normalize();
}

export function highlightWords(root: Element, words: string[]): number {
  clearMarks(root);
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
    node.replaceWith(fragment);
  }
  return count;
}

export function onRouteDidUpdate({location}: {location: Location}): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  const words = (new URLSearchParams(location.search).get(HIGHLIGHT_PARAM) ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
  // Wait a frame so the new page's content is in the DOM.
  window.requestAnimationFrame(() => {
    const root = document.querySelector('article') ?? document.querySelector('main');
    if (!root) return;
    highlightWords(root, words);
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView({block: 'start'});
  });
}
