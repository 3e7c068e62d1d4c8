import {execFileSync} from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {FIXTURE_SITE} from '../../plugins/kb-content/__tests__/fixtureSite';
import {cutEdition} from '../../scripts/edition/cutEdition';

const ROOT = path.resolve(__dirname, '../..');
/** Outside node_modules (webpack treats that as vendor code); kept so KB_SKIP_BUILD=1 can reuse the build. */
export const FIXTURE_EDITIONS_DIR = path.join(os.tmpdir(), `ccic-kb-editions-fixture-${crypto.createHash('sha256').update(ROOT).digest('hex').slice(0, 8)}`);
export const FIXTURE_BUILD_DIR = path.join(FIXTURE_EDITIONS_DIR, 'build');

const INTRODUCTION = `---
id: introduction
title: Introduction
chapter: 1
summary: Fixture introduction.
---

## Why editions

Fixture text on exports of 4A005 items.

## Recommendations

:::recommendation{id="R1.1" title="Review licences every year" audience="licensing-officer" theme="end-user-checks" pillar="oversight"}
Licensing authorities should review every intrusion-software licence once a year against the deliveries made.
:::

:::recommendation{id="R1.2" title="Keep a paper register" audience="licensing-officer" theme="end-user-checks" pillar="oversight"}
Authorities should keep a paper register of licences.
:::
`;

const TRAINING = `---
chapter: end-use-controls
title: "Training: end-use controls"
summary: Fixture training page.
minutes: 60
objectives: [Assess an application., Name the end user., Decide on conditions.]
questions: [Who is the end user?, What would change the decision?, What follows a refusal?]
---

:::scenario{title="Fixture case"}
**Fictional scenario.** Everything here is invented. Brightwater Systems, a firm in the imaginary Republic of Olmara, applies for a licence to export an intrusion platform to the equally imaginary Duchy of Keld. The contracting party is a trading company in a free zone, not the agency that will operate the platform. The end-user statement is a one-page letter that promises lawful use but names no operating unit, no permitted purposes and no consequences of breach. A press report last year described spyware found on the phones of two journalists in Keld.

1. List the red flags in the application.
2. Say what further information you would ask the exporter for.
3. Decide whether to grant, refuse or attach conditions, and give reasons.
:::

:::facilitator
Fixture note.
:::
`;

const NEW_PRECEDENT = `---
title: Fixture licence denial
date: "2026-04"
state: Italy
authority: Fixture authority
actor: Fixture company
action: licence-denied
items: ["intrusion software"]
controls: ["4A005"]
controlsBasis: "Named in the source: the fixture denial names 4A005."
destinations: []
outcome: Denied.
history:
  - {edition: "2026.2", change: added, note: "New precedent: a 2026 denial."}
sources:
  - {title: "Fixture", url: "https://example.org/denial"}
---
A fixture denial of a 4A005 licence.
`;

/** The edits that make the second edition: one of each kind of change the issue asks for. */
export const SECOND_EDITION: Record<string, (text: string) => string> = {
  'guide/1-introduction.md': (text) =>
    text
      .replace(
        'once a year against the deliveries made.\n:::',
        'every six months against the deliveries made and the end users named.\n\n::history[Review every six months instead of yearly.]{edition="2026.2" change="amended"}\n:::',
      )
      .replace(
        ':::recommendation{id="R1.2" title="Keep a paper register" audience="licensing-officer" theme="end-user-checks" pillar="oversight"}\nAuthorities should keep a paper register of licences.',
        ':::recommendation{id="R1.2" title="Keep a paper register" status="withdrawn" successor="R1.1"}\nWithdrawn: the yearly review in R1.1 covers the register.\n\n::history[Withdrawn; R1.1 covers it.]{edition="2026.2" change="withdrawn"}',
      ),
  'precedents/it-2026-fixture-denial.md': () => NEW_PRECEDENT,
  'controls/intrusion-software-systems.md': (text) =>
    text
      .replace('sources:', 'history:\n  - {edition: "2026.2", change: amended, note: "Notes the 2026 denial."}\nsources:')
      .replace('Fixture body.', 'Fixture body. Since 2026 the register also records denials.'),
};

export function applyEdits(contentDir: string, edits: Record<string, (text: string) => string>): void {
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(contentDir, file);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    const after = edit(before);
    if (after === before) throw new Error(`fixture edit of ${file} changed nothing`);
    fs.writeFileSync(target, after);
  }
}

/** The fixture content with edition 2026.1 cut, before the second edition's edits. */
export function firstEditionContent(dir: string): string {
  const contentDir = path.join(dir, 'content');
  fs.rmSync(dir, {recursive: true, force: true});
  fs.cpSync(FIXTURE_SITE, contentDir, {recursive: true});
  fs.writeFileSync(path.join(contentDir, 'guide/1-introduction.md'), INTRODUCTION);
  fs.mkdirSync(path.join(contentDir, 'training'), {recursive: true});
  fs.writeFileSync(path.join(contentDir, 'training/5-end-use-controls.md'), TRAINING);
  cutEdition({contentDir, id: '2026.1', summary: 'Fixture first edition.', date: '2026-01-15'});
  return contentDir;
}

/**
 * A mini site with two editions: the real site's code and configuration around fixture
 * content, in its own folder (so its .docusaurus/, generated files and build/ never mix with
 * the real site's). Returns the build folder.
 */
export function buildFixtureEditionsSite(): string {
  if (process.env.KB_SKIP_BUILD === '1' && fs.existsSync(path.join(FIXTURE_BUILD_DIR, 'index.html'))) return FIXTURE_BUILD_DIR;
  const contentDir = firstEditionContent(FIXTURE_EDITIONS_DIR);
  applyEdits(contentDir, SECOND_EDITION);
  cutEdition({contentDir, id: '2026.2', summary: 'Fixture second edition.', date: '2026-06-30'});
  for (const file of ['docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.json']) fs.copyFileSync(path.join(ROOT, file), path.join(FIXTURE_EDITIONS_DIR, file));
  for (const folder of ['src', 'plugins', 'static', 'models', 'node_modules']) fs.symlinkSync(path.join(ROOT, folder), path.join(FIXTURE_EDITIONS_DIR, folder));
  // Pages show "Last updated" from git history: give the fixture content a history of its own.
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.org', ...args], {cwd: FIXTURE_EDITIONS_DIR, stdio: 'ignore'});
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'fixture content');
  const started = Date.now();
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', FIXTURE_BUILD_DIR], {
    cwd: FIXTURE_EDITIONS_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {...process.env, NODE_ENV: 'production'},
  });
  process.stdout.write(`[editions fixture] site built in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return FIXTURE_BUILD_DIR;
}
