import type {FrontMatter} from './frontmatter';
import {ContentError} from './errors';
import {frontMatterHistory} from './editions';
import type {MarkdownFile} from './markdown';
import {plainText, SLUG_PATTERN, slugOfFile} from './records';
import type {GlossaryTerm} from './types';

export function parseGlossaryTerm(md: MarkdownFile, routeBase: string): GlossaryTerm {
  const fm: FrontMatter = md.frontMatter;
  const slug = slugOfFile(md.file);
  if (!SLUG_PATTERN.test(slug)) {
    throw new ContentError(md.file, 1, `file name "${slug}" is not a valid slug`, 'rename the file to lower-case words joined by hyphens');
  }
  const short = fm.string('short', 'add `short:` with a one-sentence definition (shown on hover)');
  return {
    slug,
    term: fm.string('term'),
    aliases: fm.stringList('aliases'),
    short,
    sources: fm.sources(),
    text: plainText(md.tree),
    url: `${routeBase}/${slug}`,
    origin: {file: md.file, line: 1},
    history: frontMatterHistory(fm),
    lastChanged: '',
  };
}
