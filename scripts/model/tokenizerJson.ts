/**
 * tokenizer.json / tokenizer_config.json for @xenova/transformers 2.17 (and HF
 * tokenizers). A WordPiece model with no "##" continuation pieces behaves as a
 * whole-word lookup: a word is either in the vocabulary or becomes [UNK] (a zero
 * row), never a misleading prefix. No post-processor, so no [CLS]/[SEP] tokens are
 * added and mean pooling sees only the text's own words.
 */
import { PAD_TOKEN, UNK_TOKEN } from './vocabulary';
import { compoundPattern, joinCompound } from './textRules';

/** No position embeddings, so length is only bounded by memory; the site's chunks are far shorter. */
export const MODEL_MAX_LENGTH = 8192;

export function buildTokenizerJson(tokens: readonly string[], compounds: readonly string[]): unknown {
  if (tokens[0] !== PAD_TOKEN || tokens[1] !== UNK_TOKEN) throw new Error('ids 0 and 1 must be [PAD] and [UNK]');
  const vocab: Record<string, number> = {};
  tokens.forEach((t, i) => { vocab[t] = i; });
  const special = (id: number, content: string) => ({
    id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true,
  });
  const bert = { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: false, strip_accents: true, lowercase: true };
  const rewrites = compounds.map((c) => ({ type: 'Replace', pattern: { Regex: compoundPattern(c) }, content: joinCompound(c) }));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(0, PAD_TOKEN), special(1, UNK_TOKEN)],
    normalizer: rewrites.length ? { type: 'Sequence', normalizers: [bert, ...rewrites] } : bert,
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: UNK_TOKEN,
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

export function buildTokenizerConfig(): unknown {
  return {
    tokenizer_class: 'PreTrainedTokenizerFast',
    do_lower_case: true,
    model_max_length: MODEL_MAX_LENGTH,
    pad_token: PAD_TOKEN,
    unk_token: UNK_TOKEN,
    clean_up_tokenization_spaces: true,
  };
}
