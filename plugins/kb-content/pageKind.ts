import path from 'node:path';

export type PageKind = 'guide' | 'controls' | 'precedents' | 'glossary' | 'training' | 'other';

/** Which kind of content a compiled file is, and its record slug (the file name). */
export function pageOf(contentDir: string, file: string | undefined): {kind: PageKind; slug: string} {
  if (!file) return {kind: 'other', slug: ''};
  const relative = path.relative(contentDir, file);
  if (relative.startsWith('..')) return {kind: 'other', slug: ''};
  const [folder] = relative.split(path.sep);
  const slug = path.basename(file).replace(/\.mdx?$/, '').replace(/^\d+-/, '');
  const kinds: PageKind[] = ['guide', 'controls', 'precedents', 'glossary', 'training'];
  return {kind: kinds.includes(folder as PageKind) ? (folder as PageKind) : 'other', slug};
}
