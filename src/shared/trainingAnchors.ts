/**
 * Anchors on the training pages, shared by the pages that render them and the search index
 * that links to them, so a result always lands on the part of the page it names.
 */

/** Lower-case words joined by hyphens. */
function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A worked scenario on a chapter's training page, from its title. */
export function scenarioAnchor(title: string): string {
  return `scenario-${slugify(title)}`;
}

/** A reading path on the training home page, from its file name. */
export function readingPathAnchor(id: string): string {
  return `path-${id}`;
}

/** The headings TrainingMeta renders above a session's material. */
export const TRAINING_ANCHORS = {objectives: 'learning-objectives', questions: 'discussion-questions'} as const;
