import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChangedSince } from '../../components/changes/changed-since';
import { CompareTable } from '../../components/compare/compare-table';
import { findSiteChange } from '../../lib/compare/changes';
import { compareColumns, compareRows } from '../../lib/compare/rows';
import { DAY, makeSummary, record, version } from './fixtures';

// Page text reaches the DOM only as React text: markup in a company name or a quote must arrive escaped.
const HOSTILE = '<img src=x onerror="alert(1)">';

describe('CompareTable markup', () => {
  const records = [
    record('a.example', [version(makeSummary({ company: HOSTILE, grade: 'A' }), 'a1', DAY)]),
    record('b.example', [version(makeSummary({ grade: 'E' }), 'b1', DAY)]),
  ];
  const html = renderToStaticMarkup(
    <CompareTable
      columns={compareColumns(records)}
      rows={compareRows(records)}
      notes={new Map([['b.example', 'this page may not be a privacy policy']])}
      onOpenCell={() => {}}
    />,
  );

  it('escapes page text', () => {
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('marks cells with a symbol and a word as well as an attribute', () => {
    expect(html).toMatch(/data-row="grade".*?data-mark="better".*?▲<\/span> better/s);
    expect(html).toMatch(/data-mark="worse".*?▼<\/span> worse/s);
    expect(html).toContain('this page may not be a privacy policy');
  });
});

describe('ChangedSince markup', () => {
  const before = makeSummary({
    sections: [{ heading: 'Retention', categories: ['retention'], start: 0, end: 100 }],
    dataCollected: [],
    rights: [],
    sharing: { sellsData: 'no', recipients: [] },
    retention: [
      {
        subject: 'logs',
        period: { kind: 'duration', days: 30 },
        evidence: [{ quote: 'Logs: 30 days.', start: 5, end: 19 }],
      },
    ],
  });
  const after = makeSummary({
    ...before,
    sections: [{ heading: 'Retention', categories: ['retention'], start: 0, end: 120 }],
    retention: [
      {
        subject: 'logs',
        period: { kind: 'duration', days: 90 },
        evidence: [{ quote: `Logs: 90 days. ${HOSTILE}`, start: 5, end: 60 }],
      },
    ],
  });
  const change = findSiteChange(
    record(
      'a.example',
      [version(after, 'h2', 20_000 * DAY), version(before, 'h1', 19_990 * DAY)],
      'h1',
    ),
  )!;
  const html = renderToStaticMarkup(
    <ChangedSince change={change} site="a.example" onMarkSeen={() => {}} />,
  );

  it('names the date, the retention change and the changed section, escaped', () => {
    expect(html).toContain('Changed since 2024-09-24');
    expect(html).toContain('logs: 1 month → 3 months');
    expect(html).toContain('Logs: 30 days.');
    expect(html).not.toContain('<img');
    expect(html).toContain('Mark as seen');
  });
});

describe('ChangedSince with kept section texts', () => {
  const sections = [
    { heading: '3. Retention', categories: ['retention' as const], start: 0, end: 90 },
  ];
  const before = makeSummary({ sections });
  const after = makeSummary({ sections: [{ ...sections[0]!, heading: '4. Retention' }] });
  const oldText =
    'We keep logs for 30 days. Backups are encrypted.\n\nWe delete accounts on request.';
  const newText = `We keep logs for 90 days. Backups are encrypted.\n\nWe delete accounts on request.\n\n${HOSTILE}`;
  const change = findSiteChange(
    record(
      'a.example',
      [
        {
          ...version(after, 'h2', 20_000 * DAY),
          sectionTexts: [{ text: newText, truncated: true }],
        },
        {
          ...version(before, 'h1', 19_990 * DAY),
          sectionTexts: [{ text: oldText, truncated: false }],
        },
      ],
      'h1',
    ),
  )!;
  const html = renderToStaticMarkup(<ChangedSince change={change} site="a.example" />);

  it('pairs the renumbered section and shows its old and new text side by side, as text', () => {
    expect(change.diff.sections.map((s) => s.status)).toEqual(['changed']);
    const sides = html.split('class="changes-side"').slice(1);
    expect(sides).toHaveLength(2);
    expect(sides[0]).toContain('Before (2024-09-24)');
    expect(sides[0]).toContain('We keep logs for 30 days.');
    expect(sides[1]).toContain('Now (2024-10-04)');
    expect(sides[1]).toContain('We keep logs for 90 days.');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x');
  });

  it('marks only the sentences the other version lacks, in words as well as in bold', () => {
    const marked = [...html.matchAll(/<strong class="changes-only">(.*?)<\/strong>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ''),
    );
    expect(marked).toEqual([
      'Only in this version: We keep logs for 30 days.',
      'Only in this version: We keep logs for 90 days.',
      expect.stringContaining('Only in this version: &lt;img'),
    ]);
    // Unchanged sentences and paragraphs are plain.
    expect(html).toMatch(/<p><span>We delete accounts on request\.<\/span><\/p>/);
    // The new side was cut short by the storage cap: the reader is told.
    expect(html).toContain('Only the beginning of this section was kept');
  });
});
