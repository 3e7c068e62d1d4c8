import {compressToEncodedURIComponent} from 'lz-string';

/**
 * A version-1 assignment link whose JSON is exactly `json`, with a valid checksum (FNV-1a, as the
 * encoder writes it): what a hand-crafted link looks like.
 */
export function craftedLink(json: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i += 1) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193) >>> 0;
  return `1.${compressToEncodedURIComponent(json)}.${hash.toString(16).padStart(8, '0')}`;
}
