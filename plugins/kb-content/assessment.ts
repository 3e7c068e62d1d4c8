import fs from 'node:fs';
import path from 'node:path';
import {editDistance, type ControlRegistry} from '../../src/shared/controlRegistry';
import {ANSWER_TYPES, YES_NO_UNKNOWN, type AnswerChoice, type AnswerType, type AssessmentChecklist, type AssessmentGroup, type AssessmentQuestion, type EntryRule, type FlagRule, type RedFlag} from '../../src/shared/assessment/types';
import {ContentError, type ErrorList} from './errors';
import {readFrontMatter, type FrontMatter} from './frontmatter';
import {SLUG_PATTERN} from './records';
import type {Recommendation} from './types';

export const ASSESSMENT_FILES = {checklist: 'checklist.yml', flags: 'red-flags.yml'} as const;

/** What a checklist may point at; every reference is checked against it. */
export interface AssessmentReferences {
  /** `<chapter id>#<anchor>` of every guide section. */
  sections: Set<string>;
  recommendations: Pick<Recommendation, 'id' | 'status' | 'successor'>[];
  precedents: Set<string>;
  registry: ControlRegistry;
  /** Control record slugs: an entry without a number or alias is named by its slug. */
  controlSlugs: Set<string>;
}

type Path = (string | number)[];
const QUESTION_ID = /^[A-Z]{2,4}-\d{2}$/;

/** Paths of the checklist files, for cache keys and watching. */
export function assessmentFiles(contentDir: string): string[] {
  const dir = path.join(contentDir, 'assessment');
  return Object.values(ASSESSMENT_FILES).map((name) => path.join(dir, name)).filter((file) => fs.existsSync(file));
}

/**
 * Reads and validates `content/assessment/` (the officer's licence assessment checklist and
 * its red flags). Every problem is added to `errors` with file, line and fix, so an author sees
 * them all at once; nothing is returned while any remain. A site without the folder has an
 * empty checklist.
 */
export function loadAssessment(contentDir: string, refs: AssessmentReferences, errors: ErrorList): AssessmentChecklist | undefined {
  const dir = path.join(contentDir, 'assessment');
  if (!fs.existsSync(dir)) return {groups: [], flags: []};
  const before = errors.errors.length;
  const read = (name: string): FrontMatter | undefined => {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      errors.add(new ContentError(file, 1, `content/assessment/ has no ${name}`, `add ${name} (see content/AUTHORING.md, "The assessment checklist")`));
      return undefined;
    }
    return errors.collect(() => readFrontMatter(file, fs.readFileSync(file, 'utf8'), 1));
  };
  const flagsFile = read(ASSESSMENT_FILES.flags);
  const checklistFile = read(ASSESSMENT_FILES.checklist);
  if (!flagsFile || !checklistFile) return undefined;

  const flags = parseFlags(new Checker(flagsFile, errors, refs));
  const checker = new Checker(checklistFile, errors, refs);
  const groups = parseGroups(checker, new Set(flags.map((f) => f.id)));
  const raised = new Set(groups.flatMap((g) => g.questions.flatMap((q) => q.raises.map((r) => r.flag))));
  const flagChecker = new Checker(flagsFile, errors, refs);
  flags.forEach((flag, index) => {
    if (!raised.has(flag.id)) flagChecker.report(['flags', index, 'id'], `red flag "${flag.id}" is raised by no question`, `add \`raises: [{when: [yes], flag: ${flag.id}}]\` to the question in ${ASSESSMENT_FILES.checklist} that detects it, or remove the flag`);
  });
  return errors.errors.length === before ? {groups, flags} : undefined;
}

/** Reads fields of one YAML file, reporting (not throwing) each problem at its line. */
class Checker {
  constructor(
    readonly fm: FrontMatter,
    private readonly errors: ErrorList,
    readonly refs: AssessmentReferences,
  ) {}

  report(at: Path, problem: string, fix: string): void {
    this.errors.add(new ContentError(this.fm.file, this.fm.line(...at), problem, fix));
  }

