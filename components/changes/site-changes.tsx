import { useCallback, useEffect, useState } from 'react';
import { findSiteChange, type SiteChange } from '../../lib/compare/changes';
import type { SiteRecord } from '../../lib/schema';
import { ChangedSince } from './changed-since';

/**
 * The popup's drop-in: loads a site's saved versions and shows "Changed since DATE" when the policy changed.
 * Renders nothing for a site with one version, so the popup can place it unconditionally.
 */
export function SiteChanges({
  site,
  getSite,
  markSeen,
}: {
  site: string | null;
  getSite: (site: string) => Promise<SiteRecord | null>;
  markSeen?: (site: string) => Promise<unknown>;
}) {
  const [change, setChange] = useState<SiteChange | null>(null);
  const load = useCallback(() => {
    if (!site) return;
    getSite(site)
      .then((record) => setChange(record ? findSiteChange(record) : null))
      .catch(() => setChange(null));
  }, [site, getSite]);
  useEffect(load, [load]);
  if (!site || !change) return null;
  return (
    <ChangedSince
      change={change}
      site={site}
      headingLevel={2}
      onMarkSeen={markSeen ? () => void markSeen(site).then(load) : undefined}
    />
  );
}
