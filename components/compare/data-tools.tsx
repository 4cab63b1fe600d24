import { useId, useRef, useState } from 'react';
import {
  comparisonToCsv,
  comparisonToJson,
  comparisonToMarkdown,
  type ComparisonExport,
} from '../../lib/compare/export';
import { parseImport, serializeExport } from '../../lib/compare/import';
import { t } from '../../lib/i18n';
import { MAX_VERSIONS_PER_SITE } from '../../lib/schema';
import { mergeRecords } from '../../lib/compare/merge';
import { dateStamp, downloadText } from './download';
import type { CompareStore } from './store';

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Export of the comparison on screen (when there is one) and of everything saved; import of an export file. */
export function DataTools({
  store,
  comparison,
  onImported,
}: {
  store: CompareStore;
  comparison: Omit<ComparisonExport, 'exportedAt'> | null;
  onImported: () => void;
}) {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const fileId = useId();

  const exportComparison = (kind: 'md' | 'csv' | 'json') => {
    if (!comparison) return;
    const now = Date.now();
    const input = { ...comparison, exportedAt: now };
    const name = `policylens-comparison-${dateStamp(now)}.${kind}`;
    if (kind === 'md') downloadText(name, comparisonToMarkdown(input), 'text/markdown');
    else if (kind === 'csv') downloadText(name, comparisonToCsv(input), 'text/csv');
    else downloadText(name, comparisonToJson(input), 'application/json');
  };

  const exportAll = async () => {
    const now = Date.now();
    const records = await store.listSites();
    downloadText(
      `policylens-export-${dateStamp(now)}.json`,
      serializeExport(records, now),
      'application/json',
    );
    setStatus({ kind: 'ok', text: t('compare_exportedSites', records.length) });
  };

  const importFile = async (file: File) => {
    setBusy(true);
    try {
      const parsed = parseImport(await file.text());
      if (!parsed.ok) {
        setStatus({ kind: 'error', text: parsed.error });
        return;
      }
      const report = mergeRecords(await store.listSites(), parsed.file.sites);
      await store.replaceAll(report.records);
      const imported = parsed.file.sites.length;
      const parts = [
        t('compare_importedSites', imported, [imported, file.name]),
        t('compare_importedNew', undefined, [report.addedSites.length]),
        t('compare_importedUpdated', undefined, [report.updatedSites.length]),
        t('compare_importedVersions', report.addedVersions),
      ];
      if (parsed.migratedVersions > 0)
        parts.push(t('compare_importedMigrated', undefined, [parsed.migratedVersions]));
      if (report.droppedVersions > 0)
        parts.push(
          t('compare_importedDropped', undefined, [report.droppedVersions, MAX_VERSIONS_PER_SITE]),
        );
      setStatus({ kind: 'ok', text: parts.join('; ') + '.' });
      onImported();
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('compare_importFailed', undefined, [String(error)]),
      });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <section className="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">{t('compare_toolsTitle')}</h2>
      {comparison && (
        <div className="button-row" role="group" aria-label={t('compare_exportThis')}>
          <span>{t('compare_thisComparison')}</span>
          <button type="button" onClick={() => exportComparison('md')}>
            {t('compare_formatMarkdown')}
          </button>
          <button type="button" onClick={() => exportComparison('csv')}>
            {t('compare_formatCsv')}
          </button>
          <button type="button" onClick={() => exportComparison('json')}>
            {t('compare_formatJson')}
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void exportAll()}>
          {t('compare_exportAll')}
        </button>
        <label htmlFor={fileId} className="file-label">
          {t('compare_importLabel')}
        </label>
        <input
          id={fileId}
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      <p
        className={status?.kind === 'error' ? 'status status-error' : 'status'}
        role={status?.kind === 'error' ? 'alert' : 'status'}
        data-testid="import-status"
      >
        {status?.text}
      </p>
    </section>
  );
}
