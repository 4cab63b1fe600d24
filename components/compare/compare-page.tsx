import { useCallback, useEffect, useMemo, useState } from 'react';
import { findSiteChange } from '../../lib/compare/changes';
import {
  compareColumns,
  compareRows,
  type Cell,
  type CompareColumn,
  type Row,
} from '../../lib/compare/rows';
import { MIN_SELECTED, parseSelection, serializeSelection } from '../../lib/compare/selection';
import { t } from '../../lib/i18n';
import type { SiteRecord } from '../../lib/schema';
import { ChangedSince } from '../changes/changed-since';
import { columnNote } from './column-note';
import { columnTitle, CompareTable } from './compare-table';
import { DataTools } from './data-tools';
import { EvidenceDialog } from './evidence-dialog';
import { Legend } from './legend';
import { SitePicker } from './site-picker';
import type { CompareStore } from './store';

interface OpenCell {
  row: Row;
  cell: Cell;
  column: CompareColumn;
}

export function ComparePage({ store }: { store: CompareStore }) {
  const [records, setRecords] = useState<SiteRecord[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string[]>(() => parseSelection(location.search));
  const [open, setOpen] = useState<OpenCell | null>(null);

  const reload = useCallback(() => {
    store
      .listSites()
      .then((r) => {
        setRecords(r);
        setLoadError(null);
      })
      .catch((error: unknown) => setLoadError(String(error)));
  }, [store]);
  useEffect(reload, [reload]);
  useEffect(() => store.subscribe?.(reload), [store, reload]);

  const choose = useCallback((sites: string[]) => {
    setSelected(sites);
    history.replaceState(null, '', `${location.pathname}${serializeSelection(sites)}`);
  }, []);

  // Back/forward and bookmarks change the query string; the page follows it.
  useEffect(() => {
    const onPop = () => setSelected(parseSelection(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const chosen = useMemo(
    () =>
      (records ?? [])
        .filter((r) => selected.includes(r.site))
        .sort((a, b) => selected.indexOf(a.site) - selected.indexOf(b.site)),
    [records, selected],
  );
  const missing = records ? selected.filter((s) => !records.some((r) => r.site === s)) : [];
  const columns = useMemo(() => compareColumns(chosen), [chosen]);
  const rows = useMemo(() => compareRows(chosen), [chosen]);
  const notes = useMemo(
    () =>
      new Map(chosen.flatMap((r) => (columnNote(r) ? [[r.site, columnNote(r)!] as const] : []))),
    [chosen],
  );
  const changes = chosen.flatMap((r) => {
    const change = findSiteChange(r);
    return change ? [{ record: r, change }] : [];
  });
  const ready = chosen.length >= MIN_SELECTED;

  return (
    <main className="compare-page">
      <header className="page-header">
        <h1>{t('compare_title')}</h1>
        <p className="muted">{t('compare_intro')}</p>
      </header>
      {loadError && (
        <p className="status status-error" role="alert">
          {t('compare_loadError', undefined, [loadError])}
        </p>
      )}
      {records === null && !loadError && <p aria-live="polite">{t('compare_loading')}</p>}
      {records !== null && records.length < MIN_SELECTED && (
        <section className="empty" data-testid="empty-state">
          <h2>{records.length === 0 ? t('compare_emptyNone') : t('compare_emptyOne')}</h2>
          <p>{t('compare_emptyLead')}</p>
          <ol>
            <li>{t('compare_emptyStep1')}</li>
            <li>{t('compare_emptyStep2')}</li>
            <li>{t('compare_emptyStep3')}</li>
          </ol>
          <p>{t('compare_emptyImport')}</p>
        </section>
      )}
      {records !== null && records.length >= MIN_SELECTED && (
        <SitePicker records={records} selected={chosen.map((r) => r.site)} onChange={choose} />
      )}
      {missing.length > 0 && (
        <p className="status" role="status">
          {t('compare_missing', undefined, [missing.join(', ')])}
        </p>
      )}
      {ready && (
        <>
          <Legend />
          <CompareTable
            columns={columns}
            rows={rows}
            notes={notes}
            onOpenCell={(row, cell, column) => setOpen({ row, cell, column })}
          />
          {changes.length > 0 && (
            <section aria-labelledby="changes-title" className="changes-list">
              <h2 id="changes-title">{t('compare_changesTitle')}</h2>
              {changes.map(({ record, change }) => (
                <div key={record.site}>
                  <p className="changes-site">
                    {record.versions[0]?.summary.company ?? record.site}
                  </p>
                  <ChangedSince
                    change={change}
                    site={record.site}
                    headingLevel={3}
                    onMarkSeen={() => void store.markSeen(record.site).then(reload)}
                  />
                </div>
              ))}
            </section>
          )}
        </>
      )}
      {records !== null && (
        <DataTools
          store={store}
          comparison={ready ? { columns, rows } : null}
          onImported={reload}
        />
      )}
      {open && (
        <EvidenceDialog
          row={open.row}
          cell={open.cell}
          title={columnTitle(open.column)}
          onClose={() => setOpen(null)}
        />
      )}
    </main>
  );
}
