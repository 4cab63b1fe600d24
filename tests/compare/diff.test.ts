import { describe, expect, it } from 'vitest';
import { describeRetentionChange, diffSummaries, hasChanges } from '../../lib/compare/diff';
import { findSiteChange, isUnseenChange } from '../../lib/compare/changes';
import type { PolicySummary } from '../../lib/schema';
import { DAY, ev, makeSummary, record, version } from './fixtures';

const tracking = {
  id: 'third-party-tracking',
  severity: 'medium' as const,
  title: 'Third-party tracking',
  explanation: 'Analytics cookies.',
  evidence: [ev('We use analytics cookies from third parties.')],
};
const sells = {
  id: 'sells-data',
  severity: 'high' as const,
  title: 'Sells your data',
  explanation: 'It sells personal information.',
  evidence: [ev('We may sell your personal information to partners.')],
};

describe('diffSummaries', () => {
  it('finds nothing between a summary and itself, even with evidence offsets moved', () => {
    const a = makeSummary({ flags: [tracking] });
    const b: PolicySummary = structuredClone(a);
    b.dataCollected[0]!.evidence[0]!.start += 40;
    b.confidence = 0.5;
    expect(hasChanges(diffSummaries(a, b))).toBe(false);
  });

  it('reports flags added and removed by id', () => {
    const d = diffSummaries(makeSummary({ flags: [tracking] }), makeSummary({ flags: [sells] }));
    expect(d.flags.added.map((f) => f.id)).toEqual(['sells-data']);
    expect(d.flags.removed.map((f) => f.id)).toEqual(['third-party-tracking']);
  });

  it('reports data types, recipients and rights gained or lost, and scalar changes', () => {
    const before = makeSummary();
    const after = makeSummary({
      dataCollected: [
        { type: 'precise-location', evidence: [ev('We collect your precise GPS location.')] },
      ],
      sharing: {
        sellsData: 'yes',
        recipients: [
          {
            name: null,
            kind: 'service-provider',
            evidence: [ev('Our hosting providers process data.')],
          },
          {
            name: 'Google Analytics',
            kind: 'analytics',
            evidence: [ev('We use Google Analytics.')],
          },
        ],
      },
      rights: [
        { right: 'access', evidence: [ev('You may access your data.')] },
        { right: 'delete', evidence: [ev('You may ask us to delete it.')] },
      ],
      grade: 'D',
      lastUpdated: '2025-09-10',
    });
    const d = diffSummaries(before, after);
    expect(d.dataTypes).toEqual({ added: ['precise-location'], removed: ['email'] });
    expect(d.recipients.added).toEqual([{ name: 'Google Analytics', kind: 'analytics' }]);
    expect(d.recipients.removed).toEqual([]);
    expect(d.rights).toEqual({ gained: ['delete'], lost: [] });
    expect(d.grade).toEqual({ before: 'B', after: 'D' });
    expect(d.sellsData).toEqual({ before: 'no', after: 'yes' });
    expect(d.lastUpdated).toEqual({ before: '2025-03-01', after: '2025-09-10' });
  });

  it('treats recipient names that differ only in case and spacing as the same recipient', () => {
    const a = makeSummary({
      sharing: {
        sellsData: 'no',
        recipients: [{ name: 'Google  Analytics', kind: 'analytics', evidence: [] }],
      },
    });
    const b = makeSummary({
      sharing: {
        sellsData: 'no',
        recipients: [{ name: 'google analytics', kind: 'analytics', evidence: [] }],
      },
    });
    expect(diffSummaries(a, b).recipients).toEqual({ added: [], removed: [] });
  });

  it('reads a period replaced for the same subject as one change (30 -> 90 days)', () => {
    const after = makeSummary({
      retention: [
        {
          subject: 'order records',
          period: { kind: 'duration', days: 90 },
          evidence: [ev('We keep order records for 90 days.')],
        },
      ],
    });
    const d = diffSummaries(makeSummary(), after);
    expect(d.retention).toEqual([
      {
        subject: 'order records',
        before: { kind: 'duration', days: 30 },
        after: { kind: 'duration', days: 90 },
      },
    ]);
    expect(describeRetentionChange(d.retention[0]!)).toBe('order records: 1 month → 3 months');
  });

  it('pairs a changed period even when the subject wording changed, but not a period still stated elsewhere', () => {
    const before = makeSummary({
      retention: [
        { subject: 'logs', period: { kind: 'duration', days: 14 }, evidence: [] },
        { subject: 'account data', period: { kind: 'duration', days: 365 }, evidence: [] },
      ],
    });
    const after = makeSummary({
      retention: [
        { subject: 'server logs', period: { kind: 'duration', days: 14 }, evidence: [] },
        { subject: 'your account', period: { kind: 'indefinite' }, evidence: [] },
      ],
    });
    const d = diffSummaries(before, after);
    expect(d.retention).toEqual([
      {
        subject: 'your account',
        before: { kind: 'duration', days: 365 },
        after: { kind: 'indefinite' },
      },
    ]);
  });

  it('reports a period that appeared or disappeared with nothing to pair it with', () => {
    const before = makeSummary({ retention: [] });
    const d = diffSummaries(before, makeSummary());
    expect(d.retention).toEqual([
      { subject: 'order records', before: null, after: { kind: 'duration', days: 30 } },
    ]);
    expect(diffSummaries(makeSummary(), before).retention).toEqual([
      { subject: 'order records', before: { kind: 'duration', days: 30 }, after: null },
    ]);
  });

  it('finds changed, added and removed sections and keeps the quotes inside each side', () => {
    const q1 = { quote: 'We keep order records for 30 days.', start: 120, end: 154 };
    const q2 = { quote: 'We keep order records for 90 days.', start: 120, end: 154 };
    const sections = (quote: typeof q1, extra: boolean) => [
      { heading: 'What we collect', categories: ['collection' as const], start: 0, end: 100 },
      { heading: 'How long we keep it', categories: ['retention' as const], start: 100, end: 200 },
      ...(extra
        ? [{ heading: 'Children', categories: ['children' as const], start: 200, end: 260 }]
        : []),
      {
        heading: 'Cookies',
        categories: ['cookies' as const],
        start: extra ? 260 : 200,
        end: extra ? 300 : 240,
      },
    ];
    const before = makeSummary({
      sections: sections(q1, false),
      dataCollected: [],
      rights: [],
      sharing: { sellsData: 'no', recipients: [] },
      retention: [{ subject: 'orders', period: { kind: 'duration', days: 30 }, evidence: [q1] }],
    });
    const after = makeSummary({
      sections: sections(q2, true).filter((s) => s.heading !== 'Cookies'),
      dataCollected: [],
      rights: [],
      sharing: { sellsData: 'no', recipients: [] },
      retention: [{ subject: 'orders', period: { kind: 'duration', days: 90 }, evidence: [q2] }],
    });
    const d = diffSummaries(before, after);
    expect(d.sections.map((s) => [s.heading, s.status])).toEqual([
      ['How long we keep it', 'changed'],
      ['Children', 'added'],
      ['Cookies', 'removed'],
    ]);
    expect(d.sections[0]!.before!.quotes).toEqual([q1.quote]);
    expect(d.sections[0]!.after!.quotes).toEqual([q2.quote]);
  });
});

