/** The configuration of the model shipped in models/ccic-glove-100d. */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from './buildStaticModel';
import { parseWordList } from './vocabulary';

export const DEFAULT_MODEL_NAME = 'ccic-glove-100d';
/** Repository root (scripts/model/ -> ../../). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL(`../../models/${DEFAULT_MODEL_NAME}/`, import.meta.url));
export const DOMAIN_WORDS_FILE = fileURLToPath(new URL('./domain-words.txt', import.meta.url));
/**
 * N: the largest round number whose model directory stays within 8 MB
 * (about 104 bytes a row for int8 + scale, plus its tokenizer.json entry).
 */
export const DEFAULT_FREQUENT_WORDS = 20_000;

export async function defaultBuildOptions(): Promise<BuildOptions> {
  return {
    name: DEFAULT_MODEL_NAME,
    frequentWords: DEFAULT_FREQUENT_WORDS,
    domainWords: parseWordList(await readFile(DOMAIN_WORDS_FILE, 'utf8')),
    includeFloat: 'auto',
    rebuildCommand: 'npm run build:model',
  };
}
