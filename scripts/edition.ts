/**
 * Publishes an edition of the knowledge base.
 *
 *   npm run edition -- 2026.2 "One sentence on what changed" [--date YYYY-MM-DD]
 *   npm run edition -- 2026.1 --refresh ["new summary"]   (re-freeze the latest edition)
 *
 * Exits 1, writing nothing, when content is invalid or a changed item has no history entry.
 */
import path from 'node:path';
import {parseArgs} from 'node:util';
import {cutEdition, EditionError} from './edition/cutEdition';

const USAGE = 'Usage: npm run edition -- <id> "<summary>" [--date YYYY-MM-DD] [--refresh] [--content content]';

function main(): void {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    options: {
      date: {type: 'string'},
      refresh: {type: 'boolean', default: false},
      content: {type: 'string', default: 'content'},
      help: {type: 'boolean', short: 'h', default: false},
    },
  });
  if (values.help || positionals.length === 0 || positionals.length > 2) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(values.help ? 0 : 2);
  }
  const [id, summary] = positionals;
  try {
    const result = cutEdition({contentDir: path.resolve(values.content), id, summary, date: values.date, refresh: values.refresh});
    const counts = (['added', 'amended', 'withdrawn'] as const).map((kind) => `${result.changes.filter((c) => c.recorded === kind).length} ${kind}`).join(', ');
    process.stdout.write(
      `${result.refreshed ? 'Re-froze' : 'Cut'} edition ${result.edition.id} (${result.edition.date}): ${counts}; ` +
        `${result.chapters} chapters frozen in ${path.join(values.content, 'editions', result.edition.id)}/\n`,
    );
  } catch (error) {
    if (!(error instanceof EditionError) && (error as Error).name !== 'ContentError') throw error;
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
}

main();
