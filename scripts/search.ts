/**
 * Searches the built site's index from the command line, with exactly the ranking and model
 * the browser uses.
 *
 *   npm run -s search -- "spyware sold to a police force abroad" [--json] [--limit N] [--type T]
 *   node scripts/bin/ccic-search.cjs "…" --json      (the package's `ccic-search` bin)
 *
 * Under --json, stdout carries the JSON and nothing else (use `npm run -s`: without -s, npm
 * itself prints a banner before any script's output).
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {search, type SearchMode} from '../src/shared/search/ranking';
import {CHUNK_TYPES, CHUNK_TYPE_LABELS, isFictional, type ChunkType, type SearchResult} from '../src/shared/search/types';
import {capQuery} from '../src/shared/search/query';
import {suggestQuery} from '../src/shared/search/suggest';
import {describeMatch} from '../src/shared/search/matchText';
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
  // The one cap of the shared entry point, applied before embedding too.
  const query = capQuery(positionals.join(' '));
  if (!query.trim()) fail(`Give a query.\n${USAGE}`);
  if (!/^[1-9]\d{0,3}$/.test(values.limit)) fail(`--limit must be a whole number from 1 to 9999, not "${values.limit}"`);
  const limit = Number(values.limit);
  const typeValues = (values.type ?? []).flatMap((t) => t.split(',')).map((t) => t.trim());
  const unknownType = typeValues.find((t) => !(CHUNK_TYPES as readonly string[]).includes(t));
  if (unknownType !== undefined) fail(`${unknownType === '' ? 'Empty --type' : `Unknown --type "${unknownType}"`}; use one of: ${CHUNK_TYPES.join(', ')}`);
  const types = typeValues as ChunkType[];
  const mode = values.mode as SearchMode;
  if (!['hybrid', 'lexical', 'vector'].includes(mode)) fail(`${values.mode === '' ? 'Empty --mode' : `Unknown --mode "${values.mode}"`}; use hybrid, lexical or vector`);
  if (!values['site-dir'].trim()) fail('Empty --site-dir; give the folder of a built site (default: build)');

  let opened;
  try {
    opened = await openBuiltIndex(path.resolve(values['site-dir']));
  } catch (error) {
    if (error instanceof MissingIndexError) fail(error.message);
    throw error;
  }
  const [queryVector] = mode === 'lexical' ? [undefined] : await quietly(() => opened.embedder.embed([query]));
  const results = search(opened.index, query, {queryVector, limit, mode, filters: types.length || values.edition ? {...(types.length ? {types} : {}), ...(values.edition ? {edition: values.edition} : {})} : undefined});
  const suggestion = results.length === 0 ? suggestQuery(opened.index, query) : undefined;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
    if (results.length === 0) process.stderr.write(noResults(query, suggestion));
    return;
  }
  process.stdout.write(results.length === 0 ? noResults(query, suggestion) : formatResults(results));
}

/** What to do next when nothing matched: a spelling the index knows, and the registers to browse. */
function noResults(query: string, suggestion: string | undefined): string {
  return [
    `No results for "${query}": none of its words is in the knowledge base, and nothing is close enough in meaning.`,
    ...(suggestion ? [`Did you mean: ${suggestion}`] : []),
    'Browse instead: /controls (control-list entries), /precedents (precedents), /glossary, /training.',
    '',
  ].join('\n');
}

function snippetText(result: SearchResult, mark: (text: string) => string): string {
  return result.snippet.map((piece) => (piece.highlight ? mark(piece.text) : piece.text)).join('');
}

function toJson(result: SearchResult) {
  const {chunk, match} = result;
  return {
    rank: result.rank,
    id: chunk.id,
    type: chunk.type,
    label: CHUNK_TYPE_LABELS[chunk.type],
    fictional: isFictional(chunk),
    ...(chunk.trainingKind ? {trainingKind: chunk.trainingKind} : {}),
    title: chunk.title,
    url: chunk.url,
    score: Number(result.score.toFixed(6)),
    match: {...match, reason: describeMatch(match)},
    snippet: snippetText(result, (t) => t),
  };
}

function formatResults(results: SearchResult[]): string {
  const bold = process.stdout.isTTY ? (t: string) => `\x1b[1m${t}\x1b[0m` : (t: string) => `*${t}*`;
  return results
    .map((r) => `${String(r.rank).padStart(2)}. [${CHUNK_TYPE_LABELS[r.chunk.type]}] ${r.chunk.title}${r.chunk.context ? ` (${r.chunk.context})` : ''}\n    ${r.chunk.url}\n    Why: ${describeMatch(r.match)}\n    ${snippetText(r, bold)}\n`)
    .join('\n');
}

main().catch((error: unknown) => fail(error instanceof Error ? error.stack ?? error.message : String(error), 1));
