import { findFooter } from './footer';
import { POLICY_NAME, POLICY_PATH, PRIVACY_HINT, PRIVACY_WORD } from './privacy-names';

// Runs in the all-pages content script: no heavy imports, and a bounded number of anchors looked at
// (footer first, where sites put the link; then navigation; then the page's first anchors).

const MAX_FOOTER_ANCHORS = 200;
const MAX_PAGE_ANCHORS = 1500;
/** Links that mention privacy but lead elsewhere: opt-out forms, cookie settings, terms. */
const NOT_THE_POLICY =
  /do\s+not\s+sell|don['’]t\s+sell|your\s+privacy\s+choices|cookie\s+(?:settings|preferences)|manage\s+(?:cookies|consent|preferences)|privacy\s+settings|opt[- ]out/i;

/** The site's privacy-policy link as an absolute http(s) URL, or null. */
export function findPrivacyLink(doc: Document, url: URL): string | null {
  try {
    return findLink(doc, url);
  } catch {
    return null;
  }
}

function findLink(doc: Document, url: URL): string | null {
  // rel="privacy-policy" on a <link> in the head names the policy outright. (On an anchor it is rated highest below.)
  const declared = doc.head?.querySelector('link[rel~="privacy-policy"][href]');
  if (declared) {
    const target = resolveHttp(declared.getAttribute('href') ?? '', url);
    if (target) return isSamePage(target, url) ? null : target.href;
  }
  // Footer first, where sites put the link; then the navigation; then the page's first anchors. A later place is
  // read only when the earlier ones hold no candidate at all.
  const footer = doc.body ? findFooter(doc.body) : null;
  return (
    bestIn(footer ? [footer] : [], url, MAX_FOOTER_ANCHORS) ??
    bestIn(
      [...doc.querySelectorAll('nav, header, [role="navigation"]')].slice(0, 6),
      url,
      MAX_FOOTER_ANCHORS,
    ) ??
    bestIn([doc], url, MAX_PAGE_ANCHORS)
  );
}

/** The best-rated anchor among the first `limit` of each region (the first one on a tie). */
function bestIn(regions: readonly (Element | Document)[], url: URL, limit: number): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const region of regions) {
    const anchors = region.getElementsByTagName('a');
    for (let i = 0; i < anchors.length && i < limit; i++) {
      const rated = rate(anchors[i]!, url);
      if (rated && rated.score > bestScore) ({ href: best, score: bestScore } = rated);
    }
  }
  return best;
}

function rate(anchor: Element, page: URL): { href: string; score: number } | null {
  const rawHref = anchor.getAttribute('href');
  if (!rawHref) return null;
  const text = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
  const label =
    `${anchor.getAttribute('aria-label') ?? ''} ${anchor.getAttribute('title') ?? ''}`.slice(
      0,
      120,
    );
  const rel = anchor.getAttribute('rel');
  const declared = rel !== null && /(?:^|\s)privacy-policy(?:\s|$)/i.test(rel);
  // Most anchors say nothing about privacy in their text, label or address: they are passed over before any of the
  // larger patterns run or the address is parsed. (A relative href could only gain a privacy path from the page's
  // own address, e.g. "faq" under /privacy/, which is not a link to the policy.)
  if (!declared && !PRIVACY_HINT.test(`${text} ${label} ${rawHref}`)) return null;
  if (NOT_THE_POLICY.test(text)) return null;
  let score = 0;
  // The bare word ("Privacy", "Datenschutz") first: it is what most footers say, and its small pattern spares
  // compiling the large name pattern on most pages.
  if (declared) score = 5;
  else if (PRIVACY_WORD.test(text)) score = 2.5;
  else if (POLICY_NAME.test(text)) score = 3;
  else if (POLICY_NAME.test(label) || PRIVACY_WORD.test(label)) score = 2;
  const target = resolveHttp(rawHref, page);
  if (!target) return null;
  if (POLICY_PATH.test(target.pathname)) score += score > 0 ? 0.5 : 1;
  if (score === 0) return null;
  if (isSamePage(target, page)) return null;
  if (target.origin === page.origin) score += 0.5;
  else if (siteOf(target.hostname) === siteOf(page.hostname)) score += 0.3;
  return { href: target.href, score };
}

/** The href as an absolute http(s) URL, or null. */
export function resolveHttp(raw: string, page: URL): URL | null {
  try {
    const target = new URL(raw.trim(), page);
    return target.protocol === 'http:' || target.protocol === 'https:' ? target : null;
  } catch {
    return null;
  }
}

function isSamePage(target: URL, page: URL): boolean {
  const strip = (u: URL) => `${u.origin}${u.pathname.replace(/\/$/, '')}${u.search}`;
  return strip(target) === strip(page);
}

/** The last two labels of a host name: close enough to "same site" for ranking, without a suffix list. */
function siteOf(hostname: string): string {
  return hostname.split('.').slice(-2).join('.');
}
