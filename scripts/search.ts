/**
 * Searches the built site's index from the command line, with exactly the ranking and model
 * the browser uses.
 *
 *   npm run search -- "spyware sold to a police force abroad" [--json] [--limit N] [--type T]
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {search, type SearchMode} from '../src/shared/search/ranking';
import {CHUNK_TYPES, type ChunkType, type SearchResult} from '../src/shared/search/types';
import {MissingIndexError, openBuiltIndex, quietly} from './search/openBuiltIndex';

const USAGE = `Usage: npm run search -- "<query>" [--json] [--limit N] [--type ${CHUNK_TYPES.join('|')}] [--mode hybrid|lexical|vector] [--edition 2026.1] [--site-dir build]`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: {type: 'boolean', default: false},
        limit: {type: 'string', default: '10'},
        type: {type: 'string', multiple: true},
        mode: {type: 'string', default: 'hybrid'},
        edition: {type: 'string'},
        'site-dir': {type: 'string', default: 'build'},
        help: {type: 'boolean', short: 'h', default: false},
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const {values, positionals} = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const query = positionals.join(' ');
  if (!query.trim()) fail(`Give a query.\n${USAGE}`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number of at least 1, not "${values.limit}"`);
  const types = (values.type ?? []).flatMap((t) => t.split(',')) as ChunkType[];
  const unknownType = types.find((t) => !CHUNK_TYPES.includes(t));
  if (unknownType) fail(`Unknown --type "${unknownType}"; use one of: ${CHUNK_TYPES.join(', ')}`);
  const mode = values.mode as SearchMode;
  if (!['hybrid', 'lexical', 'vector'].includes(mode)) fail(`Unknown --mode "${values.mode}"; use hybrid, lexical or vector`);

  let opened;
  try {
    opened = await openBuiltIndex(path.resolve(values['site-dir']));
  } catch (error) {
    if (error instanceof MissingIndexError) fail(error.message);
    throw error;
  }
  const [queryVector] = mode === 'lexical' ? [undefined] : await quietly(() => opened.embedder.embed([query]));
  const results = search(opened.index, query, {queryVector, limit, mode, filters: types.length || values.edition ? {...(types.length ? {types} : {}), ...(values.edition ? {edition: values.edition} : {})} : undefined});
  process.stdout.write(values.json ? `${JSON.stringify(results.map(toJson), null, 2)}\n` : formatResults(query, results));
}

function snippetText(result: SearchResult, mark: (text: string) => string): string {
  return result.snippet.map((piece) => (piece.highlight ? mark(piece.text) : piece.text)).join('');
}

function toJson(result: SearchResult) {
  return {rank: result.rank, id: result.chunk.id, type: result.chunk.type, title: result.chunk.title, url: result.chunk.url, score: Number(result.score.toFixed(6)), snippet: snippetText(result, (t) => t)};
}

function formatResults(query: string, results: SearchResult[]): string {
  if (results.length === 0) return `No results for "${query}".\n`;
  const bold = process.stdout.isTTY ? (t: string) => `\x1b[1m${t}\x1b[0m` : (t: string) => `*${t}*`;
  return results
    .map((r) => `${String(r.rank).padStart(2)}. [${r.chunk.type}] ${r.chunk.title}${r.chunk.context ? ` (${r.chunk.context})` : ''}${r.match.exact ? ' (exact match)' : ''}\n    ${r.chunk.url}\n    ${snippetText(r, bold)}\n`)
    .join('\n');
}

main().catch((error: unknown) => fail(error instanceof Error ? error.stack ?? error.message : String(error), 1));
