#!/usr/bin/env node
// The `ccic-search` command (package.json `bin`): runs scripts/search.ts through tsx's loader,
// so `--json` output is the JSON alone, with no npm banner before it.
require('tsx/cjs');
require('../search.ts');
