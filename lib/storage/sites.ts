import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { migrateSiteRecord } from '../compare/migrate';
import {
  MAX_VERSIONS_PER_SITE,
  siteRecordSchema,
  VERSIONS_WITH_TEXT,
  type PolicySummary,
  type SectionText,
  type SiteRecord,
  type StoredVersion,
} from '../schema';
import { withStoreLock } from './lock';

// One storage item per site ("local:site:<host>") so a save rewrites one record, not every summary, and one
// corrupt record can never take the others with it. Each item is versioned; migrations start at version 1.
export const SITE_KEY_PREFIX = 'site:';
export const SITE_ITEM_VERSION = 1;

/**
 * The migration path, explicit: version N's entry turns a version N-1 record into a version N one, and WXT runs every
 * step from an item's stored version up to SITE_ITEM_VERSION. Records written today carry no version metadata, which
 * WXT reads as version 1. A new version adds a step here and a raw-storage fixture in tests/fixtures/storage/.
 */
export const SITE_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

const items = new Map<string, WxtStorageItem<unknown, Record<string, unknown>>>();

function siteItem(site: string): WxtStorageItem<unknown, Record<string, unknown>> {
  let item = items.get(site);
  if (!item) {
    item = storage.defineItem<unknown>(`local:${SITE_KEY_PREFIX}${site}`, {
      version: SITE_ITEM_VERSION,
      migrations: SITE_MIGRATIONS,
      fallback: null,
    });
    items.set(site, item);
  }
  return item;
}

/**
 * A stored record, validated. One whose summaries predate the current schema is migrated here, on every read (each
 * migrated version records what had to be filled in); it is written back in the new shape the next time the site is
 * saved. A record nothing usable can be recovered from is skipped, never fatal.
 */
export function parseRecord(site: string, raw: unknown): SiteRecord | null {
  if (raw === null || raw === undefined) return null;
  const parsed = siteRecordSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const migrated = migrateSiteRecord(raw);
  if (migrated && migrated.record.site === site) {
    if (migrated.dropped > 0)
      console.warn(
        `PolicyLens: ${migrated.dropped} saved version(s) of "${site}" could not be migrated and were left out.`,
      );
    return migrated.record;
  }
  console.warn(
    `PolicyLens: skipped the saved record for "${site}": it does not match the stored shape.`,
  );
  return null;
}

async function storedSiteNames(): Promise<string[]> {
  const snapshot = await storage.snapshot('local');
  return Object.keys(snapshot)
    .filter((key) => key.startsWith(SITE_KEY_PREFIX) && !key.endsWith('$'))
    .map((key) => key.slice(SITE_KEY_PREFIX.length));
}

/** Every valid saved site, most recently analysed first. Corrupt records are skipped, never fatal. */
export async function listSites(): Promise<SiteRecord[]> {
  const names = await storedSiteNames();
  const records: SiteRecord[] = [];
  for (const name of names) {
    const record = await readSite(name);
    if (record) records.push(record);
  }
  return records.sort(
    (a, b) => (b.versions[0]?.analyzedAt ?? 0) - (a.versions[0]?.analyzedAt ?? 0),
  );
}

async function readSite(site: string): Promise<SiteRecord | null> {
  try {
    return parseRecord(site, await siteItem(site).getValue());
  } catch (error) {
    console.warn(`PolicyLens: could not read the saved record for "${site}".`, error);
    return null;
  }
}

export function getSite(site: string): Promise<SiteRecord | null> {
  return readSite(site);
}

export interface AnalysisToSave {
  site: string;
  url: string;
  contentHash: string;
  summary: PolicySummary;
  analyzedAt: number;
  /** Each section's text, aligned with summary.sections, for the side-by-side view of a later change. */
  sectionTexts?: SectionText[];
}

/** Only the newest VERSIONS_WITH_TEXT versions keep section text: the ones "Changed since" compares. */
function dropOlderTexts(versions: readonly StoredVersion[]): StoredVersion[] {
  return versions.map((v, i) => {
    if (i < VERSIONS_WITH_TEXT || v.sectionTexts === undefined) return v;
    const { sectionTexts: _dropped, ...rest } = v;
    return rest;
  });
}

/** Adds a version only for a text not yet kept for the site; keeps the newest MAX_VERSIONS_PER_SITE. */
export function saveAnalysis(analysis: AnalysisToSave): Promise<SiteRecord> {
  return withStoreLock(async () => {
    const existing = await readSite(analysis.site);
    const version: StoredVersion = {
      contentHash: analysis.contentHash,
      url: analysis.url,
      analyzedAt: analysis.analyzedAt,
      summary: analysis.summary,
      ...(analysis.sectionTexts ? { sectionTexts: analysis.sectionTexts } : {}),
    };
    let record: SiteRecord;
    if (!existing) {
      // A first sighting is not a change: the user has nothing older to compare it with.
      record = siteRecordSchema.parse({
        site: analysis.site,
        versions: [version],
        seenHash: analysis.contentHash,
      });
    } else if (existing.versions.some((v) => v.contentHash === analysis.contentHash)) {
      // A text already kept for this site is not a change: a site with two policy pages (say a regional one)
      // would otherwise add a version on every visit as the two alternate.
      return existing;
    } else {
      record = siteRecordSchema.parse({
        ...existing,
        versions: dropOlderTexts([version, ...existing.versions].slice(0, MAX_VERSIONS_PER_SITE)),
      });
    }
    return writeEvictingOnQuota(record);
  });
}

