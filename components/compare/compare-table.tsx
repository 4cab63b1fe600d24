import type { Cell, CompareColumn, Row } from '../../lib/compare/rows';
import { t } from '../../lib/i18n';

const MARK_SYMBOL = { better: '▲', worse: '▼' } as const;
const MARK_WORD = { better: t('compare_markBetter'), worse: t('compare_markWorse') } as const;

export function columnTitle(c: CompareColumn): string {
  return c.company ?? c.site;
}

function CellBody({ row, cell }: { row: Row; cell: Cell }) {
  if (row.id.startsWith('rights-'))
    return (
      <span className="items checklist">
        {cell.items.map((item) => (
          <span key={item.label} className={`item ${item.present ? 'present' : 'absent'}`}>
            <span aria-hidden="true">{item.present ? '✓' : '✗'}</span>{' '}
            <span className="visually-hidden">
              {item.present ? t('compare_offered') : t('compare_notMentioned')}{' '}
            </span>
            {item.label}
          </span>
        ))}
      </span>
    );
  if (cell.items.length === 0) return <span className="muted">{cell.text}</span>;
  if (cell.items.length === 1) return <span>{cell.items[0]!.label}</span>;
  return (
    <span className="items">
      {cell.items.map((item, i) => (
        <span key={i} className={`item${item.sensitive ? ' sensitive' : ''}`}>
          {item.sensitive && (
            <>
              <span className="item-sensitive" aria-hidden="true">
                ⚠
              </span>{' '}
            </>
          )}
          {item.label}
          {item.sensitive && <span className="visually-hidden"> {t('compare_sensitive')}</span>}
        </span>
      ))}
    </span>
  );
}

export function CompareTable({
  columns,
  rows,
  onOpenCell,
  notes,
}: {
  columns: readonly CompareColumn[];
  rows: readonly Row[];
  onOpenCell: (row: Row, cell: Cell, column: CompareColumn) => void;
  notes: ReadonlyMap<string, string>;
}) {
  return (
    <div className="table-wrap">
      <table className="compare-table" data-testid="compare-table">
        <caption className="visually-hidden">{t('compare_tableCaption')}</caption>
        <thead>
          <tr>
            <td className="corner" />
            {columns.map((c) => (
              <th key={c.site} scope="col" data-site={c.site}>
                <span className="col-company">{columnTitle(c)}</span>
                {c.company && <span className="col-site">{c.site}</span>}
                {notes.get(c.site) && <span className="col-note">⚠ {notes.get(c.site)}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">
                <span className="row-label">{row.label}</span>
                <span className="row-rule">{row.rule}</span>
              </th>
              {row.cells.map((cell, i) => {
                const column = columns[i]!;
                return (
                  <td
                    key={cell.site}
                    data-site={cell.site}
                    data-mark={cell.mark ?? 'none'}
                    className={cell.mark ? `cell-${cell.mark}` : undefined}
                  >
                    <span className="cell-site" aria-hidden="true">
                      {columnTitle(column)}
                    </span>
                    <button
                      type="button"
                      className="cell-button"
                      aria-haspopup="dialog"
                      title={t('compare_openCell')}
                      onClick={() => onOpenCell(row, cell, column)}
                    >
                      {cell.mark && (
                        <span className={`mark mark-${cell.mark}`}>
                          <span aria-hidden="true">{MARK_SYMBOL[cell.mark]}</span>{' '}
                          {MARK_WORD[cell.mark]}
                        </span>
                      )}
                      <CellBody row={row} cell={cell} />
                      <span className="cell-quotes">
                        {cell.evidence.length > 0
                          ? t('compare_quotes', cell.evidence.length)
                          : t('compare_details')}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
