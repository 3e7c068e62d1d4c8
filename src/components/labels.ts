import {ACTION_TYPES, REGIME_NAMES} from '@site/plugins/kb-content/types';

/** Display names shared by the record pages and the registers. */
export const REGIME_LABELS: Record<string, string> = REGIME_NAMES;

export const CONTROL_KIND_LABELS: Record<string, string> = {
  'list-entry': 'Control-list entry',
  'catch-all': 'Catch-all control',
  'licence-exception': 'Licence exception',
  'end-use-control': 'End-use control',
};

export const CITATION_KIND_LABELS: Record<string, string> = {
  recommendation: 'Recommendation',
  section: 'Guide section',
  chapter: 'Guide chapter',
  precedent: 'Precedent',
  glossary: 'Glossary term',
  control: 'Control entry',
};

/** Action types of precedents: the one list lives with the record types. */
export const ACTION_LABELS: Record<string, string> = ACTION_TYPES;

/** Dates are formatted in one place, shared with the build (citations, edition banners). */
export {formatPartialDate} from '../shared/dates';
