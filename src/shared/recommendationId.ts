/** Recommendation IDs (`R5.3`) and their anchors (`r5-3`), shared by build and browser. */

export interface RecommendationId {
  chapter: number;
  number: number;
}

const ID = /^R(\d{1,2})\.(\d{1,3})$/;

export function parseRecommendationId(text: string): RecommendationId | undefined {
  const match = ID.exec(text.trim());
  return match ? {chapter: Number(match[1]), number: Number(match[2])} : undefined;
}

export function recommendationAnchor(id: RecommendationId): string {
  return `r${id.chapter}-${id.number}`;
}

/** Sort key so that R2.10 follows R2.9. */
export function recommendationSortKey(text: string): number {
  const id = parseRecommendationId(text);
  return id ? id.chapter * 1000 + id.number : Number.MAX_SAFE_INTEGER;
}

/** Recommendation IDs written in free text, e.g. a search query "what does r5.3 say". */
export function findRecommendationIds(text: string): string[] {
  return [...text.matchAll(/(?<![\w.])[Rr](\d{1,2})\.(\d{1,3})(?![\w])/g)].map((m) => `R${m[1]}.${m[2]}`);
}
