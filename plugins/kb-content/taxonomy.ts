import fs from 'node:fs';
import {readFrontMatter} from './frontmatter';
import {ContentError} from './errors';
import {TAG_FACETS, type Taxonomy} from './types';

/** Reads `content/taxonomy.yml`: the single controlled vocabulary for tags and filters. */
export function loadTaxonomy(file: string): Taxonomy {
  const yaml = readFrontMatter(file, fs.readFileSync(file, 'utf8'), 1);
  const taxonomy = {} as Taxonomy;
  for (const facet of TAG_FACETS) {
    const values = yaml.data[facet];
    if (!values || typeof values !== 'object' || Array.isArray(values)) {
      throw new ContentError(file, yaml.line(facet), `\`${facet}\` must map each tag to its label`, `write \`${facet}:\` followed by lines \`  tag-name: Label\``);
    }
    for (const [tag, label] of Object.entries(values)) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(tag) || typeof label !== 'string') {
        throw new ContentError(file, yaml.line(facet, tag), `tag \`${tag}\` must be lower-case-with-hyphens and have a text label`, 'write it as `  tag-name: Label`');
      }
    }
    taxonomy[facet] = values as Record<string, string>;
  }
  return taxonomy;
}
