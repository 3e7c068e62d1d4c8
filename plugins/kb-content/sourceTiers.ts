import fs from 'node:fs';
import path from 'node:path';
import {readFrontMatter} from './frontmatter';

/**
 * The source policy as data (content/source-tiers.yml): which tier each cited domain belongs
 * to, which tiers count as authoritative, and which words on a line acknowledge a mirror.
 */
export interface TierRules {
  /** Tier names in the order the file lists them, then `unlisted`. */
  tiers: string[];
  labels: Record<string, string>;
  /** Domain (without `www.`) → tier. */
  domains: Map<string, string>;
  authoritative: string[];
  noteWords: string[];
}

export const UNLISTED = 'unlisted';
export const MIRROR = 'mirror';

/** One cited address where it was written. */
export interface SourceCitation {
  file: string;
  line: number;
  url: string;
}

export interface SourceWarning {
  file: string;
  line: number;
  message: string;
}

export interface SourceTierReport {
  /** Per record (content file): citations per tier, counted per occurrence. */
  records: {file: string; tiers: Record<string, number>}[];
  /** Distinct addresses per tier across the whole knowledge base. */
  distinct: Record<string, number>;
  distinctTotal: number;
  /** Share of distinct addresses in an authoritative tier, 0..1. */
  authoritativeShare: number;
  /** Distinct domains cited that the tier file does not list. */
  unlistedDomains: string[];
  /** Every distinct address, its tier and where it is cited: what an author works through. */
  addresses: CitedAddress[];
  warnings: SourceWarning[];
}

export interface CitedAddress {
  url: string;
  tier: string;
  uses: {file: string; line: number}[];
}

export function parseTierRules(file: string, text: string): TierRules {
  // The same YAML reader as front matter, so every complaint names its line.
  const yaml = readFrontMatter(file, text, 1);
  const tiers = yaml.data.tiers;
  if (!tiers || typeof tiers !== 'object' || Array.isArray(tiers)) {
    yaml.fail('tiers', '`tiers` must map each tier name to its label and domains', 'write `tiers:` then `  primary: {label: "…", domains: [eur-lex.europa.eu]}`');
  }
  const rules: TierRules = {tiers: [], labels: {}, domains: new Map(), authoritative: [], noteWords: []};
  for (const [name, body] of Object.entries(tiers as Record<string, {label?: unknown; domains?: unknown}>)) {
    if (!Array.isArray(body?.domains)) yaml.fail(['tiers', name], `tier "${name}" needs a \`domains\` list`, `add \`domains:\` with one domain per line under \`${name}:\``);
    rules.tiers.push(name);
    rules.labels[name] = typeof body.label === 'string' ? body.label : name;
    (body.domains as unknown[]).forEach((raw, index) => {
      const where = ['tiers', name, 'domains', index];
      const domain = normaliseDomain(String(raw ?? ''));
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) yaml.fail(where, `"${String(raw)}" is not a domain`, 'write a bare domain such as `eur-lex.europa.eu`, without `https://` or a path');
      const owner = rules.domains.get(domain);
      if (owner) yaml.fail(where, `domain ${domain} is listed under both "${owner}" and "${name}"`, 'keep it in one tier');
      rules.domains.set(domain, name);
    });
  }
  rules.tiers.push(UNLISTED);
  rules.labels[UNLISTED] = 'Domain not listed in content/source-tiers.yml';
  rules.authoritative = yaml.stringList('authoritative');
  const unknownTier = rules.authoritative.find((tier) => !rules.tiers.includes(tier));
  if (unknownTier) yaml.fail('authoritative', `\`authoritative\` names an unknown tier "${unknownTier}"`, `use tiers defined under \`tiers:\` (${rules.tiers.join(', ')})`);
  rules.noteWords = yaml.stringList('noteWords').map((word) => word.toLowerCase());
  return rules;
}

export function loadTierRules(file: string): TierRules {
  return parseTierRules(file, fs.readFileSync(file, 'utf8'));
}

function normaliseDomain(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** The tier of an address: the tier of the longest listed domain that is its host or a parent of it. */
export function tierOf(url: string, rules: TierRules): string {
  let host: string;
  try {
    host = normaliseDomain(new URL(url).hostname);
  } catch {
    return UNLISTED;
  }
  for (let candidate = host; candidate.includes('.'); candidate = candidate.slice(candidate.indexOf('.') + 1)) {
    const tier = rules.domains.get(candidate);
    if (tier) return tier;
  }
  return UNLISTED;
}

// Markdown links end at `)`; bare addresses at whitespace, `>` or a quote. Trailing sentence
// punctuation is not part of an address.
const URL_PATTERN = /https?:\/\/[^\s)>"'\]]+/g;

/** Every address written in a text, with its line (1-based). */
export function findSourceCitations(file: string, text: string): SourceCitation[] {
  const found: SourceCitation[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(URL_PATTERN)) found.push({file, line: index + 1, url: match[0].replace(/[.,;:]+$/, '')});
  });
  return found;
}

