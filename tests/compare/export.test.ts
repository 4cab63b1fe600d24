import { describe, expect, it } from 'vitest';
import {
  comparisonToCsv,
  comparisonToJson,
  comparisonToMarkdown,
  escapeCsvField,
  escapeMarkdownCell,
} from '../../lib/compare/export';
import { compareColumns, compareRows } from '../../lib/compare/rows';
import { DAY, makeSummary, record, version } from './fixtures';

const records = [
  record('a.example', [
    version(makeSummary({ company: '=HYPERLINK("http://evil")', grade: 'A' }), 'a1', DAY),
  ]),
  record('b.example', [version(makeSummary({ company: 'B | Co <b>', grade: 'D' }), 'b1', DAY)]),
];
const input = {
  columns: compareColumns(records),
  rows: compareRows(records),
  exportedAt: Date.UTC(2026, 0, 2),
};

describe('escapeCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['=a,b', `"'=a,b"`],
  ])('%j -> %j', (input, expected) => {
    expect(escapeCsvField(input)).toBe(expected);
  });
});

describe('comparison exports', () => {
  it('CSV has a header and a text and mark line per row, with guarded company names', () => {
    const csv = comparisonToCsv(input);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(`Row,"'=HYPERLINK(""http://evil"") (a.example)",B | Co <b> (b.example)`);
    expect(lines).toContain('Grade,A,D');
    expect(lines).toContain('Grade: mark,better,worse');
    expect(lines).toHaveLength(1 + 2 * input.rows.length);
  });

  it('Markdown is one table whose cells cannot break out of it', () => {
    const md = comparisonToMarkdown(input);
    const tableLines = md.split('\n').filter((l) => l.startsWith('|'));
    expect(tableLines).toHaveLength(2 + input.rows.length);
    expect(tableLines[0]).toContain('B \\| Co \\<b\\> (b.example)');
    expect(md).toContain('| Grade | A \\[better\\] | D \\[worse\\] |');
    expect(escapeMarkdownCell('a\nb|c')).toBe('a b\\|c');
  });

  it('JSON carries every row and cell with its mark and evidence', () => {
    const json = JSON.parse(comparisonToJson(input));
    expect(json.format).toBe('policylens-comparison');
    expect(json.sites.map((s: { site: string }) => s.site)).toEqual(['a.example', 'b.example']);
    const grade = json.rows.find((r: { id: string }) => r.id === 'grade');
    expect(grade.cells.map((c: { mark: string }) => c.mark)).toEqual(['better', 'worse']);
    const data = json.rows.find((r: { id: string }) => r.id === 'data-collected');
    expect(data.cells[0].evidence[0].quote).toMatch(/email address/);
  });
});
