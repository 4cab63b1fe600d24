import type { z } from 'zod';
import {
  exportFileSchema,
  SCHEMA_VERSION,
  STORE_VERSION,
  type ExportFile,
  type SiteRecord,
} from '../schema';
import { t } from '../i18n';
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
  if (text.length > MAX_IMPORT_BYTES) return fail(t('compare_importTooLarge'));
  if (text.trim() === '') return fail(t('compare_importEmpty'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(t('compare_importNotJson'));
  }
  if (!isObject(raw) || raw.format !== 'policylens-export') return fail(t('compare_importForeign'));
  if (typeof raw.storeVersion === 'number' && raw.storeVersion > STORE_VERSION)
    return fail(t('compare_importNewerStore', undefined, [raw.storeVersion]));

  const { value: upgraded, migrated, error } = upgradeSummaries(raw);
  if (error) return fail(error);
  const parsed = exportFileSchema.safeParse(upgraded);
  if (!parsed.success)
    return fail(t('compare_importDamaged', undefined, [describeIssues(parsed.error.issues)]));
  return { ok: true, file: parsed.data, migratedVersions: migrated };
}

function fail(error: string): ImportResult {
  return { ok: false, error: `${error} ${t('compare_importNothingImported')}` };
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
      // Like a stored record upgraded on read, the version remembers what was filled in, so the diff and the
      // comparison show those fields as not known rather than as empty.
      return {
        ...version,
        summary: result.summary,
        migration: { fromSchemaVersion: result.fromVersion, filled: result.filled },
      };
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
      error: t('compare_importNewerSummaries'),
    };
  return { value: { ...raw, sites }, migrated };
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; ${t('compare_importMoreProblems', more)}` : '');
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return t('compare_importWholeFile');
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}
