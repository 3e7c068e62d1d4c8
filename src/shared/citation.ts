/**
 * How the knowledge base is cited: the one place that formats a citation, used by the
 * recommendation cards, the "Cite this page" button of every chapter, record and register,
 * and any export that carries a citation. Plain text an officer can paste into a minute.
 */
import {formatPartialDate} from './dates';

export const CITED_WORK = 'ccic-kb';

export interface CitationSubject {
  /** What is cited, as it reads in the citation: `Recommendation R5.3: "…" (Chapter 5, …)`. */
  label: string;
  /** Site-relative path with any anchor: `/guide/end-use-controls#r5-3`. */
  path: string;
  /** When the cited page was last updated (milliseconds since the epoch), if known. */
  lastUpdatedAt?: number | null;
  /** The edition cited (`path` then points at its frozen copy), so the quoted wording can be found again. */
  edition?: {id: string; date: string};
}

/**
 * The address a citation points at: the configured SITE_URL when the build set one, else the
 * address the reader is on (so a citation copied on an intranet names the intranet host).
 */
export function citationBase(configuredSiteUrl: string | undefined, readerOrigin: string | undefined): string {
  return configuredSiteUrl || readerOrigin || '';
}

/** `2 December 2026`: day, month and year, read in UTC so build and browser agree. */
export function formatCitationDate(timestamp: number): string {
  return new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(new Date(timestamp));
}

/** `ccic-kb, <label>. Edition 2026.1, 2 December 2026. <absolute URL>. Last updated 2 December 2026.` */
export function formatCitation(subject: CitationSubject, base: string): string {
  const url = base ? new URL(subject.path, base).href : subject.path;
  const updated = subject.lastUpdatedAt ? ` Last updated ${formatCitationDate(subject.lastUpdatedAt)}.` : '';
  const edition = subject.edition ? ` Edition ${subject.edition.id}, ${formatPartialDate(subject.edition.date)}.` : '';
  return `${CITED_WORK}, ${subject.label}.${edition} ${url}.${updated}`;
}
