/**
 * How much of the site's own text the fixed vocabulary covers. Read-only: it
 * reports on content and never feeds back into the model.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { wordTokens } from './textRules';

export interface Coverage {
  files: number;
  /** Word tokens (punctuation excluded) and how many are in the vocabulary. */
  tokens: number;
  coveredTokens: number;
  types: number;
  coveredTypes: number;
  /** Most frequent unknown words, for curating domain-words.txt. */
  topMissing: Array<[string, number]>;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

export async function markdownFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export function measureCoverage(texts: readonly string[], vocab: ReadonlySet<string>, compounds: readonly string[], topN = 20): Coverage {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const token of wordTokens(text, compounds)) {
      if (WORDLIKE.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
    }
  }
  let tokens = 0, coveredTokens = 0, coveredTypes = 0;
  const missing: Array<[string, number]> = [];
  for (const [type, n] of counts) {
    tokens += n;
    if (vocab.has(type)) { coveredTokens += n; coveredTypes++; } else missing.push([type, n]);
  }
  missing.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { files: texts.length, tokens, coveredTokens, types: counts.size, coveredTypes, topMissing: missing.slice(0, topN) };
}

export async function contentCoverage(contentDir: string, vocab: ReadonlySet<string>, compounds: readonly string[]): Promise<Coverage> {
  const files = await markdownFiles(contentDir);
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
  return measureCoverage(texts, vocab, compounds);
}
