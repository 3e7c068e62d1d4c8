import {ControlRegistry} from '@site/src/shared/controlRegistry';
import type {AssessPageData} from '@site/plugins/kb-content/assessPageData';
import type {KnownReferences} from '@site/src/shared/assessment/exchange';
import {allQuestions} from '@site/src/shared/assessment/rules';
import type {AssessmentQuestion} from '@site/src/shared/assessment/types';
import type {Worksheet} from '@site/src/shared/assessment/worksheet';

/** What the /assess route receives from the build (plugins/kb-content/assessPageData.ts). */
export type {AssessPageData};
export type ControlInfo = AssessPageData['controls'][number];

/** Look-ups the page's components share, built once per page. */
export interface AssessContext {
  data: AssessPageData;
  edition: string;
  registry: ControlRegistry;
  control: (slug: string) => ControlInfo | undefined;
  precedent: (id: string) => AssessPageData['precedents'][number] | undefined;
  question: (id: string) => AssessmentQuestion | undefined;
  known: KnownReferences;
}

export function buildContext(data: AssessPageData, edition: string): AssessContext {
  const controls = new Map(data.controls.map((c) => [c.slug, c]));
  const precedents = new Map(data.precedents.map((p) => [p.id, p]));
  const questions = new Map(allQuestions(data.checklist).map((q) => [q.id, q]));
  return {
    data,
    edition,
    registry: new ControlRegistry(data.controls),
    control: (slug) => controls.get(slug),
    precedent: (id) => precedents.get(id),
    question: (id) => questions.get(id),
    known: {
      questions: new Map([...questions].map(([id, q]) => [id, q.choices.map((c) => c.value)])),
      entries: new Set(controls.keys()),
      precedents: new Set(precedents.keys()),
    },
  };
}

/** The label of an answer as the officer chose it, or "Not answered". */
export function answerLabel(question: AssessmentQuestion, worksheet: Worksheet): string {
  const value = worksheet.answers[question.id]?.value.trim() ?? '';
  if (!value) return 'Not answered';
  if (question.answer === 'text') return value;
  return question.choices.find((c) => c.value === value)?.label ?? 'Not answered';
}

/** `question-hr-01`: the anchor of a question on the page. */
export const questionAnchor = (id: string) => `question-${id.toLowerCase()}`;

export const KIND_LABELS: Record<ControlInfo['kind'], string> = {
  'list-entry': 'List entry',
  'catch-all': 'Catch-all',
  'licence-exception': 'Licence exception',
  'end-use-control': 'End-use control',
};
