import type { SiteRecord, StoredVersion } from '../schema';
import { diffSummaries, hasChanges, type SummaryDiff } from './diff';

export interface SiteChange {
  before: StoredVersion;
  after: StoredVersion;
  /** When the earlier version was read: the DATE in "Changed since DATE". */
  since: number;
  /** The user has not looked at the current version yet (what the badge shows). */
  unseen: boolean;
  diff: SummaryDiff;
}

/**
 * The change worth showing for a site: from the version the user last saw to the current one, or from the
 * previous version when the user has seen the current one (so the popup can still explain what moved).
 * Null when the site has a single version or the versions differ only in text the summary does not reflect.
 */
export function findSiteChange(record: SiteRecord): SiteChange | null {
  const [after, ...older] = record.versions;
  if (!after || older.length === 0) return null;
  const unseen = record.seenHash !== after.contentHash;
  const seenVersion =
    unseen && record.seenHash !== null
      ? older.find((v) => v.contentHash === record.seenHash)
      : undefined;
  const before = seenVersion ?? older[0]!;
  const extras = (v: StoredVersion) => ({
    sectionTexts: v.sectionTexts,
    filled: v.migration?.filled,
  });
  const diff = diffSummaries(before.summary, after.summary, {
    before: extras(before),
    after: extras(after),
  });
  if (!hasChanges(diff)) return null;
  return { before, after, since: before.analyzedAt, unseen, diff };
}

/** True when the site's current version is newer than the one the user last saw. */
export function isUnseenChange(record: SiteRecord): boolean {
  const current = record.versions[0];
  return (
    current !== undefined && record.versions.length > 1 && record.seenHash !== current.contentHash
  );
}
