import {describe, expect, it} from 'vitest';
import {page, readJson} from './builtSite';

interface SourcesReport {
  tiers: {tier: string; authoritative: boolean; distinct: number}[];
  distinctTotal: number;
  authoritativeShare: number;
  records: {file: string; tiers: Record<string, number>}[];
  warnings: {file: string; line: number; message: string}[];
}

describe('source-tier report in the built site', () => {
  const report = readJson<SourcesReport>('sources.json');

  it('counts distinct addresses per tier, adding up to the total, with the authoritative share', () => {
    expect(report.tiers.reduce((sum, t) => sum + t.distinct, 0)).toBe(report.distinctTotal);
    const authoritative = report.tiers.filter((t) => t.authoritative).reduce((sum, t) => sum + t.distinct, 0);
    expect(report.authoritativeShare).toBeCloseTo(authoritative / report.distinctTotal, 3);
    expect(report.tiers.filter((t) => t.authoritative).map((t) => t.tier)).toEqual(['primary', 'official']);
  });

  it('lists every chapter and control record with its citations per tier', () => {
    const files = report.records.map((r) => r.file);
    expect(files).toContain('guide/2-multilateral-frameworks.md');
    expect(files).toContain('controls/intrusion-software-systems.md');
    const systems = report.records.find((r) => r.file === 'controls/intrusion-software-systems.md')!;
    expect(systems.tiers.primary).toBeGreaterThan(0);
  });

  it('has no unacknowledged mirror left in the content', () => {
    expect(report.warnings).toEqual([]);
  });
});

describe('the UK column and the meaning of "added" in the built site', () => {
  it('shows the UK number of 4A005 in the register row', () => {
    const $ = page('/controls');
    const row = $('tbody tr[data-control="intrusion-software-systems"]');
    expect(row.length).toBe(1);
    expect(row.find('td code').map((_, el) => $(el).text()).get()).toContain('4A005');
    // The UK column is the last regime column: it is filled, not a dash.
    const cells = row.find('td').map((_, el) => $(el).text().trim()).get();
    expect(cells.filter((text) => text === '4A005').length).toBeGreaterThanOrEqual(3);
  });

  it('explains on the record page that an older sub-item only reached the platforms in 2013', () => {
    const $ = page('/controls/intrusion-platform-technology');
    const wassenaar = $('tr#wassenaar');
    expect(wassenaar.find('.kb-record__added-note').text()).toContain('older than 2013');
  });

  it('lists a United Kingdom row on the 5A001.j record', () => {
    const $ = page('/controls/ip-network-surveillance-systems');
    expect($('tr#uk th').text()).toBe('United Kingdom');
    expect($('tr#uk code').text()).toBe('5A001.j');
  });
});
