/**
 * Search benchmark on synthetic corpora: index build time (cold and warm cache), index bytes,
 * warm query latency (lexical, vector, hybrid) and peak build memory. It prints figures beside
 * the targets; it asserts nothing.
 *
 *   npm run bench:search [-- --sizes 1000,10000,50000] [-- --queries 200] [-- --seed N] [-- --json]
 *
 * Each size runs in a child process (this script with --child) so its maxRSS is its own.
 * Progress goes to stderr; stdout carries only the report (or the JSON with --json).
 */
import {fork} from 'node:child_process';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkTargets, formatReport} from './bench/report';
import {runSize, type SizeFigures} from './bench/runSize';

const MODELS_DIR = path.resolve(__dirname, '..', 'models');

type ChildMessage = {ok: true; figures: SizeFigures} | {ok: false; error: string};

async function main(): Promise<void> {
  const {values} = parseArgs({
    options: {
      sizes: {type: 'string', default: '1000,10000,50000'},
      queries: {type: 'string', default: '200'},
      seed: {type: 'string', default: '20240601'},
      json: {type: 'boolean', default: false},
      child: {type: 'boolean', default: false},
      size: {type: 'string'},
    },
  });
  const queries = positiveInteger(values.queries, '--queries');
  const seed = Number(values.seed);
  const log = (line: string) => process.stderr.write(`${line}\n`);

  if (values.child) {
    const size = positiveInteger(values.size ?? '', '--size');
    let message: ChildMessage;
    try {
      message = {ok: true, figures: await runSize(size, {modelsDir: MODELS_DIR, queries, seed, log})};
    } catch (error) {
      message = {ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error)};
    }
    process.send?.(message, () => process.exit(0));
    return;
  }

  const sizes = values.sizes.split(',').map((s) => positiveInteger(s.trim().replace(/_/g, ''), '--sizes'));
  const results: SizeFigures[] = [];
  const failures: {size: number; error: string}[] = [];
  const started = Date.now();
  for (const size of sizes) {
    log(`— ${size.toLocaleString('en')} chunks —`);
    const outcome = await runChild(size, ['--queries', String(queries), '--seed', String(seed)]);
    if (outcome.ok) results.push(outcome.figures);
    else {
      failures.push({size, error: outcome.error});
      log(`[${size}] failed: ${outcome.error}`);
    }
  }
  log(`benchmark finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  if (values.json) {
    process.stdout.write(`${JSON.stringify({node: process.version, sizes: results, failures, targets: checkTargets(results)}, null, 2)}\n`);
  } else {
    process.stdout.write(`${formatReport(results, failures)}\n`);
  }
  if (failures.length) process.exitCode = 1;
}

/** Runs one size in a fresh Node process (same tsx loader), stdout and stderr both to our stderr. */
function runChild(size: number, args: string[]): Promise<ChildMessage> {
  return new Promise((resolve) => {
    const child = fork(__filename, ['--child', '--size', String(size), ...args], {stdio: ['ignore', 2, 2, 'ipc']});
    let message: ChildMessage | undefined;
    child.on('message', (m) => {
      message = m as ChildMessage;
    });
    child.on('error', (error) => resolve({ok: false, error: error.message}));
    child.on('exit', (code, signal) => {
      resolve(message ?? {ok: false, error: `child exited with ${signal ?? `code ${code}`} before reporting (out of memory?)`});
    });
  });
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${flag} expects a positive integer, got "${text}"`);
  return value;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
