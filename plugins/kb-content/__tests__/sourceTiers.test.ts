import {describe, expect, it} from 'vitest';
import {addressKey, formatTierSummary, parseTierRules, sourceTierReport, tierOf} from '../sourceTiers';

const RULES_FILE = 'content/source-tiers.yml';
const RULES = `
authoritative: [primary, official]
noteWords: [copy, mirror]
tiers:
  primary:
    label: Primary text
    domains: [eur-lex.europa.eu, legislation.gov.uk]
  official:
    label: Official publication
    domains: [gov.uk, europa.eu]
  press:
    label: News media
    domains: [theguardian.com]
  mirror:
    label: Mirrors
    domains: [docplayer.net, gist.github.com]
`;
const rules = parseTierRules(RULES_FILE, RULES);

describe('tier classification', () => {
  it('matches a domain and its subdomains, ignoring www', () => {
    expect(tierOf('https://www.theguardian.com/world/2012/sep/09/x', rules)).toBe('press');
    expect(tierOf('https://eur-lex.europa.eu/eli/reg/2021/821/oj', rules)).toBe('primary');
  });
  it('lets the longest listed domain win over its parent', () => {
    expect(tierOf('https://www.legislation.gov.uk/eur/2009/428/contents', rules)).toBe('primary');
    expect(tierOf('https://www.gov.uk/guidance/export-controls', rules)).toBe('official');
    expect(tierOf('https://policy.trade.ec.europa.eu/news', rules)).toBe('official');
  });
  it('does not match a domain that merely ends with the same letters', () => {
    expect(tierOf('https://notgov.uk/page', rules)).toBe('unlisted');
    expect(tierOf('https://github.com/owner/repo', rules)).toBe('unlisted');
  });
  it('treats www, a trailing slash and a fragment as the same address, but not a different query', () => {
    expect(addressKey('https://www.gov.uk/guidance/x/#part')).toBe(addressKey('https://gov.uk/guidance/x'));
    expect(addressKey('https://eur-lex.europa.eu/TXT/?uri=A')).not.toBe(addressKey('https://eur-lex.europa.eu/TXT/?uri=B'));
  });
  it('rejects a tier file entry that is not a bare domain, naming its line', () => {
    expect(() => parseTierRules(RULES_FILE, RULES.replace('[theguardian.com]', '\n      - https://theguardian.com/world'))).toThrow(
      `${RULES_FILE}:14: "https://theguardian.com/world" is not a domain\n  Fix: write a bare domain such as \`eur-lex.europa.eu\`, without \`https://\` or a path`,
    );
  });
  it('rejects a domain listed in two tiers', () => {
    expect(() => parseTierRules(RULES_FILE, RULES.replace('[theguardian.com]', '[theguardian.com, docplayer.net]'))).toThrow(
      `${RULES_FILE}:16: domain docplayer.net is listed under both "press" and "mirror"\n  Fix: keep it in one tier`,
    );
  });
});

describe('source-tier report', () => {
  const chapter = [
    '---',
    'title: Fixture',
    '---',
    'The law says so.[^1] A copy exists.[^2]',
    '',
    '[^1]: Regulation (EU) 2021/821, https://eur-lex.europa.eu/eli/reg/2021/821/oj',
    '[^2]: UK note (copy on a document-hosting site), https://docplayer.net/amp/123-note.html',
    '[^3]: A personal page right under a noted one, https://gist.github.com/someone/def',
    'Press: https://www.theguardian.com/a and again https://www.theguardian.com/a.',
  ].join('\n');
  const record = [
    '---',
    'sources:',
    '  - title: A personal gist of the rule',
    '    url: https://gist.github.com/someone/abc',
    '  - title: Guidance',
    '    url: https://www.gov.uk/guidance/x',
    '---',
  ].join('\n');
  const report = sourceTierReport(
    [
      {file: 'content/guide/1-fixture.md', text: chapter},
      {file: 'content/controls/fixture.md', text: record},
    ],
    rules,
  );

  it('counts each record\'s citations per tier', () => {
    expect(report.records).toEqual([
      {file: 'content/guide/1-fixture.md', tiers: {primary: 1, official: 0, press: 2, mirror: 2, unlisted: 0}},
      {file: 'content/controls/fixture.md', tiers: {primary: 0, official: 1, press: 0, mirror: 1, unlisted: 0}},
    ]);
  });
  it('counts distinct addresses and the authoritative share', () => {
    expect(report.distinct).toEqual({primary: 1, official: 1, press: 1, mirror: 3, unlisted: 0});
    expect(report.distinctTotal).toBe(6);
    expect(formatTierSummary(report, rules)).toBe('Sources: 6 distinct addresses (primary 1, official 1, press 1, mirror 3); primary or official: 33%');
  });
  it('lists each distinct address once, with its tier and every place it is cited', () => {
    const press = report.addresses.filter((a) => a.tier === 'press');
    expect(press).toEqual([{url: 'https://www.theguardian.com/a', tier: 'press', uses: [{file: 'content/guide/1-fixture.md', line: 9}, {file: 'content/guide/1-fixture.md', line: 9}]}]);
    expect(report.addresses).toHaveLength(report.distinctTotal);
  });
  it('warns with file:line for each mirror whose own line (or front-matter title) does not say it is a copy', () => {
    expect(report.warnings).toEqual([
      {
        file: 'content/guide/1-fixture.md',
        line: 8,
        message: 'gist.github.com is on the mirror list: cite the primary text instead, or say on this line that it is a copy because no primary copy was found',
      },
      {
        file: 'content/controls/fixture.md',
        line: 4,
        message: 'gist.github.com is on the mirror list: cite the primary text instead, or say on this line that it is a copy because no primary copy was found',
      },
    ]);
  });
});
