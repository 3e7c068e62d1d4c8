import type {SearchResult} from '../shared/search/types';

export const HIGHLIGHT_PARAM = 'highlight';

/** The result's URL, carrying the matched words so the target page can highlight them. */
export function resultUrl(result: SearchResult): string {
  const words = [...new Set(result.snippet.filter((p) => p.highlight).map((p) => p.text.toLowerCase()))].slice(0, 8);
  const [path, hash] = result.chunk.url.split('#');
  const query = words.length ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(words.join(' '))}` : '';
  return `${path}${query}${hash ? `#${hash}` : ''}`;
}