  value(at: Path): unknown {
    return at.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), this.fm.data);
  }

  text(at: Path, what: string, fix: string): string {
    const value = this.value(at);
    if (typeof value === 'string' && value.trim()) return value.trim().replace(/\s+/g, ' ');
    this.report(at, `${what} has no \`${at[at.length - 1]}\``, fix);
    return '';
  }

  list(at: Path, what: string): unknown[] {
    const value = this.value(at);
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.report(at, `\`${at[at.length - 1]}\` of ${what} must be a list`, `write it as \`${at[at.length - 1]}: [first, second]\``);
    return [];
  }

  strings(at: Path, what: string): string[] {
    return this.list(at, what).map((item) => String(item).trim()).filter(Boolean);
  }

  sections(at: Path, what: string): string[] {
    const known = this.refs.sections;
    return this.strings(at, what).filter((ref, index) => {
      if (known.has(ref)) return true;
      const chapter = ref.split('#')[0];
      const candidates = [...known].filter((s) => s.startsWith(`${chapter}#`));
      const nearest = (candidates.length ? candidates : [...known]).sort((a, b) => editDistance(ref, a) - editDistance(ref, b)).slice(0, 2);
      this.report([...at, index], `unknown guide section "${ref}" in ${what}`, `write \`<chapter id>#<heading anchor>\`, e.g. ${nearest.join(' or ')}`);
      return false;
    });
  }

  recommendations(at: Path, what: string): string[] {
    return this.strings(at, what).filter((id, index) => {
      const found = this.refs.recommendations.find((r) => r.id === id);
      if (!found) this.report([...at, index], `unknown recommendation "${id}" in ${what}`, 'use the ID of a recommendation in content/guide/, e.g. R5.1');
      else if (found.status === 'withdrawn') this.report([...at, index], `recommendation ${id} in ${what} is withdrawn`, found.successor ? `use its successor, ${found.successor}` : 'point at an active recommendation');
      return found?.status === 'active';
    });
  }

  precedents(at: Path, what: string): string[] {
    return this.strings(at, what).filter((id, index) => {
      if (this.refs.precedents.has(id)) return true;
      this.report([...at, index], `unknown precedent "${id}" in ${what}`, 'use the file name of a record in content/precedents/ (without .md)');
      return false;
    });
  }

  sources(at: Path, what: string): {title: string; url: string}[] {
    return this.list(at, what).flatMap((item, index) => {
      const source = (item ?? {}) as {title?: unknown; url?: unknown};
      if (typeof source.url !== 'string' || !/^https?:\/\/\S+$/.test(source.url)) {
        this.report([...at, index], `source ${index + 1} of ${what} has no valid \`url\``, 'give each source a public `url: "https://…"`');
        return [];
      }
      return [{title: typeof source.title === 'string' && source.title.trim() ? source.title.trim() : source.url, url: source.url}];
    });
  }

  entries(at: Path, what: string): string[] {
    const slugs: string[] = [];
    this.strings(at, what).forEach((token, index) => {
      const resolution = this.refs.registry.resolveToken(token);
      const slug = resolution.kind === 'entry' ? resolution.slug : this.refs.controlSlugs.has(token) ? token : undefined;
      if (slug) {
        if (!slugs.includes(slug)) slugs.push(slug);
      } else {
        this.report([...at, index], `unknown control entry "${token}" in ${what}`, `use an entry number, an alias or a record slug from content/controls/; nearest: ${this.refs.registry.nearest(token).join(', ')}`);
      }
    });
    return slugs;
  }
}

function parseFlags(c: Checker): RedFlag[] {
  const list = c.list(['flags'], 'the red-flag list');
  if (list.length === 0) c.report(['flags'], 'red-flags.yml lists no flags', 'add `flags:` with items `- id: …`, `title`, `guidance` and the sections or recommendations it rests on');
  const seen = new Map<string, number>();
  return list.map((_, index) => {
    const at = (...rest: Path): Path => ['flags', index, ...rest];
    const id = String(c.value(at('id')) ?? '');
    const what = `red flag "${id || index + 1}"`;
    if (!SLUG_PATTERN.test(id)) c.report(at('id'), `${what} needs an \`id\` in lower-case-with-hyphens`, 'write e.g. `id: unusual-payment`; IDs are stable and never reused');
    else if (seen.has(id)) c.report(at('id'), `duplicate red flag ID "${id}" (first used at line ${seen.get(id)})`, 'give this flag its own new ID; never reuse one');
    else seen.set(id, c.fm.line(...at('id')));
    const flag: RedFlag = {
      id,
      title: c.text(at('title'), what, 'add `title:` naming the sign in a few words'),
      guidance: c.text(at('guidance'), what, 'add `guidance:` saying what the sign is and what to ask for'),
      sections: c.sections(at('sections'), what),
      recommendations: c.recommendations(at('recommendations'), what),
      precedents: c.precedents(at('precedents'), what),
      sources: c.sources(at('sources'), what),
    };
    if (!flag.sections.length && !flag.recommendations.length && !flag.precedents.length && !flag.sources.length) {
      c.report(at('id'), `${what} is not traceable to the guide`, 'add the `sections`, `recommendations`, `precedents` or `sources` it rests on');
    }
    return flag;
  });
}

function parseGroups(c: Checker, flagIds: Set<string>): AssessmentGroup[] {
  const list = c.list(['groups'], 'the checklist');
  if (list.length === 0) c.report(['groups'], 'checklist.yml has no groups', 'add `groups:` with items `- id: …`, `title`, `summary` and `questions`');
  const seenQuestions = new Map<string, number>();
  const seenGroups = new Set<string>();
  return list.map((_, g) => {
    const at = (...rest: Path): Path => ['groups', g, ...rest];
    const id = String(c.value(at('id')) ?? '');
    const what = `group "${id || g + 1}"`;
    if (!SLUG_PATTERN.test(id)) c.report(at('id'), `${what} needs an \`id\` in lower-case-with-hyphens`, 'write e.g. `id: human-rights`');
    else if (seenGroups.has(id)) c.report(at('id'), `duplicate group ID "${id}"`, 'give each group its own ID');
    seenGroups.add(id);
    const questions = c.list(at('questions'), what);
    if (questions.length === 0) c.report(at('id'), `${what} has no questions`, 'add `questions:` with at least one question');
    return {
      id,
      title: c.text(at('title'), what, 'add `title:`'),
      summary: c.text(at('summary'), what, 'add `summary:`: the risk question the group answers'),
      sections: c.sections(at('sections'), what),
      questions: questions.map((__, q) => parseQuestion(c, at('questions', q), id, flagIds, seenQuestions)),
    };
  });
}

