import fs from 'node:fs';

/**
 * Real English words for the synthetic corpus, most frequent first: the model's WordPiece
 * vocabulary (GloVe frequency order) without the special tokens, "##" continuation pieces,
 * numbers and punctuation.
 */
export function loadVocabulary(tokenizerJsonPath: string): string[] {
  const tokenizer = JSON.parse(fs.readFileSync(tokenizerJsonPath, 'utf8')) as {model: {vocab: Record<string, number>}};
  return Object.entries(tokenizer.model.vocab)
    .sort(([, a], [, b]) => a - b)
    .map(([word]) => word)
    .filter((word) => word !== '[PAD]' && word !== '[UNK]' && /^\p{L}+$/u.test(word));
}
