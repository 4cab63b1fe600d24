import { t } from '../i18n';
import type { CompareColumn, Mark, Row } from './rows';

// The comparison as files. Cell text comes from web pages, so every format escapes it for its own syntax.

export interface ComparisonExport {
  columns: readonly CompareColumn[];
  rows: readonly Row[];
  exportedAt: number;
}

// The words, headers and notes are the page's, in the user's language; the JSON export keeps the ids for programs.
const MARK_WORDS: Record<Exclude<Mark, null>, string> = {
  better: t('compare_markBetter'),
  worse: t('compare_markWorse'),
};

function withMark(text: string, mark: Mark): string {
  return mark ? `${text} [${MARK_WORDS[mark]}]` : text;
}

function columnTitle(c: CompareColumn): string {
  return c.company ? `${c.company} (${c.site})` : c.site;
}

/** Markdown: pipes and line breaks would break the table; <, [, * and friends would turn page text into markup. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)
    .trim();
}

export function comparisonToMarkdown({ columns, rows, exportedAt }: ComparisonExport): string {
  const header = ['', ...columns.map(columnTitle)].map(escapeMarkdownCell);
  const lines = [
    `# ${t('compare_exportHeading')}`,
    '',
    t('compare_exportNote', undefined, [
      new Date(exportedAt).toISOString().slice(0, 10),
      MARK_WORDS.better,
      MARK_WORDS.worse,
    ]),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ];
  for (const row of rows)
    lines.push(
      `| ${[escapeMarkdownCell(row.label), ...row.cells.map((c) => escapeMarkdownCell(withMark(c.text, c.mark)))].join(' | ')} |`,
    );
  return lines.join('\n') + '\n';
}

/**
 * One CSV field (RFC 4180). A spreadsheet runs a cell that starts with = + - @ (or a tab/CR that hides
 * one) as a formula, so such text gets a leading apostrophe and is shown, not run.
 */
export function escapeCsvField(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function comparisonToCsv({ columns, rows }: ComparisonExport): string {
  const lines = [[t('compare_exportRowHeader'), ...columns.map(columnTitle)]];
  for (const row of rows) {
    lines.push([row.label, ...row.cells.map((c) => c.text)]);
    lines.push([
      t('compare_exportMarkRow', undefined, [row.label]),
      ...row.cells.map((c) => (c.mark ? MARK_WORDS[c.mark] : '')),
    ]);
  }
  return lines.map((fields) => fields.map(escapeCsvField).join(',')).join('\r\n') + '\r\n';
}

export function comparisonToJson({ columns, rows, exportedAt }: ComparisonExport): string {
  return JSON.stringify(
    {
      format: 'policylens-comparison',
      exportedAt,
      sites: columns,
      rows: rows.map((r) => ({
        id: r.id,
        label: r.label,
        rule: r.rule,
        cells: r.cells.map((c) => ({
          site: c.site,
          text: c.text,
          mark: c.mark,
          items: c.items,
          evidence: c.evidence,
        })),
      })),
    },
    null,
    2,
  );
}
