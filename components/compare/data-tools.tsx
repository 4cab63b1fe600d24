import { useId, useRef, useState } from 'react';
import {
  comparisonToCsv,
  comparisonToJson,
  comparisonToMarkdown,
  type ComparisonExport,
} from '../../lib/compare/export';
import { parseImport, serializeExport } from '../../lib/compare/import';
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
    setStatus({
      kind: 'ok',
      text: `Exported ${records.length} saved ${records.length === 1 ? 'site' : 'sites'}.`,
    });
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
      const parts = [
        `Imported ${parsed.file.sites.length} ${parsed.file.sites.length === 1 ? 'site' : 'sites'} from “${file.name}”`,
        `${report.addedSites.length} new`,
        `${report.updatedSites.length} updated`,
        `${report.addedVersions} new ${report.addedVersions === 1 ? 'version' : 'versions'}`,
      ];
      if (parsed.migratedVersions > 0)
        parts.push(`${parsed.migratedVersions} upgraded from an older format`);
      if (report.droppedVersions > 0)
        parts.push(
          `${report.droppedVersions} oldest versions over the limit of 10 per site were not kept`,
        );
      setStatus({ kind: 'ok', text: parts.join('; ') + '.' });
      onImported();
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `The import could not be saved: ${String(error)}. Nothing was changed.`,
      });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <section className="data-tools" aria-labelledby="data-tools-title">
      <h2 id="data-tools-title">Export and import</h2>
      {comparison && (
        <div className="button-row" role="group" aria-label="Export this comparison">
          <span>This comparison:</span>
          <button type="button" onClick={() => exportComparison('md')}>
            Markdown
          </button>
          <button type="button" onClick={() => exportComparison('csv')}>
            CSV
          </button>
          <button type="button" onClick={() => exportComparison('json')}>
            JSON
          </button>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void exportAll()}>
          Export all saved summaries
        </button>
        <label htmlFor={fileId} className="file-label">
          Import an export file:
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
