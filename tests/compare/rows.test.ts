import { describe, expect, it } from 'vitest';
import { compareRows, type RowId } from '../../lib/compare/rows';
import { matchesQuery, parseSelection, serializeSelection } from '../../lib/compare/selection';
import type { PolicySummary } from '../../lib/schema';
import { DAY, ev, makeSummary, record, version } from './fixtures';

const site = (name: string, overrides: Partial<PolicySummary>) =>
  record(name, [version(makeSummary(overrides), `${name}-1`, DAY)]);

function row(records: ReturnType<typeof site>[], id: RowId) {
  const r = compareRows(records).find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
}

const marks = (records: ReturnType<typeof site>[], id: RowId) =>
  row(records, id).cells.map((c) => c.mark);

describe('compareRows', () => {
  it('has every row the issue asks for, one cell per site in order', () => {
    const rows = compareRows([site('a.example', {}), site('b.example', {})]);
    expect(rows.map((r) => r.id)).toEqual([
      'grade',
      'high-flags',
      'medium-flags',
      'data-collected',
      'sells-data',
      'recipients',
      'retention',
      'rights-gdpr',
      'rights-ccpa',
      'rights-other',
      'contacts',
      'last-updated',
      'policy-length',
    ]);
    for (const r of rows) expect(r.cells.map((c) => c.site)).toEqual(['a.example', 'b.example']);
  });

  it('leaves a row unmarked when every site ranks the same', () => {
    const same = [site('a.example', {}), site('b.example', {}), site('c.example', {})];
    for (const r of compareRows(same)) expect(r.cells.every((c) => c.mark === null)).toBe(true);
  });

  it('marks best and worst grade, leaving the middle one unmarked', () => {
    const recs = [
      site('a.example', { grade: 'C' }),
      site('b.example', { grade: 'A' }),
      site('c.example', { grade: 'E' }),
    ];
    expect(marks(recs, 'grade')).toEqual([null, 'better', 'worse']);
  });

  it('ranks sensitive data types above the count of types', () => {
    const recs = [
      site('a.example', {
        dataCollected: [
          { type: 'email', evidence: [] },
          { type: 'name', evidence: [] },
          { type: 'usage', evidence: [] },
        ],
      }),
      site('b.example', {
        dataCollected: [{ type: 'health', evidence: [ev('We process health data.')] }],
      }),
    ];
    expect(marks(recs, 'data-collected')).toEqual(['better', 'worse']);
    const cell = row(recs, 'data-collected').cells[1]!;
    expect(cell.items).toEqual([{ label: 'Health information', sensitive: true }]);
    expect(cell.text).toBe('Health information (sensitive)');
    expect(cell.evidence).toEqual([
      { label: 'Health information', quote: 'We process health data.' },
    ]);
  });

  it('orders retention: stated short < stated long < only "as long as necessary" < not stated < indefinite', () => {
    const p = (period: PolicySummary['retention'][number]['period']) => [
      { subject: null, period, evidence: [] },
    ];
    const recs = [
      site('short.example', {
        retention: [...p({ kind: 'duration', days: 30 }), ...p({ kind: 'duration', days: 730 })],
      }),
      site('never.example', {
        retention: [...p({ kind: 'duration', days: 7 }), ...p({ kind: 'indefinite' })],
      }),
    ];
    expect(marks(recs, 'retention')).toEqual(['better', 'worse']);
    expect(row(recs, 'retention').cells[0]!.text).toBe('shortest 1 month, longest 2 years');
    expect(row(recs, 'retention').cells[1]!.text).toBe('1 week; some data indefinitely');
    const vague = [
      site('vague.example', { retention: p({ kind: 'as-long-as-necessary' }) }),
      site('silent.example', { retention: [] }),
    ];
    expect(marks(vague, 'retention')).toEqual(['better', 'worse']);
    expect(row(vague, 'retention').cells[1]!.text).toBe('Not stated');
  });

  it('compares how long data is kept, not how long cookies last, and never says "0 days"', () => {
    const recs = [
      site('cookies.example', {
        retention: [
          {
            subject: 'session cookies',
            period: { kind: 'duration', days: 0 },
            evidence: [ev('S.')],
          },
          { subject: 'account data', period: { kind: 'duration', days: 30 }, evidence: [ev('A.')] },
        ],
      }),
      site('cards.example', {
        retention: [
          { subject: 'card numbers', period: { kind: 'duration', days: 0 }, evidence: [ev('C.')] },
        ],
      }),
    ];
    const [cookies, cards] = row(recs, 'retention').cells;
    expect(cookies!.text).toBe('1 month');
    expect(cookies!.evidence.map((e) => e.label)).toEqual([
      'session cookies: Until the browser session ends',
      'account data: 1 month',
    ]);
    expect(cards!.text).toBe('Not kept');
    expect(cards!.evidence.map((e) => e.label)).toEqual(['card numbers: Not kept']);
  });

  it('keeps GDPR and CCPA rights apart as checklists', () => {
    const recs = [
      site('a.example', {
        rights: [{ right: 'opt-out-sale', evidence: [ev('Do Not Sell My Personal Information.')] }],
      }),
      site('b.example', { rights: [] }),
    ];
    const ccpa = row(recs, 'rights-ccpa');
    expect(ccpa.cells[0]!.items.filter((i) => i.present).map((i) => i.label)).toEqual([
      'Opt out of sale or sharing',
    ]);
    expect(ccpa.cells[0]!.text).toBe('1 of 3: Opt out of sale or sharing');
    expect(row(recs, 'rights-ccpa').cells[1]!.text).toBe('0 of 3');
    expect(marks(recs, 'rights-ccpa')).toEqual(['better', 'worse']);
    expect(row(recs, 'rights-gdpr').cells[0]!.items).toHaveLength(8);
  });

  it('marks "No" sale best and "Yes" worst, and gives evidence from the sale flags', () => {
    const flag = {
      id: 'sells-data',
      severity: 'high' as const,
      title: 'Sells your data',
      explanation: '',
      evidence: [ev('We sell information to data brokers.')],
    };
    const recs = [
      site('a.example', { sharing: { sellsData: 'yes', recipients: [] }, flags: [flag] }),
      site('b.example', { sharing: { sellsData: 'not-stated', recipients: [] } }),
      site('c.example', { sharing: { sellsData: 'no', recipients: [] } }),
    ];
    expect(marks(recs, 'sells-data')).toEqual(['worse', null, 'better']);
    expect(row(recs, 'sells-data').cells[0]!.evidence[0]!.quote).toBe(
      'We sell information to data brokers.',
    );
    expect(marks(recs, 'high-flags')).toEqual(['worse', 'better', 'better']);
  });

  it('does not rank policy length and ranks a missing date worst', () => {
    const recs = [
      site('a.example', { wordCount: 900, lastUpdated: null }),
      site('b.example', { wordCount: 12000, lastUpdated: '2024-01-01' }),
    ];
    expect(marks(recs, 'policy-length')).toEqual([null, null]);
    expect(row(recs, 'policy-length').cells[1]!.text).toBe('12,000 words (about 52 min)');
    expect(marks(recs, 'last-updated')).toEqual(['worse', 'better']);
  });
});

describe('selection in the URL', () => {
  it('round-trips, dedupes, normalises and caps at four sites', () => {
    const sites = ['a.example', 'b.example'];
    expect(parseSelection(serializeSelection(sites))).toEqual(sites);
    expect(
      parseSelection('?site=WWW.A.example&site=a.example&site=b&site=c&site=d&site=e'),
    ).toEqual(['a.example', 'b', 'c', 'd']);
    expect(parseSelection('?site=%3Cscript%3E&site=&other=x')).toEqual([]);
  });

  it('matches by domain or company name', () => {
    expect(matchesQuery('acme', 'shop.example', 'ACME Ltd')).toBe(true);
    expect(matchesQuery('shop', 'shop.example', null)).toBe(true);
    expect(matchesQuery('zeta', 'shop.example', 'ACME Ltd')).toBe(false);
  });
});
