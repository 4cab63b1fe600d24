import { MAX_VERSIONS_PER_SITE, type SiteRecord, type StoredVersion } from '../schema';

export interface MergeReport {
  records: SiteRecord[];
  /** Sites that were not stored before. */
  addedSites: string[];
  /** Sites whose current version is now one from the imported file. */
  updatedSites: string[];
  /** Versions that were new to storage, over all sites. */
  addedVersions: number;
  /** Versions beyond the per-site limit, oldest first to go; the UI says so rather than dropping silently. */
  droppedVersions: number;
}

/** Storage keys sites by hostname without "www."; an imported file may have been edited by hand. */
export function normalizeSite(site: string): string {
  return site
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/**
 * Merges imported records into stored ones without losing stored data: versions are told apart by content
 * hash, the newest analysis is current, and older versions are kept up to MAX_VERSIONS_PER_SITE.
 * When both sides hold the same content, the stored copy is kept, so importing twice changes nothing.
 */
export function mergeRecords(
  existing: readonly SiteRecord[],
  incoming: readonly SiteRecord[],
): MergeReport {
  const bySite = new Map<string, SiteRecord>();
  for (const record of existing) addRecord(bySite, record, true);
  const before = new Map([...bySite].map(([site, r]) => [site, r]));
  for (const record of incoming) addRecord(bySite, record, false);

  const report: MergeReport = {
    records: [],
    addedSites: [],
    updatedSites: [],
    addedVersions: 0,
    droppedVersions: 0,
  };
  for (const [site, record] of bySite) {
    const sorted = sortVersions(record.versions);
    const kept = sorted.slice(0, MAX_VERSIONS_PER_SITE);
    const prev = before.get(site);
    const prevHashes = new Set(prev?.versions.map((v) => v.contentHash) ?? []);
    report.addedVersions += kept.filter((v) => !prevHashes.has(v.contentHash)).length;
    report.droppedVersions += sorted.length - kept.length;
    if (!prev) report.addedSites.push(site);
    else if (sortVersions(prev.versions)[0]?.contentHash !== kept[0]?.contentHash)
      report.updatedSites.push(site);
    report.records.push({
      site,
      versions: kept,
      seenHash: newestSeen(kept, record.seenHash, prev?.seenHash),
    });
  }
  report.records.sort((a, b) => a.site.localeCompare(b.site));
  return report;
}

function addRecord(bySite: Map<string, SiteRecord>, record: SiteRecord, stored: boolean): void {
  const site = normalizeSite(record.site);
  const current = bySite.get(site);
  if (!current) {
    bySite.set(site, { site, versions: dedupe(record.versions), seenHash: record.seenHash });
    return;
  }
  const hashes = new Set(current.versions.map((v) => v.contentHash));
  const extra = record.versions.filter((v) => !hashes.has(v.contentHash));
  const versions = stored
    ? // Two stored records for one site (a "www." variant): the newer analysis of equal content wins.
      dedupe([...current.versions, ...record.versions])
    : [...current.versions, ...dedupe(extra)];
  bySite.set(site, {
    site,
    versions,
    seenHash: pickSeen(versions, current.seenHash, record.seenHash),
  });
}

function dedupe(versions: readonly StoredVersion[]): StoredVersion[] {
  const byHash = new Map<string, StoredVersion>();
  for (const v of versions) {
    const prev = byHash.get(v.contentHash);
    if (!prev || v.analyzedAt > prev.analyzedAt) byHash.set(v.contentHash, v);
  }
  return [...byHash.values()];
}

function sortVersions(versions: readonly StoredVersion[]): StoredVersion[] {
  // Stable on ties so that equal timestamps keep their stored order.
  return [...versions].sort((a, b) => b.analyzedAt - a.analyzedAt);
}

/** Of two seen marks, the one pointing at the newer version: the user has seen at least that far. */
function pickSeen(
  versions: readonly StoredVersion[],
  a: string | null,
  b: string | null,
): string | null {
  const at = (hash: string | null) =>
    hash === null ? -1 : (versions.find((v) => v.contentHash === hash)?.analyzedAt ?? -1);
  if (a === null) return b;
  if (b === null) return a;
  return at(b) > at(a) ? b : a;
}

function newestSeen(
  kept: readonly StoredVersion[],
  merged: string | null,
  stored: string | null | undefined,
) {
  const seen = pickSeen(kept, merged, stored ?? null);
  // A mark pointing at a version that fell off the end would make every kept version look unseen.
  if (seen !== null && !kept.some((v) => v.contentHash === seen))
    return kept.at(-1)?.contentHash ?? null;
  return seen;
}
