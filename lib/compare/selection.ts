// The chosen companies live in the page URL (compare.html?site=a.com&site=b.com) so a comparison can be
// bookmarked and reopened.

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;
const MAX_SITE_LENGTH = 253;

/** Sites as storage keys them: hostnames without "www."; anything else in the URL is ignored. */
export function parseSelection(search: string): string[] {
  const params = new URLSearchParams(search);
  const out: string[] = [];
  for (const value of params.getAll('site')) {
    const site = value
      .trim()
      .toLowerCase()
      .replace(/^www\./, '');
    if (site.length === 0 || site.length > MAX_SITE_LENGTH || !/^[a-z0-9.:[\]-]+$/.test(site))
      continue;
    if (!out.includes(site)) out.push(site);
    if (out.length === MAX_SELECTED) break;
  }
  return out;
}

export function serializeSelection(sites: readonly string[]): string {
  const params = new URLSearchParams();
  for (const site of sites.slice(0, MAX_SELECTED)) params.append('site', site);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Matches a saved site against what the user typed: its domain or the company name the policy gives. */
export function matchesQuery(query: string, site: string, company: string | null): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return true;
  return site.toLowerCase().includes(q) || (company ?? '').toLowerCase().includes(q);
}
