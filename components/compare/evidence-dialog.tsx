import { useEffect, useRef } from 'react';
import type { Cell, Row } from '../../lib/compare/rows';
import { t } from '../../lib/i18n';

/** The quotes behind one cell, in a modal dialog that returns focus to the cell when closed. */
export function EvidenceDialog({
  row,
  cell,
  title,
  onClose,
}: {
  row: Row;
  cell: Cell;
  title: string;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="evidence-dialog"
      aria-labelledby="evidence-title"
      onClose={onClose}
    >
      <h2 id="evidence-title">{t('compare_labelled', undefined, [row.label, title])}</h2>
      <p className="evidence-value">{cell.text}</p>
      {cell.evidence.length === 0 ? (
        <p className="muted">{cell.noEvidenceReason ?? t('compare_noQuoteKept')}</p>
      ) : (
        <ul className="evidence-quotes">
          {cell.evidence.map((e, i) => (
            <li key={i}>
              <p className="evidence-label">{e.label}</p>
              <blockquote>{e.quote}</blockquote>
            </li>
          ))}
        </ul>
      )}
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('compare_close')}
        </button>
      </form>
    </dialog>
  );
}
