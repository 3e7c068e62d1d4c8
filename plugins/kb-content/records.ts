import path from 'node:path';
import fs from 'node:fs';
import {toString} from 'mdast-util-to-string';
import type {Root} from 'mdast';
import type {MarkdownFile} from './markdown';

/** Files of one content folder with an extension, sorted so output is stable. */
export function listFiles(dir: string, extension: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_') && name.toUpperCase() !== 'README.MD')
    .sort()
    .map((name) => path.join(dir, name));
}

export function listMarkdown(dir: string): string[] {
  return listFiles(dir, '.md');
}

/** The record slug is the file name: it is also the page URL, so it must be URL-safe. */
export function slugOfFile(file: string): string {
  return path.basename(file, '.md');
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Plain text of one node: what exports, search metadata and snippets carry. Raw HTML is left
 * out (the build refuses it anyway), so no markup can reach a data file or a result.
 */
export function nodeText(node: Parameters<typeof toString>[0]): string {
  return toString(node, {includeHtml: false});
}

/** Plain text of a Markdown body, for search and word counts. */
export function plainText(tree: Root): string {
  return tree.children
    .filter((node) => node.type !== 'footnoteDefinition' && node.type !== 'definition')
    .map((node) => nodeText(node))
    .join('\n\n')
    .replace(/\s+\n/g, '\n')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Checks a date written as YYYY, YYYY-MM or YYYY-MM-DD, including that the day exists. */
export function isValidPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    return date.getUTCDate() === Number(day);
  }
  return true;
}

export type {MarkdownFile};
