/**
 * config.json. model_type "bert" only routes transformers.js to its plain
 * encoder-only path (BertModel -> session.run with the tokenizer's tensors);
 * the graph is not a transformer, which the `ccic_static_embedding` block states.
 */
export interface ConfigJsonInput {
  dim: number;
  vocabSize: number;
  sifA: number;
  commonComponentRemoved: boolean;
  frequentWords: number;
  domainWords: number;
  source: string;
}

export function buildConfigJson(c: ConfigJsonInput): unknown {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: c.dim,
    vocab_size: c.vocabSize,
    pad_token_id: 0,
    num_hidden_layers: 0,
    max_position_embeddings: 8192,
    ccic_static_embedding: {
      kind: 'sif-weighted static word vectors (mean pooling => SIF average)',
      source: c.source,
      sif_a: c.sifA,
      common_component_removed: c.commonComponentRemoved,
      frequent_words: c.frequentWords,
      domain_words_added: c.domainWords,
      quantization: 'per-row symmetric int8',
    },
  };
}
