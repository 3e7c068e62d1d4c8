import fs from 'node:fs';
import path from 'node:path';

export type Split = 'dev' | 'test';

export interface JudgedQuery {
  id: string;
  persona: string;
  split: Split;
  query: string;
  /** URL → grade: 2 = the answer, 1 = useful. */
  judgments: Record<string, number>;
}

export const QUERIES_FILE = path.join(__dirname, '..', 'search-eval', 'queries.json');

/** Queries made of invented words: the search must return nothing for them. */
export const INVENTED_QUERIES = ['zzqx nonsense', 'qwvbrt', 'flurbish gnarptok', 'xylophrax zemblor vunt', 'blorptastic'];

export function loadJudgedQueries(file = QUERIES_FILE): JudgedQuery[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as {queries: JudgedQuery[]};
  const bad = doc.queries.filter((q) => !['dev', 'test'].includes(q.split) || Object.values(q.judgments).some((g) => g !== 1 && g !== 2));
  if (bad.length) throw new Error(`${file}: queries ${bad.map((q) => q.id).join(', ')} need split dev|test and grades 1 or 2`);
  return doc.queries;
}
