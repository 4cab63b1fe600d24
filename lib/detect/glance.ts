import { PRIVACY_HINT } from './privacy-names';
import { footerLinksHere } from './self-link';

// The all-pages detector's whole decision. Nearly every page is not a privacy policy, so this look must cost the
// least a look can: the address, the title and the page's first headings through native lookups, and the footer's
// links. A page that passes is looked at in full by the page tools (scorePolicyPage), injected only then.

/**
 * Headings of each level looked at, in document order. The lookups include site banners and menus, which
 * scorePolicyPage's walk skips, so they read well past the first content h1 and h2 that the walk keeps.
 */
const GLANCE_HEADINGS = 12;

/**
 * Whether the page could be a privacy policy: whether any signal scorePolicyPage counts in a policy's favour is
 * present at all. Every such signal needs a privacy word stem (PRIVACY_HINT) in the path, the title, a first h1 or
 * h2, or the text of a footer link to the page itself; without one, scorePolicyPage's positive signals sum to zero
 * and it rejects the page. So `false` here is scorePolicyPage's decision, reached without walking the page or
 * building any of the larger patterns (tests/detect/glance.test.ts checks it on every fixture page and corpus
 * policy under several titles and addresses).
 */
export function mayBePolicy(doc: Document, url: URL): boolean {
  if (PRIVACY_HINT.test(url.pathname) || PRIVACY_HINT.test(doc.title)) return true;
  // Per level, so a menu full of h2s cannot push the page's h1 out of reach.
  for (const level of ['h1', 'h2']) {
    // A live collection: indexing walks only as far as the index, where `length` would count the whole page.
    const headings = doc.getElementsByTagName(level);
    for (let i = 0, heading; i < GLANCE_HEADINGS && (heading = headings[i]); i++)
      if (PRIVACY_HINT.test((heading.textContent ?? '').slice(0, 300))) return true;
  }
  // The stem alone (scorePolicyPage also wants a name or the bare word): no larger pattern is built here.
  return doc.body !== null && footerLinksHere(doc.body, url, (text) => PRIVACY_HINT.test(text));
}
