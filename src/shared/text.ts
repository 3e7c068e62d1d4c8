/** Small text helpers shared by the build and the browser. */

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORDS_PER_MINUTE = 200;

/** Minutes to read a number of words, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** `decodeURIComponent` that returns undefined for a malformed escape (`%E0%A4%A`, a lone `%`) instead of throwing. */
export function safeDecodeURIComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
