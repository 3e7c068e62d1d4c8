import fs from 'node:fs';
import path from 'node:path';
import {contentFiles} from './loadKnowledgeBase';
import {loadTierRules, sourceTierReport, type SourceTierReport, type TierRules} from './sourceTiers';

/** The source-tier report over every authored Markdown file, as the build and `npm run check:content` print it. */
export function contentSourceReport(contentDir: string, rulesFile = path.join(contentDir, 'source-tiers.yml')): {rules: TierRules; report: SourceTierReport} {
  const rules = loadTierRules(rulesFile);
  const files = contentFiles(contentDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({file, text: fs.readFileSync(file, 'utf8')}));
  return {rules, report: sourceTierReport(files, rules)};
}
