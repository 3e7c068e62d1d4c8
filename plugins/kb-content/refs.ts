/**
 * Stable references to the units of the knowledge base (`section:<chapter>#<anchor>`,
 * `recommendation:R5.3` …). Search chunks, reading paths and assignment links all use them.
 */
export const refs = {
  chapter: (chapterId: string) => `chapter:${chapterId}`,
  section: (chapterId: string, anchor: string) => `section:${chapterId}#${anchor}`,
  recommendation: (id: string) => `recommendation:${id}`,
  control: (slug: string) => `control:${slug}`,
  precedent: (id: string) => `precedent:${id}`,
  term: (slug: string) => `term:${slug}`,
};
