import type {FrontMatter} from './frontmatter';
import {canonicalKey, notationsOf, parseControlNumber} from '../../src/shared/notation';
import {ContentError} from './errors';
import {frontMatterHistory} from './editions';
import type {MarkdownFile} from './markdown';
import {isValidPartialDate, plainText, SLUG_PATTERN, slugOfFile} from './records';
import type {ControlEntry, ControlRegimeEntry, Regime} from './types';

const REGIMES: Regime[] = ['wassenaar', 'eu', 'us', 'uk'];
const KINDS: ControlEntry['kind'][] = ['list-entry', 'catch-all', 'licence-exception', 'end-use-control'];

export function parseControl(md: MarkdownFile, routeBase: string): ControlEntry {
  const fm: FrontMatter = md.frontMatter;
  const slug = slugOfFile(md.file);
  if (!SLUG_PATTERN.test(slug)) {
    throw new ContentError(md.file, 1, `file name "${slug}" is not a valid slug`, 'rename the file to lower-case words joined by hyphens');
  }
  const kind = fm.string('kind') as ControlEntry['kind'];
  if (!KINDS.includes(kind)) fm.fail('kind', `unknown kind "${kind}"`, `use one of: ${KINDS.join(', ')}`);
  const rawEntries = fm.data.entries;
  if (!Array.isArray(rawEntries) || rawEntries.length === 0) {
    fm.fail('entries', '`entries` must list the item in at least one regime', 'add `entries:` with items `- {regime: eu, number: "4A005", instrument: "…"}`');
  }
  const keys = new Set<string>();
  const notations = new Set<string>();
  const entries = (rawEntries as unknown[]).map((raw, index): ControlRegimeEntry => {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const where = ['entries', index];
    const regime = entry.regime as Regime;
    const number = typeof entry.number === 'string' ? entry.number.trim() : '';
    const instrument = typeof entry.instrument === 'string' ? entry.instrument.trim() : '';
    if (!REGIMES.includes(regime)) fm.fail([...where, 'regime'], `unknown regime "${String(entry.regime)}"`, `use one of: ${REGIMES.join(', ')}`);
    if (!number) fm.fail([...where, 'number'], '`number` is required', 'quote the official number, e.g. `number: "4.A.5"`');
    if (!instrument) fm.fail([...where, 'instrument'], '`instrument` is required', 'name the list or law, e.g. `instrument: "Regulation (EU) 2021/821, Annex I"`');
    const parsed = parseControlNumber(number);
    if (parsed) {
      keys.add(canonicalKey(parsed));
      notationsOf(parsed).forEach((notation) => notations.add(notation));
    }
    const added = entry.added === undefined ? undefined : String(entry.added);
    if (added !== undefined && !isValidPartialDate(added)) fm.fail([...where, 'added'], `\`added\` "${added}" is not a date`, 'write YYYY, YYYY-MM or YYYY-MM-DD in quotes');
    const addedNote = entry.addedNote === undefined ? undefined : entry.addedNote;
    if (addedNote !== undefined && (typeof addedNote !== 'string' || !addedNote.trim())) {
      fm.fail([...where, 'addedNote'], '`addedNote` must be a sentence', 'say what the `added` date means for this entry, e.g. "The sub-item is older; it reached these items in December 2013."');
    }
    if (addedNote !== undefined && added === undefined) {
      fm.fail([...where, 'addedNote'], '`addedNote` explains an `added` date, but there is none', 'add `added:` or remove `addedNote:`');
    }
    const amended = Array.isArray(entry.amended) ? entry.amended : [];
    return {
      regime,
      number,
      instrument,
      added,
      addedNote: typeof addedNote === 'string' ? addedNote.trim() : undefined,
      amended: amended.map((item, i) => {
        const change = (item ?? {}) as Record<string, unknown>;
        const date = String(change.date ?? '');
        if (!isValidPartialDate(date) || typeof change.change !== 'string') {
          return fm.fail([...where, 'amended', i], 'each amendment needs a `date` and a `change`', 'write `- {date: "2017-12", change: "…"}`');
        }
        return {date, change: change.change};
      }),
    };
  });
  const aliases = fm.stringList('aliases');
  aliases.forEach((alias) => notations.add(alias));
  return {
    slug,
    title: fm.string('title'),
    kind,
    summary: fm.string('summary'),
    entries,
    keys: [...keys],
    notations: [...notations],
    // Numbers that are not list numbers ("Article 5", "86 FR 58205") link only when listed as aliases.
    aliases,
    definitions: fm.stringList('definitions'),
    sources: fm.sources(),
    text: plainText(md.tree),
    url: `${routeBase}/${slug}`,
    origin: {file: md.file, line: 1},
    history: frontMatterHistory(fm),
    lastChanged: '',
  };
}
