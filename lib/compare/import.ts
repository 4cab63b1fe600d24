import type { z } from 'zod';
import {
  exportFileSchema,
  SCHEMA_VERSION,
  STORE_VERSION,
  type ExportFile,
  type SiteRecord,
} from '../schema';
import { migrateSummary } from './migrate';

export type ImportResult =
  { ok: true; file: ExportFile; migratedVersions: number } | { ok: false; error: string };

/** Large enough for every site's ten versions; larger is not something PolicyLens wrote. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const MAX_LISTED_ISSUES = 3;

/** The one export file of every saved site and version; import reads exactly this shape back. */
export function serializeExport(records: readonly SiteRecord[], now: number): string {
  const file: ExportFile = {
    format: 'policylens-export',
    storeVersion: STORE_VERSION,
    exportedAt: now,
    sites: [...records],
  };
  return JSON.stringify(file, null, 2);
}

/**
 * Reads an export file. Never throws: a file that is not JSON, not ours, from a newer PolicyLens or
 * damaged gets a message a person can act on, and the caller changes nothing.
 */
export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return fail('The file is too large to be a PolicyLens export.');
  if (text.trim() === '') return fail('The file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('The file is not JSON. Choose a file exported by PolicyLens ("Export all").');
  }
  if (!isObject(raw) || raw.format !== 'policylens-export')
    return fail(
      'This JSON file is not a PolicyLens export (its "format" is not "policylens-export").',
    );
  if (typeof raw.storeVersion === 'number' && raw.storeVersion > STORE_VERSION)
    return fail(
      `This export was made by a newer PolicyLens (store version ${raw.storeVersion}); update the extension to import it.`,
    );

  const { value: upgraded, migrated, error } = upgradeSummaries(raw);
  if (error) return fail(error);
  const parsed = exportFileSchema.safeParse(upgraded);
  if (!parsed.success)
    return fail(`The export file is damaged: ${describeIssues(parsed.error.issues)}.`);
  return { ok: true, file: parsed.data, migratedVersions: migrated };
}

function fail(error: string): ImportResult {
  return { ok: false, error: `${error} Nothing was imported.` };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Summaries written under an older schema are brought up to the current one before validation. */
function upgradeSummaries(raw: Record<string, unknown>): {
  value: unknown;
  migrated: number;
  error?: string;
} {
  if (!Array.isArray(raw.sites)) return { value: raw, migrated: 0 };
  let migrated = 0;
  const sites = raw.sites.map((site) => {
    if (!isObject(site) || !Array.isArray(site.versions)) return site;
    const versions = site.versions.map((version) => {
      if (!isObject(version) || !isObject(version.summary)) return version;
      const v = version.summary.schemaVersion;
      if (v === SCHEMA_VERSION) return version;
      const result = migrateSummary(version.summary);
      if (!result.ok) return version;
      migrated++;
      return { ...version, summary: result.summary };
    });
    return { ...site, versions };
  });
  const future = raw.sites.some(
    (site) =>
      isObject(site) &&
      Array.isArray(site.versions) &&
      site.versions.some(
        (v) =>
          isObject(v) &&
          isObject(v.summary) &&
          typeof v.summary.schemaVersion === 'number' &&
          v.summary.schemaVersion > SCHEMA_VERSION,
      ),
  );
  if (future)
    return {
      value: raw,
      migrated: 0,
      error:
        'This export holds summaries from a newer PolicyLens; update the extension to import it.',
    };
  return { value: { ...raw, sites }, migrated };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : '');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