function parseQuestion(c: Checker, base: Path, group: string, flagIds: Set<string>, seen: Map<string, number>): AssessmentQuestion {
  const at = (...rest: Path): Path => [...base, ...rest];
  const id = String(c.value(at('id')) ?? '');
  const what = `question "${id || '?'}"`;
  if (!QUESTION_ID.test(id)) c.report(at('id'), `${what} needs an \`id\` like HR-01`, 'write a group prefix in capitals, a hyphen and two digits, e.g. `id: HR-09`; IDs are stable and never reused');
  else if (seen.has(id)) c.report(at('id'), `duplicate question ID "${id}" (first used at line ${seen.get(id)})`, 'give this question the next free ID of its group; never reuse one');
  else seen.set(id, c.fm.line(...at('id')));
  const answer = String(c.value(at('answer')) ?? '') as AnswerType;
  if (!ANSWER_TYPES.includes(answer)) c.report(at('answer'), `${what} has answer type "${answer}"`, `use one of: ${ANSWER_TYPES.join(', ')}`);
  const choices = parseChoices(c, at('choices'), what, answer);
  const values = new Set(choices.map((choice) => choice.value));
  const when = (rule: Path): string[] => {
    const wanted = c.strings([...rule, 'when'], what);
    if (answer === 'text') c.report(rule, `${what} has a free-text answer, which cannot trigger a rule`, 'make it a yes-no-unknown or choice question, or remove the rule');
    else if (wanted.length === 0) c.report(rule, `a rule of ${what} has no \`when\``, `write \`when: [${[...values][0]}]\``);
    wanted.forEach((value, index) => {
      if (answer !== 'text' && !values.has(value)) c.report([...rule, 'when', index], `${what} has no answer "${value}"`, `use one of: ${[...values].join(', ')}`);
    });
    return wanted;
  };
  const raises: FlagRule[] = c.list(at('raises'), what).map((_, index) => {
    const rule = at('raises', index);
    const flag = String(c.value([...rule, 'flag']) ?? '');
    if (!flagIds.has(flag)) c.report([...rule, 'flag'], `${what} raises unknown red flag "${flag}"`, `use an ID from ${ASSESSMENT_FILES.flags}: ${[...flagIds].sort((a, b) => editDistance(flag, a) - editDistance(flag, b)).slice(0, 3).join(', ')}`);
    return {when: when(rule), flag};
  });
  const applies: EntryRule[] = c.list(at('applies'), what).map((_, index) => {
    const rule = at('applies', index);
    return {when: when(rule), entries: c.entries([...rule, 'entries'], what)};
  });
  const question: AssessmentQuestion = {
    id,
    group,
    question: c.text(at('question'), what, 'add `question:`, asked so that it can be answered'),
    guidance: c.text(at('guidance'), what, 'add `guidance:`: what to check and where to look, in your own words'),
    answer,
    choices,
    sections: c.sections(at('sections'), what),
    recommendations: c.recommendations(at('recommendations'), what),
    raises,
    applies,
  };
  if (!question.sections.length && !question.recommendations.length) c.report(at('id'), `${what} is not traceable to the guide`, 'add the `sections` or `recommendations` it rests on');
  return question;
}

function parseChoices(c: Checker, at: Path, what: string, answer: AnswerType): AnswerChoice[] {
  const raw = c.list(at, what);
  if (answer === 'yes-no-unknown' || answer === 'text') {
    if (raw.length) c.report(at, `${what} lists choices but its answer is ${answer}`, 'remove `choices`, or make the answer `choice`');
    return answer === 'text' ? [] : YES_NO_UNKNOWN.map((choice) => ({...choice}));
  }
  if (answer !== 'choice') return [];
  if (raw.length < 2) c.report(at, `${what} is a choice with fewer than two choices`, 'add `choices:` with items `- {value: …, label: …}`');
  const values = new Set<string>();
  return raw.map((_, index) => {
    const value = String(c.value([...at, index, 'value']) ?? '');
    if (!SLUG_PATTERN.test(value)) c.report([...at, index], `choice ${index + 1} of ${what} needs a \`value\` in lower-case-with-hyphens`, 'write `- {value: not-known, label: Not yet known}`');
    else if (values.has(value)) c.report([...at, index], `${what} has the choice "${value}" twice`, 'give each choice its own value');
    values.add(value);
    return {value, label: c.text([...at, index, 'label'], `choice "${value}" of ${what}`, 'add `label:` shown to the officer')};
  });
}
