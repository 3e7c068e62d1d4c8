import fs from 'node:fs';
import path from 'node:path';
import {contentFiles} from './loadKnowledgeBase';
import {loadTierRules, sourceTierReport, type SourceTierReport, type TierRules} from './sourceTiers';

/**
 * The source-tier report over every authored Markdown file, as the build and `npm run check:content`
 * print it. A content folder without the tier file (a test fixture) has no report.
 */
export function contentSourceReport(contentDir: string): {rules: TierRules; report: SourceTierReport} | undefined {
  const rulesFile = path.join(contentDir, 'source-tiers.yml');
  if (!fs.existsSync(rulesFile)) return undefined;
  const rules = loadTierRules(rulesFile);
  const files = contentFiles(contentDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({file, text: fs.readFileSync(file, 'utf8')}));
  return {rules, report: sourceTierReport(files, rules)};
}
