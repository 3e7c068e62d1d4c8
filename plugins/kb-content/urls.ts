/** Route bases of each kind of content; the one place URLs are decided. */
export const ROUTES = {
  guide: '/guide',
  controls: '/controls',
  precedents: '/precedents',
  glossary: '/glossary',
  recommendations: '/recommendations',
  training: '/training',
  changes: '/changes',
} as const;

export const controlUrls = {
  entryUrl: (slug: string) => `${ROUTES.controls}/${slug}`,
  familyUrl: (key: string) => `${ROUTES.controls}?number=${encodeURIComponent(key)}`,
};

export const precedentUrl = (id: string) => `${ROUTES.precedents}/${id}`;
export const glossaryUrl = (slug: string) => `${ROUTES.glossary}/${slug}`;
