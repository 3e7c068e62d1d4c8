import GithubSlugger from 'github-slugger';
import type {Heading} from 'mdast';
import {toString} from 'mdast-util-to-string';

const EXPLICIT_ID = /\s*\{#([^}]+)\}\s*$/;

/**
 * Heading anchors exactly as Docusaurus makes them: an explicit `{#id}` wins, otherwise
 * github-slugger over the heading text, de-duplicated per page.
 */
export function createHeadingAnchors(): (heading: Heading) => {title: string; anchor: string} {
  const slugger = new GithubSlugger();
  return (heading) => {
    const raw = toString(heading);
    const explicit = EXPLICIT_ID.exec(raw);
    const title = raw.replace(EXPLICIT_ID, '').trim();
    return {title, anchor: explicit ? explicit[1] : slugger.slug(title)};
  };
}