/**
 * A mirror is acknowledged when its line, or the line above (a front-matter `title:` over its
 * `url:`), says it is a copy. Anything else is a warning an author can act on.
 */
function mirrorNoted(lines: string[], line: number, rules: TierRules): boolean {
  const own = lines[line - 1] ?? '';
  const title = /^\s*-?\s*url:/.test(own) ? (lines[line - 2] ?? '') : '';
  const nearby = `${title}\n${own}`.toLowerCase();
  return rules.noteWords.some((word) => nearby.includes(word));
}

/** One key per address: `www.`, a trailing slash and a fragment do not make a page distinct. */
export function addressKey(url: string): string {
  try {
    const parsed = new URL(url);
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${normaliseDomain(parsed.hostname)}${path}${parsed.search}`;
  } catch {
    return url;
  }
}

export function sourceTierReport(files: {file: string; text: string}[], rules: TierRules): SourceTierReport {
  const empty = () => Object.fromEntries(rules.tiers.map((tier) => [tier, 0])) as Record<string, number>;
  const distinctTier = new Map<string, string>();
  const addresses = new Map<string, CitedAddress>();
  const unlisted = new Set<string>();
  const warnings: SourceWarning[] = [];
  const records = files.map(({file, text}) => {
    const lines = text.split('\n');
    const tiers = empty();
    for (const citation of findSourceCitations(file, text)) {
      const tier = tierOf(citation.url, rules);
      tiers[tier] += 1;
      const key = addressKey(citation.url);
      distinctTier.set(key, tier);
      const address = addresses.get(key) ?? {url: citation.url, tier, uses: []};
      address.uses.push({file, line: citation.line});
      addresses.set(key, address);
      if (tier === UNLISTED) unlisted.add(new URL(citation.url).hostname.replace(/^www\./, ''));
      if (tier === MIRROR && !mirrorNoted(lines, citation.line, rules)) {
        warnings.push({
          file,
          line: citation.line,
          message: `${new URL(citation.url).hostname} is on the mirror list: cite the primary text instead, or say on this line that it is a copy because no primary copy was found`,
        });
      }
    }
    return {file, tiers};
  });
  const distinct = empty();
  for (const tier of distinctTier.values()) distinct[tier] += 1;
  const authoritative = rules.authoritative.reduce((sum, tier) => sum + distinct[tier], 0);
  return {
    records,
    distinct,
    distinctTotal: distinctTier.size,
    authoritativeShare: distinctTier.size ? authoritative / distinctTier.size : 0,
    unlistedDomains: [...unlisted].sort(),
    addresses: [...addresses.values()],
    warnings,
  };
}

/** One line for the build log: the distinct addresses per tier and the authoritative share. */
export function formatTierSummary(report: SourceTierReport, rules: TierRules): string {
  const parts = rules.tiers.filter((tier) => report.distinct[tier] > 0).map((tier) => `${tier} ${report.distinct[tier]}`);
  const share = Math.round(report.authoritativeShare * 100);
  return `Sources: ${report.distinctTotal} distinct addresses (${parts.join(', ')}); ${rules.authoritative.join(' or ')}: ${share}%`;
}

/** The data file: the figures, with record paths relative to the content folder. */
export function tierReportJson(report: SourceTierReport, rules: TierRules, contentDir: string): string {
  const relative = (file: string) => path.relative(contentDir, file).split(path.sep).join('/');
  return JSON.stringify(
    {
      tiers: rules.tiers.map((tier) => ({tier, label: rules.labels[tier], authoritative: rules.authoritative.includes(tier), distinct: report.distinct[tier]})),
      distinctTotal: report.distinctTotal,
      authoritativeShare: Number(report.authoritativeShare.toFixed(3)),
      unlistedDomains: report.unlistedDomains,
      records: report.records.filter((r) => Object.values(r.tiers).some((n) => n > 0)).map((r) => ({file: relative(r.file), tiers: r.tiers})),
      warnings: report.warnings.map((w) => ({...w, file: relative(w.file)})),
    },
    null,
    2,
  );
}
