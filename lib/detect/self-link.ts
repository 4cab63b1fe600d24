import { findFooter } from './footer';
import { resolveHttp } from './privacy-link';
import { POLICY_NAME, PRIVACY_HINT, PRIVACY_WORD } from './privacy-names';

// Dependency-free, for the all-pages detector's glance and for scorePolicyPage.

const FOOTER_LINKS = 60;

/** Footers link to the privacy policy on every page, including the policy itself: a link to here is a tell. */
export function linksToItself(body: Element, url: URL): boolean {
  return footerLinksHere(
    body,
    url,
    (text) => PRIVACY_HINT.test(text) && (PRIVACY_WORD.test(text) || POLICY_NAME.test(text)),
  );
}

/** Whether one of the footer's first links, with a text `accepted`, leads to this page (origin and path). */
export function footerLinksHere(
  body: Element,
  url: URL,
  accepted: (text: string) => boolean,
): boolean {
  const footer = findFooter(body);
  if (!footer) return false;
  const anchors = footer.getElementsByTagName('a');
  for (let i = 0, a; i < FOOTER_LINKS && (a = anchors[i]); i++) {
    if (!accepted((a.textContent ?? '').slice(0, 100))) continue;
    // An unparsable or non-web href says nothing.
    const target = resolveHttp(a.getAttribute('href') ?? '', url);
    if (
      target?.origin === url.origin &&
      target.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '')
    )
      return true;
  }
  return false;
}
