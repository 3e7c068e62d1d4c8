import {recommendationSortKey} from '../recommendationId';
import type {AssessmentChecklist, AssessmentQuestion, RedFlag} from './types';
import type {Worksheet} from './worksheet';

/** What the answers so far mean: flags, entries, guidance and what is still open. */
export interface Evaluation {
  flags: {flag: RedFlag; raisedBy: string[]}[];
  /** Control record slugs: those the officer picked, then those answers bring in (catch-alls). */
  entries: {slug: string; picked: boolean; broughtInBy: string[]}[];
  /** Recommendations bearing on the answers given and the flags raised, in guide order. */
  recommendations: {id: string; because: string[]}[];
  /** Guide sections (`<chapter>#<anchor>`) bearing on the answers given and the flags raised. */
  sections: {ref: string; because: string[]}[];
  /** Questions without an answer, or answered "not known". */
  open: AssessmentQuestion[];
  answered: number;
  total: number;
}

/** Answers that leave a question open: nothing yet, or "not known" / "not yet screened". */
export const OPEN_VALUES = new Set(['', 'unknown', 'not-screened']);

export function allQuestions(checklist: AssessmentChecklist): AssessmentQuestion[] {
  return checklist.groups.flatMap((group) => group.questions);
}

/** The answer value to a question, trimmed; empty when unanswered. */
export function answerOf(worksheet: Worksheet, questionId: string): string {
  return worksheet.answers[questionId]?.value.trim() ?? '';
}

/** Reasons per key, in the order keys were first given one. */
function tally(): {add: (key: string, reason: string) => void; entries: () => [string, string[]][]} {
  const reasons = new Map<string, string[]>();
  return {
    add: (key, reason) => {
      const list = reasons.get(key) ?? [];
      if (!list.includes(reason)) list.push(reason);
      reasons.set(key, list);
    },
    entries: () => [...reasons],
  };
}

/**
 * Maps the answers of a worksheet to the red flags they raise, the entries they bring in, and
 * the guidance that bears on them. Pure: the page, the print note and the tests call it alike.
 */
export function evaluateWorksheet(checklist: AssessmentChecklist, worksheet: Worksheet): Evaluation {
  const questions = allQuestions(checklist);
  const flagsById = new Map(checklist.flags.map((flag) => [flag.id, flag]));
  const flags = tally();
  const broughtIn = tally();
  const recommendations = tally();
  const sections = tally();
  const bear = (source: {recommendations: string[]; sections: string[]}, reason: string) => {
    for (const id of source.recommendations) recommendations.add(id, reason);
    for (const ref of source.sections) sections.add(ref, reason);
  };
  let answered = 0;
  const open: AssessmentQuestion[] = [];
  for (const question of questions) {
    const value = answerOf(worksheet, question.id);
    // An answer that is not (or no longer) one of the choices counts as no answer.
    const valid = question.answer === 'text' ? value !== '' : question.choices.some((choice) => choice.value === value);
    if (valid) answered += 1;
    if (!valid || OPEN_VALUES.has(value)) open.push(question);
    if (!valid) continue;
    bear(question, question.id);
    for (const rule of question.raises) {
      if (rule.when.includes(value) && flagsById.has(rule.flag)) flags.add(rule.flag, question.id);
    }
    for (const rule of question.applies) {
      if (rule.when.includes(value)) for (const slug of rule.entries) broughtIn.add(slug, question.id);
    }
  }
  const raised = flags.entries().map(([id, raisedBy]) => ({flag: flagsById.get(id)!, raisedBy}));
  for (const {flag} of raised) bear(flag, flag.id);
  const byQuestion = new Map(broughtIn.entries());
  const picked = worksheet.item.entries.map((slug) => ({slug, picked: true, broughtInBy: byQuestion.get(slug) ?? []}));
  const added = [...byQuestion].filter(([slug]) => !worksheet.item.entries.includes(slug)).map(([slug, by]) => ({slug, picked: false, broughtInBy: by}));
  return {
    flags: raised,
    entries: [...picked, ...added],
    recommendations: recommendations
      .entries()
      .map(([id, because]) => ({id, because}))
      .sort((a, b) => recommendationSortKey(a.id) - recommendationSortKey(b.id)),
    sections: sections.entries().map(([ref, because]) => ({ref, because})),
    open,
    answered,
    total: questions.length,
  };
}
