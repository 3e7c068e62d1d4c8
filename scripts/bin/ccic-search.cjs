#!/usr/bin/env node
// The `ccic-search` command (package.json `bin`): runs scripts/search.ts under tsx's loader
// (which also serves the embedder's dynamic imports), so `--json` output is the JSON alone,
// with no npm banner before it.
const {spawnSync} = require('node:child_process');
const path = require('node:path');
const {pathToFileURL} = require('node:url');

const loader = pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/loader.mjs')).href;
const run = spawnSync(process.execPath, ['--import', loader, path.join(__dirname, '..', 'search.ts'), ...process.argv.slice(2)], {stdio: 'inherit'});
process.exit(run.status ?? 1);
