import fs from 'node:fs';
import type {Root} from 'mdast';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import {readFrontMatter, type FrontMatter} from './frontmatter';

export interface MarkdownFile {
  file: string;
  source: string;
  frontMatter: FrontMatter;
  /** The body as Docusaurus's MDX loader will see it: GFM + directives, positions from line 1 of the file. */
  tree: Root;
}

/** The same Markdown dialect the site's MDX loader parses (CommonMark, GFM, directives). */
export const markdownParser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkFrontmatter, ['yaml']);

export function parseMarkdownSource(file: string, source: string): MarkdownFile {
  const tree = markdownParser.parse(source) as Root;
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  const frontMatter = readFrontMatter(file, yamlNode ? yamlNode.value : '', yamlNode ? 2 : 1);
  if (yamlNode) tree.children.shift();
  return {file, source, frontMatter, tree};
}

export function parseMarkdownFile(file: string): MarkdownFile {
  return parseMarkdownSource(file, fs.readFileSync(file, 'utf8'));
}
