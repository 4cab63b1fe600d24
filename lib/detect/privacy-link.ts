import { findFooter } from './footer';
import { POLICY_NAME, POLICY_PATH, PRIVACY_WORD } from './privacy-names';

// Runs in the all-pages content script: no heavy imports, and a bounded number of anchors looked at
// (footer first, where sites put the link; then navigation; then the page's first anchors).

const MAX_FOOTER_ANCHORS = 200;
const MAX_PAGE_ANCHORS = 1500;
/** Links that mention privacy but lead elsewhere: opt-out forms, cookie settings, terms. */
const NOT_THE_POLICY =
  /do\s+not\s+sell|don['’]t\s+sell|your\s+privacy\s+choices|cookie\s+(?:settings|preferences)|manage\s+(?:cookies|consent|preferences)|privacy\s+settings|opt[- ]out/i;

interface Candidate {
  href: string;
  score: number;
  order: number;
}

/** The site's privacy-policy link as an absolute http(s) URL, or null. */
export function findPrivacyLink(doc: Document, url: URL): string | null {
  try {
    return findLink(doc, url);
  } catch {
    return null;
  }
}

function findLink(doc: Document, url: URL): string | null {
  // rel="privacy-policy" sits on a <link> in the head or an anchor in the footer: looking there is enough and
  // avoids a selector match over a huge page.
  const footer = doc.body ? findFooter(doc.body) : null;
  const declared =
    doc.head?.querySelector('link[rel~="privacy-policy"][href]') ??
    footer?.querySelector('a[rel~="privacy-policy"][href]');
  if (declared) {
    const href = resolve(declared.getAttribute('href') ?? '', url);
    if (href && !isSamePage(new URL(href), url)) return href;
    if (href) return null;
  }
  let best: Candidate | null = null;
  let order = 0;
  const consider = (anchors: ArrayLike<Element>, limit: number, bonus: number) => {
    for (let i = 0; i < anchors.length && i < limit; i++) {
      const candidate = rate(anchors[i]!, url, bonus, order++);
      if (candidate && (!best || candidate.score > best.score)) best = candidate;
    }
  };
  if (footer) consider(footer.getElementsByTagName('a'), MAX_FOOTER_ANCHORS, 0.3);
  if (!best) {
    for (const region of Array.from(doc.querySelectorAll('nav, header, [role="navigation"]')).slice(
      0,
      6,
    )) {
      consider(region.getElementsByTagName('a'), MAX_FOOTER_ANCHORS, 0.1);
    }
  }
  if (!best) consider(doc.getElementsByTagName('a'), MAX_PAGE_ANCHORS, 0);
  return (best as Candidate | null)?.href ?? null;
}

function rate(anchor: Element, page: URL, bonus: number, order: number): Candidate | null {
  const rawHref = anchor.getAttribute('href');
  if (!rawHref) return null;
  const text = `${anchor.textContent ?? ''}`.replace(/\s+/g, ' ').trim().slice(0, 120);
  const label =
    `${anchor.getAttribute('aria-label') ?? ''} ${anchor.getAttribute('title') ?? ''}`.slice(
      0,
      120,
    );
  if (NOT_THE_POLICY.test(text)) return null;
  let score = 0;
  if (/(?:^|\s)privacy-policy(?:\s|$)/i.test(anchor.getAttribute('rel') ?? '')) score = 5;
  else if (POLICY_NAME.test(text)) score = 3;
  else if (PRIVACY_WORD.test(text)) score = 2.5;
  else if (POLICY_NAME.test(label) || PRIVACY_WORD.test(label)) score = 2;
  const href = resolve(rawHref, page);
  if (!href) return null;
  const target = new URL(href);
  if (POLICY_PATH.test(target.pathname)) score += score > 0 ? 0.5 : 1;
  if (score === 0) return null;
  if (isSamePage(target, page)) return null;
  if (target.origin === page.origin) score += 0.5;
  else if (siteOf(target.hostname) === siteOf(page.hostname)) score += 0.3;
  return { href, score: score + bonus, order };
}

function resolve(raw: string, page: URL): string | null {
  try {
    const target = new URL(raw.trim(), page);
    if (target.protocol !== 'http:' && target.protocol !== 'https:') return null;
    return target.href;
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
