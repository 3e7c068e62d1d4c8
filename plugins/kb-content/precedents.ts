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
    ...parseStates(fm),
    participants: fm.optionalString('participants'),
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

/**
 * `state` is a facet value: one name, or a list when several states acted together. Counts,
 * parentheses and "with other states" belong in `participants`, or the facet fills with
 * one-off phrases nobody can tick.
 */
const STATE_NAME = /^\p{Lu}[\p{L}' .-]{1,38}$/u;

function parseStates(fm: FrontMatter): {state: string; states: string[]} {
  const raw = fm.data.state;
  const states = typeof raw === 'string' ? [raw.trim()] : fm.stringList('state', {required: true});
  states.forEach((name, index) => {
    if (!STATE_NAME.test(name) || /\b(and|with|other)\b/.test(name)) {
      fm.fail(
        typeof raw === 'string' ? 'state' : ['state', index],
        `\`state\` "${name}" is not the name of one state or organisation (it is a filter value in the precedents register)`,
        'write one name (`state: "United Kingdom"`) or a list of names (`state: ["United Kingdom", "France"]`), and put the detail in `participants: "…"`',
      );
    }
  });
  return {state: joinNames(states), states};
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
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
