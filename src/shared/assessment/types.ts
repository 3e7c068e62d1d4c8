/**
 * The officer's licence assessment checklist (content/assessment/), as validated at build and
 * read by the /assess page. Shared so the browser's rules and the build's validator agree.
 */

export const ANSWER_TYPES = ['yes-no-unknown', 'choice', 'text'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The values a yes/no/unknown question accepts. */
export const YES_NO_UNKNOWN = [
  {value: 'yes', label: 'Yes'},
  {value: 'no', label: 'No'},
  {value: 'unknown', label: 'Not known'},
] as const;

export interface AnswerChoice {
  value: string;
  label: string;
}

/** When an answer takes one of `when`, raise `flag`. */
export interface FlagRule {
  when: string[];
  flag: string;
}

/** When an answer takes one of `when`, the control records `entries` (slugs) apply. */
export interface EntryRule {
  when: string[];
  entries: string[];
}

export interface AssessmentQuestion {
  /** Stable, never reused: `HR-01`. */
  id: string;
  group: string;
  question: string;
  guidance: string;
  answer: AnswerType;
  /** The accepted answers (for a yes/no/unknown question: yes, no, unknown); empty for text. */
  choices: AnswerChoice[];
  /** `<chapter id>#<anchor>` of the guide sections the question rests on. */
  sections: string[];
  recommendations: string[];
  raises: FlagRule[];
  applies: EntryRule[];
}

export interface AssessmentGroup {
  id: string;
  title: string;
  summary: string;
  sections: string[];
  questions: AssessmentQuestion[];
}

export interface RedFlag {
  id: string;
  title: string;
  guidance: string;
  sections: string[];
  recommendations: string[];
  precedents: string[];
  sources: {title: string; url: string}[];
}

export interface AssessmentChecklist {
  groups: AssessmentGroup[];
  flags: RedFlag[];
}
