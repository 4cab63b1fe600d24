import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import {
  MAX_VERSIONS_PER_SITE,
  siteRecordSchema,
  type PolicySummary,
  type SiteRecord,
  type StoredVersion,
} from '../schema';
import { withStoreLock } from './lock';

// One storage item per site ("local:site:<host>") so a save rewrites one record, not every summary, and one
// corrupt record can never take the others with it. Each item is versioned; migrations start at version 1.
export const SITE_KEY_PREFIX = 'site:';
export const SITE_ITEM_VERSION = 1;

/** Future shape changes add an entry here: { 2: (v1) => v2 }. */
const SITE_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

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

function parseRecord(site: string, raw: unknown): SiteRecord | null {
  if (raw === null || raw === undefined) return null;
  const parsed = siteRecordSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn(
      `PolicyLens: skipped the saved record for "${site}": it does not match the stored shape.`,
    );
    return null;
  }
  return parsed.data;
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
        versions: [version, ...existing.versions].slice(0, MAX_VERSIONS_PER_SITE),
      });
    }
    await siteItem(analysis.site).setValue(record);
    return record;
  });
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
        versions: record.versions.slice(0, MAX_VERSIONS_PER_SITE),
      });
    }
  });
}
