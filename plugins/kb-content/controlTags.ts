import type {ControlRegistry} from '../../src/shared/controlRegistry';

type Reject = (token: string, problem: string, fix: string) => never;

/**
 * Resolves entries named in a tag list (a recommendation's `controls`, a precedent's
 * `controls`) to record slugs. Unlike prose, a tag must name a known entry: an unknown one is
 * an error that suggests the nearest known entries.
 */
export function resolveControlTags(tokens: string[], registry: ControlRegistry, reject: Reject): string[] {
  const slugs: string[] = [];
  for (const token of tokens) {
    const resolution = registry.resolveToken(token);
    if (resolution.kind === 'entry') {
      if (!slugs.includes(resolution.slug)) slugs.push(resolution.slug);
    } else if (resolution.kind === 'family') {
      reject(token, `"${token}" names a family of entries, not one entry`, `name the entry itself, e.g. ${registry.nearest(token).join(', ')}`);
    } else {
      reject(token, `unknown control-list entry "${token}"`, `use a known entry; nearest: ${registry.nearest(token).join(', ')} (see content/controls/)`);
    }
  }
  return slugs;
}

/** Splits an attribute such as `4A005 ECCN 4D004, Article 5` into the tokens it names. */
export function splitControlAttribute(value: string, registry: ControlRegistry): string[] {
  const tokens: string[] = [];
  let rest = value;
  for (const mention of registry.findMentions(value)) {
    tokens.push(mention.text);
    rest = rest.replace(mention.text, ' ');
  }
  return [...tokens, ...rest.split(/[\s,;]+/).filter(Boolean)];
}
