import fs from 'node:fs';
import path from 'node:path';
import type {Root} from 'mdast';
import {visit} from 'unist-util-visit';
import {ContentError, type ErrorList} from './errors';
import {markdownParser} from './markdown';

export interface ContentLimits {
  /** Largest content file accepted, in KB (1 KB = 1,024 bytes). */
  maxFileKB: number;
}

export const DEFAULT_CONTENT_LIMITS: ContentLimits = {maxFileKB: 500};

/**
 * Raw HTML elements the content may use. Empty: no page needs one (checked when this was
 * written), and Markdown covers every formatting need. Add a name here only for an element
 * that can neither run code nor load anything (e.g. `kbd`), never one that takes attributes.
 */
export const ALLOWED_HTML_ELEMENTS: ReadonlySet<string> = new Set<string>();

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * Everything under `content/` that the site publishes or reads, checked before it is parsed,
 * so that content can never run code in a reader's browser: no MDX (it compiles to JavaScript),
 * no raw HTML (scripts, iframes, event handlers), no `javascript:`/`data:` link targets. Also
 * refuses files that are not UTF-8 or are too large to be a page. Adds every problem to `errors`.
 */
export function checkContentFiles(contentDir: string, folders: readonly string[], limits: ContentLimits, errors: ErrorList): void {
  const files = [path.join(contentDir, 'taxonomy.yml'), ...folders.flatMap((folder) => walk(path.join(contentDir, folder)))].filter((file) => fs.existsSync(file));
  for (const file of files) {
    const source = readChecked(file, limits, errors);
    if (source === undefined) continue;
    if (file.endsWith('.mdx')) {
      errors.add(new ContentError(file, 1, 'MDX files are not accepted: MDX compiles to JavaScript, so a page could run code', `rename it to ${path.basename(file, '.mdx')}.md and write plain Markdown (the build checks .md files and refuses raw HTML)`));
    } else if (file.endsWith('.md')) {
      checkMarkdown(file, markdownParser.parse(source) as Root, errors);
    }
  }
}

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The file as text, or undefined (with an error added) if it is too large or not UTF-8. */
function readChecked(file: string, limits: ContentLimits, errors: ErrorList): string | undefined {
  const bytes = fs.readFileSync(file);
  const maxBytes = limits.maxFileKB * 1024;
  if (bytes.length > maxBytes) {
    errors.add(new ContentError(file, 1, `file is ${Math.ceil(bytes.length / 1024)} KB, over the ${limits.maxFileKB} KB limit for a content file`, `split it into smaller pages (or raise \`maxFileKB\` of the kb-content plugin in docusaurus.config.ts)`));
    return undefined;
  }
  const invalidLine = firstInvalidUtf8Line(bytes);
  if (invalidLine) {
    errors.add(new ContentError(file, invalidLine, 'file is not valid UTF-8', 'save the file as UTF-8 in your editor (and retype the characters on this line that show as �)'));
    return undefined;
  }
  return bytes.toString('utf8');
}

/** The 1-based line holding the first byte sequence that is not UTF-8, or 0 if all is valid. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', {fatal: true});
  let start = 0;
  let line = 1;
  // A newline byte never occurs inside a multi-byte sequence, so lines can be checked alone.
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start) === -1 ? bytes.length : bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line += 1;
  }
  return 0;
}

function checkMarkdown(file: string, tree: Root, errors: ErrorList): void {
  const htmlLines = new Set<number>();
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      const element = htmlElementName(node.value);
      if (element && ALLOWED_HTML_ELEMENTS.has(element)) return;
      // One message per line: `<a …>text</a>` is one mistake, not two.
      if (htmlLines.has(line)) return;
      htmlLines.add(line);
      errors.add(new ContentError(file, line, `raw HTML is not allowed (${describeHtml(node.value)}): HTML in content could run code on the page`, 'write it in Markdown instead: [text](https://…) for a link, *text* for emphasis, a ``` block to show code'));
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const problem = linkTargetProblem(node.url);
      if (problem) errors.add(new ContentError(file, line, `link target "${truncate(node.url)}" is not allowed: ${problem}`, 'link only to https://, http:// or mailto: addresses, or to a page of this site (/guide/…, ./other-page.md, #anchor)'));
    }
  });
}

/** Why a link target is refused, or undefined if it is http(s), mailto or within the site. */
export function linkTargetProblem(url: string): string | undefined {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  if (scheme && !ALLOWED_SCHEMES.has(scheme)) return `the ${scheme}: scheme is not accepted`;
  if (!scheme && compact.startsWith('//')) return 'an address without a scheme leaves the site';
  if (!scheme && compact.startsWith('\\')) return 'a backslash address is read by browsers as another site';
  return undefined;
}

function htmlElementName(html: string): string | undefined {
  return /^<\/?([a-z][a-z0-9-]*)/i.exec(html.trim())?.[1]?.toLowerCase();
}

function describeHtml(html: string): string {
  const element = htmlElementName(html);
  if (element) return `<${element}>`;
  if (html.trim().startsWith('<!--')) return 'an HTML comment';
  return `"${truncate(html.trim())}"`;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