describe('findSiteChange', () => {
  const v1 = version(makeSummary(), 'h1', 1000 * DAY);
  const v2 = version(makeSummary({ flags: [sells], grade: 'D' }), 'h2', 1010 * DAY);
  const v3 = version(makeSummary({ flags: [sells, tracking], grade: 'E' }), 'h3', 1020 * DAY);

  it('is null for a single version', () => {
    expect(findSiteChange(record('shop.example', [v1]))).toBeNull();
  });

  it('compares the current version with the one the user last saw', () => {
    const change = findSiteChange(record('shop.example', [v3, v2, v1], 'h1'))!;
    expect(change.unseen).toBe(true);
    expect(change.before.contentHash).toBe('h1');
    expect(change.since).toBe(1000 * DAY);
    expect(change.diff.flags.added.map((f) => f.id).sort()).toEqual([
      'sells-data',
      'third-party-tracking',
    ]);
    expect(isUnseenChange(record('shop.example', [v3, v2, v1], 'h1'))).toBe(true);
  });

  it('falls back to the previous version once the current one is seen', () => {
    const change = findSiteChange(record('shop.example', [v3, v2, v1], 'h3'))!;
    expect(change.unseen).toBe(false);
    expect(change.before.contentHash).toBe('h2');
    expect(change.diff.flags.added.map((f) => f.id)).toEqual(['third-party-tracking']);
    expect(isUnseenChange(record('shop.example', [v3, v2, v1], 'h3'))).toBe(false);
  });

  it('is null when the text changed but the summary did not', () => {
    const same = version(makeSummary(), 'h9', 1030 * DAY);
    expect(findSiteChange(record('shop.example', [same, v1], 'h1'))).toBeNull();
  });
});

describe('several policy documents on one site', () => {
  const at = (url: string, summary: PolicySummary, hash: string, day: number) => ({
    ...version(summary, hash, day * DAY),
    url,
  });
  const privacyV1 = at('https://www.shop.example/privacy', makeSummary(), 'p1', 1);
  const cookies = at(
    'https://shop.example/cookies?lang=en',
    makeSummary({ flags: [tracking] }),
    'c1',
    2,
  );
  const privacyV2 = at(
    'https://shop.example/privacy/#top',
    makeSummary({ flags: [sells], grade: 'D' }),
    'p2',
    3,
  );

  it('reads a second document of the site as a new document, not as a change of the first', () => {
    const r = record('shop.example', [cookies, privacyV1], 'p1');
    expect(findSiteChange(r)).toBeNull();
    expect(isUnseenChange(r)).toBe(false);
  });

  it('compares a changed document with its own earlier version, whatever came in between', () => {
    const r = record('shop.example', [privacyV2, cookies, privacyV1], 'p1');
    const change = findSiteChange(r)!;
    expect(change.before.contentHash).toBe('p1');
    expect(change.diff.flags.added.map((f) => f.id)).toEqual(['sells-data']);
    expect(isUnseenChange(r)).toBe(true);
  });

  it('says nothing is unseen when the versions differ in no way the reader could see', () => {
    const same = at('https://shop.example/privacy', makeSummary(), 'p2', 3);
    expect(isUnseenChange(record('shop.example', [same, privacyV1], 'p1'))).toBe(false);
  });
});
