/**
 * Validates the content the way the build does, without building the site, and prints the
 * source-tier report (content/AUTHORING.md, "Sources").
 *
 *   npm run check:content                       validate, then one line per tier
 *   npm run check:content -- --list analysis    also list that tier's addresses and where each is cited
 *
 * Exits 1 when content is invalid (each problem with file:line and the fix), 0 otherwise.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {contentSourceReport} from '../plugins/kb-content/contentSources';
import {displayPath} from '../plugins/kb-content/errors';
import {loadKnowledgeBaseUncached} from '../plugins/kb-content/loadKnowledgeBase';
import {formatTierSummary} from '../plugins/kb-content/sourceTiers';

const USAGE = 'Usage: npm run check:content -- [--list <tier>[,<tier>…]] [--content content]';

function main(): void {
  const {values} = parseArgs({
    options: {
      list: {type: 'string'},
      content: {type: 'string', default: 'content'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const contentDir = path.resolve(values.content);
  try {
    const {kb} = loadKnowledgeBaseUncached(contentDir);
    process.stdout.write(`Content valid: ${kb.chapters.length} chapters, ${kb.recommendations.length} recommendations, ${kb.controls.length} control records, ${kb.precedents.length} precedents, ${kb.glossary.length} glossary terms\n`);
    for (const warning of kb.warnings) process.stdout.write(`warning ${displayPath(warning.file)}:${warning.line}: ${warning.message}\n`);
  } catch (error) {
    if ((error as Error).name !== 'ContentError') throw error;
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const sources = contentSourceReport(contentDir);
  if (!sources) return;
  const {rules, report} = sources;
  process.stdout.write(`${formatTierSummary(report, rules)}\n`);
  for (const warning of report.warnings) process.stdout.write(`warning ${displayPath(warning.file)}:${warning.line}: ${warning.message}\n`);
  const listed = values.list?.split(',').map((tier) => tier.trim()) ?? [];
  const unknown = listed.filter((tier) => !rules.tiers.includes(tier));
  if (unknown.length) {
    process.stderr.write(`Unknown tier ${unknown.join(', ')}: use one of ${rules.tiers.join(', ')}\n`);
    process.exit(2);
  }
  for (const address of report.addresses.filter((a) => listed.includes(a.tier))) {
    const uses = address.uses.map((use) => `${path.relative(contentDir, use.file)}:${use.line}`).join(' ');
    process.stdout.write(`${address.tier}\t${address.url}\t${uses}\n`);
  }
}

main();
