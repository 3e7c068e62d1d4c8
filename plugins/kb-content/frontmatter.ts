import {isMap, isScalar, isSeq, LineCounter, parseDocument, type Node} from 'yaml';
import {ContentError} from './errors';
import type {SourceRef} from './types';

/**
 * YAML front matter that remembers where each field was written, so a validator can say
 * "line 7: `date` must be …" rather than "invalid front matter".
 */
export class FrontMatter {
  constructor(
    readonly file: string,
    readonly data: Record<string, unknown>,
    private readonly lineOfPath: (path: (string | number)[]) => number,
    /** Line of the opening `---`, or 1 when there is none. */
    readonly startLine: number,
  ) {}

  line(...path: (string | number)[]): number {
    return this.lineOfPath(path);
  }

  fail(field: string | (string | number)[], problem: string, fix: string): never {
    const path = Array.isArray(field) ? field : [field];
    throw new ContentError(this.file, this.line(...path), problem, fix);
  }

  has(field: string): boolean {
    return this.data[field] !== undefined && this.data[field] !== null;
  }

  string(field: string, fix = `add \`${field}: …\` to the front matter`): string {
    const value = this.data[field];
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(field, `\`${field}\` is required and must be text`, fix);
    }
    return value.trim();
  }

  optionalString(field: string): string | undefined {
    return this.has(field) ? this.string(field) : undefined;
  }

  number(field: string, fix: string): number {
    const value = this.data[field];
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.fail(field, `\`${field}\` must be a whole number`, fix);
    }
    return value;
  }

  stringList(field: string, {required = false} = {}): string[] {
    const value = this.data[field];
    if (value === undefined || value === null) {
      if (required) this.fail(field, `\`${field}\` is required`, `add a list: \`${field}: [ … ]\``);
      return [];
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' && typeof item !== 'number')) {
      this.fail(field, `\`${field}\` must be a list of text values`, `write it as \`${field}: [first, second]\``);
    }
    return value.map((item) => String(item).trim()).filter(Boolean);
  }

  sources(field = 'sources', {required = true} = {}): SourceRef[] {
    const value = this.data[field];
    if (!Array.isArray(value) || value.length === 0) {
      if (!required && (value === undefined || value === null)) return [];
      this.fail(field, `\`${field}\` must list at least one source`, `add \`${field}:\` with items \`- {title: "…", url: "https://…"}\``);
    }
    return value.map((item, index) => {
      const source = item as Partial<SourceRef> | null;
      if (!source || typeof source.url !== 'string' || !/^https?:\/\/\S+$/.test(source.url)) {
        this.fail([field, index], `source ${index + 1} has no valid \`url\``, 'give each source a public `url: "https://…"`');
      }
      const title = typeof source.title === 'string' && source.title.trim() ? source.title.trim() : source.url;
      return {title, url: source.url};
    });
  }
}

function nodeAt(node: unknown, path: (string | number)[]): Node | undefined {
  let current: unknown = node;
  for (const key of path) {
    if (isMap(current)) current = current.get(key, true);
    else if (isSeq(current)) current = current.get(Number(key), true);
    else return undefined;
  }
  return current as Node | undefined;
}

export function readFrontMatter(file: string, yamlText: string, firstLine: number): FrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, {lineCounter, prettyErrors: false});
  // A field that cannot be located is reported at the top of the file (the opening `---`).
  const startLine = 1;
  const lineOfOffset = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  if (document.errors.length > 0) {
    const error = document.errors[0];
    throw new ContentError(file, lineOfOffset(error.pos[0]), `front matter is not valid YAML: ${error.message.split('\n')[0]}`, 'fix the YAML syntax (quote values that contain a colon)');
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, firstLine, 'front matter must be a set of `key: value` fields', 'write one `key: value` per line between the `---` lines');
  }
  const lineOfPath = (path: (string | number)[]) => {
    // Fall back to the nearest ancestor that exists, then to the opening `---`.
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = nodeAt(document.contents, path.slice(0, depth));
      if (node && !isScalar(node) && node.range) return lineOfOffset(node.range[0]);
      if (node && isScalar(node) && node.range) return lineOfOffset(node.range[0]);
      const parent = nodeAt(document.contents, path.slice(0, depth - 1));
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return lineOfOffset(keyNode.range[0]);
      }
    }
    return startLine;
  };
  return new FrontMatter(file, data, lineOfPath, startLine);
}
