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
 * Which policy document a version was read from: the page's address without "www.", query or fragment. A site can
 * keep several documents (a privacy policy and a cookie policy, a regional version); reading a second one is not a
 * change of the first. The price: a policy that moved to a new address starts a new history instead of showing a
 * change.
 */
export function documentKey(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname.toLowerCase().replace(/^www\./, '')}${pathname.replace(/\/+$/, '')}`;
  } catch {
    return url;
  }
}

/** The current version and the older versions of the same document, newest first. */
function currentDocument(
  record: SiteRecord,
): { after: StoredVersion; older: StoredVersion[] } | null {
  const [after, ...rest] = record.versions;
  if (!after) return null;
  const key = documentKey(after.url);
  return { after, older: rest.filter((v) => documentKey(v.url) === key) };
}

/**
 * The change worth showing for a site: from the version the user last saw to the current one, or from the
 * previous version when the user has seen the current one (so the popup can still explain what moved).
 * Null when the current document has a single version or the versions differ only in text the summary does not
 * reflect (and no kept section text differs).
 */
export function findSiteChange(record: SiteRecord): SiteChange | null {
  const doc = currentDocument(record);
  if (!doc || doc.older.length === 0) return null;
  const { after, older } = doc;
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

/**
 * True when the site has a change the user has not seen: the one findSiteChange shows with "Mark as seen", so a
 * mark (badge, site list) never appears without a way to clear it.
 */
export function isUnseenChange(record: SiteRecord): boolean {
  return findSiteChange(record)?.unseen === true;
}
