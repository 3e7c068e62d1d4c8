import type {CatalogueItem} from '@site/plugins/kb-content/catalogue';
import {CHUNK_TYPE_LABELS} from '@site/src/shared/search/types';

/** What the training pages receive from the build. */
export type {CatalogueItem};

export const ITEM_TYPE_LABELS: Record<CatalogueItem['type'], string> = {chapter: 'Chapter', ...CHUNK_TYPE_LABELS};

export {readingMinutes} from '@site/src/shared/text';

export function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60 ? `${minutes % 60} min` : ''}`.trim();
}
