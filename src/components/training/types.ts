/** What the training pages receive from the build (plugins/kb-content/catalogue.ts). */
export interface CatalogueItem {
  ref: string;
  type: 'chapter' | 'section' | 'recommendation' | 'control' | 'precedent' | 'term';
  title: string;
  url: string;
  summary: string;
  words: number;
}

export const ITEM_TYPE_LABELS: Record<CatalogueItem['type'], string> = {
  chapter: 'Chapter',
  section: 'Chapter section',
  recommendation: 'Recommendation',
  control: 'Control entry',
  precedent: 'Precedent',
  term: 'Glossary term',
};

const WORDS_PER_MINUTE = 200;

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60 ? `${minutes % 60} min` : ''}`.trim();
}
