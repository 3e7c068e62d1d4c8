/**
 * A TypeScript mirror of the normalizer + pre-tokenizer written into tokenizer.json
 * (BertNormalizer with lowercase and accent stripping, then BertPreTokenizer), as
 * implemented by @xenova/transformers 2.17. The builder uses it to keep only words
 * the tokenizer can actually produce, and the CLI uses it to measure coverage.
 * A test checks that it agrees with the real tokenizer.
 */

/** Same character class as transformers.js PUNCTUATION_REGEX. */
export const PUNCTUATION = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const PRE_TOKEN = new RegExp(`[^\\s${PUNCTUATION}]+|[${PUNCTUATION}]`, 'gu');
const SINGLE_WORD = new RegExp(`^[^\\s${PUNCTUATION}]+$`, 'u');

/** Lowercase, then NFD and drop combining marks (BertNormalizer, lowercase=true). */
export function normalizeText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Split on whitespace; each punctuation character becomes its own token. */
export function preTokenize(text: string): string[] {
  return text.trim().match(PRE_TOKEN) ?? [];
}

/** True when the tokenizer can emit `word` as one whole token. */
export function isTokenizableWord(word: string): boolean {
  return word.length > 0 && normalizeText(word) === word && SINGLE_WORD.test(word);
}

/**
 * Hyphenated compounds ("dual-use") are split by the pre-tokenizer, so the
 * tokenizer rewrites them first into one joined token ("dualuse") that carries
 * the compound's own GloVe vector.
 */
export function joinCompound(compound: string): string {
  return compound.replace(/-/g, '');
}

export function isHyphenCompound(word: string): boolean {
  return /^[^\s-]+(?:-[^\s-]+)+$/u.test(word) && word.split('-').every(isTokenizableWord);
}

/** Regex (transformers.js 'gu' flags) matching a compound as a whole word. */
export function compoundPattern(compound: string): string {
  const escaped = compound.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`;
}

/** Apply the compound rewrites in the same order as the tokenizer.json normalizer sequence. */
export function rewriteCompounds(normalized: string, compounds: readonly string[]): string {
  let text = normalized;
  for (const compound of compounds) {
    text = text.replace(new RegExp(compoundPattern(compound), 'gu'), joinCompound(compound));
  }
  return text;
}

/** Full mirror: normalize, rewrite compounds, pre-tokenize. */
export function wordTokens(text: string, compounds: readonly string[]): string[] {
  return preTokenize(rewriteCompounds(normalizeText(text), compounds));
}
