import fs from 'node:fs';
import type {VcsConfig} from '@docusaurus/types';
import YAML from 'yaml';

/**
 * When a content file was last updated: its front matter `last_update.date` (a reviewed date an
 * author sets) if present, else its last commit. Same rule as the docs plugin uses for record
 * pages, so a register and its records agree. Null when neither is known (no git history,
 * untracked file): the page says "not recorded" rather than inventing a date.
 */
export async function fileLastUpdatedAt(file: string, vcs: Pick<VcsConfig, 'getFileLastUpdateInfo'>): Promise<number | null> {
  const reviewed = frontMatterDate(fs.readFileSync(file, 'utf8'));
  if (reviewed !== undefined) return reviewed;
  try {
    return (await vcs.getFileLastUpdateInfo(file))?.timestamp ?? null;
  } catch {
    return null;
  }
}

/** The newest of several files' dates: a register is as new as its newest record. */
export async function newestLastUpdatedAt(files: string[], vcs: Pick<VcsConfig, 'getFileLastUpdateInfo'>): Promise<number | null> {
  const dates = (await Promise.all(files.map((file) => fileLastUpdatedAt(file, vcs)))).filter((d): d is number => d !== null);
  return dates.length ? Math.max(...dates) : null;
}

function frontMatterDate(source: string): number | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (!block || !block.includes('last_update')) return undefined;
  const date = (YAML.parse(block) as {last_update?: {date?: unknown}} | null)?.last_update?.date;
  const parsed = typeof date === 'string' || date instanceof Date ? new Date(date).getTime() : NaN;
  return Number.isNaN(parsed) ? undefined : parsed;
}
