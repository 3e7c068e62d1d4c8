import type {FrontMatter} from './frontmatter';
import type {ControlRegistry} from '../../src/shared/controlRegistry';
import {ContentError} from './errors';
import {frontMatterHistory} from './editions';
import type {MarkdownFile} from './markdown';
import {isValidPartialDate, plainText, SLUG_PATTERN, slugOfFile} from './records';
import {resolveControlTags} from './controlTags';
import {ACTION_TYPES, type ActionType, type Precedent} from './types';

export function parsePrecedent(md: MarkdownFile, routeBase: string, registry: ControlRegistry): Precedent {
  const fm: FrontMatter = md.frontMatter;
  const id = slugOfFile(md.file);
  if (!SLUG_PATTERN.test(id) || !/^[a-z]{2}-\d{4}-/.test(id)) {
    throw new ContentError(md.file, 1, `file name "${id}" is not a precedent ID`, 'name the file `<country code>-<year>-<short-name>.md`, e.g. `it-2016-hacking-team-authorisation-revoked.md`');
  }
  const date = fm.string('date');
  if (!isValidPartialDate(date)) fm.fail('date', `\`date\` "${date}" is not a valid date`, 'write YYYY, YYYY-MM or YYYY-MM-DD, quoted, as precise as the source allows');
  const action = fm.string('action') as ActionType;
  if (!(action in ACTION_TYPES)) fm.fail('action', `unknown action type "${action}"`, `use one of: ${Object.keys(ACTION_TYPES).join(', ')}`);
  const controlTokens = fm.stringList('controls');
  const controls = resolveControlTags(controlTokens, registry, (token, problem, fix) => fm.fail(['controls', controlTokens.indexOf(token)], problem, fix));
  const controlsBasis = parseControlsBasis(fm, controls.length > 0);
  return {
    id,
    title: fm.string('title'),
    date,
    year: Number(date.slice(0, 4)),
    state: fm.string('state'),
    authority: fm.string('authority'),
    actor: fm.string('actor'),
    action,
    items: fm.stringList('items', {required: true}),
    controls,
    controlsBasis,
    destinations: fm.stringList('destinations'),
    outcome: fm.string('outcome'),
    sources: fm.sources(),
    relatedRecommendations: [],
    text: plainText(md.tree),
    url: `${routeBase}/${id}`,
    origin: {file: md.file, line: 1},
    history: frontMatterHistory(fm),
    lastChanged: '',
  };
}

/** How an officer can tell a source's own classification from the author's inference. */
export const CONTROLS_BASIS_OPENINGS = ['Named in the source', 'Implied because'] as const;

function parseControlsBasis(fm: FrontMatter, hasControls: boolean): string | undefined {
  const basis = fm.optionalString('controlsBasis');
  if (!hasControls) {
    if (basis !== undefined) fm.fail('controlsBasis', '`controlsBasis` explains entries, but `controls` is empty', 'remove `controlsBasis`, or list the entries in `controls`');
    return undefined;
  }
  const fix = 'add `controlsBasis: "Named in the source: …"` or `controlsBasis: "Implied because …"` saying where the entries come from';
  if (basis === undefined) fm.fail('controls', '`controls` lists entries but `controlsBasis` does not say whether a source names them', fix);
  if (!CONTROLS_BASIS_OPENINGS.some((opening) => basis.startsWith(opening))) {
    fm.fail('controlsBasis', `\`controlsBasis\` must start with "${CONTROLS_BASIS_OPENINGS.join('" or "')}"`, fix);
  }
  return basis;
}
