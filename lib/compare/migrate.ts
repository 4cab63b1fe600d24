import {
  policySummarySchema,
  SCHEMA_VERSION,
  siteRecordSchema,
  storedVersionSchema,
  type PolicySummary,
  type SiteRecord,
} from '../schema';

export type MigrateResult =
  | { ok: true; summary: PolicySummary; fromVersion: number; filled: string[] }
  | { ok: false; error: string };

/**
 * Brings a summary written before the contract's schemaVersion 1 up to it. Pre-release builds wrote no
 * schemaVersion and left out lists they had nothing to say about; those are filled with "nothing found"
 * values and reported in `filled`, so the page can mark the row as not known rather than as empty.
 * A field the current shape cannot do without (grade, sharing.sellsData) is never invented.
 */
export function migrateSummary(raw: Record<string, unknown>): MigrateResult {
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (from === SCHEMA_VERSION) {
    const parsed = policySummarySchema.safeParse(raw);
    return parsed.success
      ? { ok: true, summary: parsed.data, fromVersion: from, filled: [] }
      : { ok: false, error: 'summary does not match the current schema' };
  }
  if (from > SCHEMA_VERSION)
    return { ok: false, error: `summary is from a newer schema (${from})` };

  const filled: string[] = [];
  const fill = (key: string, value: unknown) => {
    if (raw[key] === undefined) {
      filled.push(key);
      return value;
    }
    return raw[key];
  };
  const candidate: Record<string, unknown> = {
    ...raw,
    schemaVersion: SCHEMA_VERSION,
    source: fill('source', { url: null, title: null }),
    company: fill('company', null),
    lastUpdated: fill('lastUpdated', null),
    isPolicy: fill('isPolicy', true),
    confidence: fill('confidence', 0),
    language: fill('language', 'en'),
    wordCount: fill('wordCount', 0),
    sections: fill('sections', []),
    dataCollected: fill('dataCollected', []),
    retention: fill('retention', []),
    rights: fill('rights', []),
    contacts: fill('contacts', { emails: [], phones: [], addresses: [], urls: [] }),
    flags: fill('flags', []),
  };
  const sharing = raw.sharing;
  if (typeof sharing === 'object' && sharing !== null && !('recipients' in sharing)) {
    filled.push('sharing.recipients');
    candidate.sharing = { ...sharing, recipients: [] };
  }
  const parsed = policySummarySchema.safeParse(candidate);
  if (!parsed.success)
    return { ok: false, error: 'summary from an older schema lacks required fields' };
  return { ok: true, summary: parsed.data, fromVersion: from, filled };
}

/**
 * A stored or imported site record whose summaries may predate schemaVersion 1: each version is migrated
 * where it can be (and carries `migration`), and a version that cannot be is dropped rather than losing the
 * whole site. Null when nothing usable is left. lib/storage's read path uses it, so an old record is upgraded,
 * not skipped.
 */
export function migrateSiteRecord(
  raw: unknown,
): { record: SiteRecord; migrated: number; dropped: number } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.site !== 'string' || !Array.isArray(r.versions)) return null;
  let migrated = 0;
  let dropped = 0;
  const versions: unknown[] = [];
  for (const v of r.versions) {
    const version = storedVersionSchema.safeParse(v);
    if (version.success) {
      versions.push(version.data);
      continue;
    }
    const summary =
      typeof v === 'object' && v !== null ? (v as Record<string, unknown>).summary : undefined;
    const result =
      typeof summary === 'object' && summary !== null
        ? migrateSummary(summary as Record<string, unknown>)
        : null;
    // The version remembers what was filled in, so pages can show those fields as not known rather than empty.
    const upgraded = result?.ok
      ? storedVersionSchema.safeParse({
          ...(v as object),
          summary: result.summary,
          migration: { fromSchemaVersion: result.fromVersion, filled: result.filled },
        })
      : null;
    if (upgraded?.success) {
      versions.push(upgraded.data);
      migrated++;
    } else dropped++;
  }
  const parsed = siteRecordSchema.safeParse({ ...r, versions, seenHash: r.seenHash ?? null });
  return parsed.success ? { record: parsed.data, migrated, dropped } : null;
}