/** Chrome says "QUOTA_BYTES quota exceeded"; Firefox throws a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && typeof error !== 'object') return false;
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return (
    (typeof name === 'string' && /quota/i.test(name)) ||
    (typeof message === 'string' && /quota/i.test(message))
  );
}

interface EvictionCandidate {
  site: string;
  contentHash: string;
  analyzedAt: number;
}

/** Every version but each site's newest (the one the user sees), oldest analysis first. */
function evictionCandidates(records: readonly SiteRecord[]): EvictionCandidate[] {
  return records
    .flatMap((record) =>
      record.versions
        .slice(1)
        .map((v) => ({ site: record.site, contentHash: v.contentHash, analyzedAt: v.analyzedAt })),
    )
    .sort((a, b) => a.analyzedAt - b.analyzedAt);
}

/** Versions still holding section text, oldest analysis first: the first thing to give up when storage is full. */
function textCandidates(records: readonly SiteRecord[]): EvictionCandidate[] {
  return records
    .flatMap((record) =>
      record.versions
        .filter((v) => v.sectionTexts !== undefined)
        .map((v) => ({ site: record.site, contentHash: v.contentHash, analyzedAt: v.analyzedAt })),
    )
    .sort((a, b) => a.analyzedAt - b.analyzedAt);
}

const withoutVersion = (record: SiteRecord, contentHash: string): SiteRecord => ({
  ...record,
  versions: record.versions.filter((v, i) => i === 0 || v.contentHash !== contentHash),
});

const withoutText = (record: SiteRecord, contentHash: string): SiteRecord => ({
  ...record,
  versions: record.versions.map((v) => {
    if (v.contentHash !== contentHash) return v;
    const { sectionTexts: _dropped, ...rest } = v;
    return rest;
  }),
});

/**
 * Writes a record; when storage is full, first drops the section text of the oldest version holding some (the
 * side-by-side view falls back to quotes), then the oldest non-current version anywhere (the record being written
 * included), and tries again. A site's current version is never evicted; when nothing else is left the error stands.
 */
async function writeEvictingOnQuota(record: SiteRecord): Promise<SiteRecord> {
  let pending = record;
  for (;;) {
    try {
      await siteItem(pending.site).setValue(pending);
      return pending;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const others = (await listSites()).filter((r) => r.site !== pending.site);
      const text = textCandidates([pending, ...others])[0];
      const oldest = text ?? evictionCandidates([pending, ...others])[0];
      if (!oldest) throw error;
      const shrink = text ? withoutText : withoutVersion;
      console.warn(
        `PolicyLens: storage is full; dropped ${text ? 'the section text of a version' : 'an old version'} of "${oldest.site}" (analysed ${new Date(oldest.analyzedAt).toISOString()}).`,
      );
      if (oldest.site === pending.site) {
        pending = shrink(pending, oldest.contentHash);
      } else {
        const owner = others.find((r) => r.site === oldest.site)!;
        // Shrinking a record frees space, so this write fits even when the store is full.
        await siteItem(owner.site).setValue(shrink(owner, oldest.contentHash));
      }
    }
  }
}

/** Records that the user has looked at the newest version (so it is no longer an unseen change). */
export function markSeen(site: string): Promise<SiteRecord | null> {
  return withStoreLock(async () => {
    const existing = await readSite(site);
    if (!existing) return null;
    const record = { ...existing, seenHash: existing.versions[0]!.contentHash };
    await siteItem(site).setValue(record);
    return record;
  });
}

export function deleteSite(site: string): Promise<void> {
  return withStoreLock(() => siteItem(site).removeValue({ removeMeta: true }));
}

async function removeAllSites(): Promise<void> {
  const names = await storedSiteNames();
  await Promise.all(names.map((name) => siteItem(name).removeValue({ removeMeta: true })));
}

export function deleteAll(): Promise<void> {
  return withStoreLock(removeAllSites);
}

/** Replaces every saved site (used by import after merging). Invalid records are refused before anything is lost. */
export async function replaceAll(records: readonly SiteRecord[]): Promise<void> {
  const valid = records.map((record) => siteRecordSchema.parse(record));
  return withStoreLock(async () => {
    await removeAllSites();
    for (const record of valid) {
      await siteItem(record.site).setValue({
        ...record,
        versions: dropOlderTexts(record.versions.slice(0, MAX_VERSIONS_PER_SITE)),
      });
    }
  });
}
