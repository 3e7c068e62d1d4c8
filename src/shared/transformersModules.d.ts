// transformers.js's tokenizer and env modules, imported on their own by the static-model path
// (staticEmbedder.ts) so the browser bundle leaves its model runtime out. Same API as the package entry.
declare module '@xenova/transformers/src/tokenizers.js' {
  export {AutoTokenizer} from '@xenova/transformers';
}
declare module '@xenova/transformers/src/env.js' {
  export {env} from '@xenova/transformers';
}
