// Dependency-free, for the all-pages content script.

const FOOTER_SEARCH_NODES = 2000;
/**
 * Page chrome: what the detector's sample skips, and subtrees that never hold the page footer (a <footer> inside an
 * <aside> or a <dialog>, such as a cookie banner's, is theirs, not the page's). A pattern rather than a Set: nothing
 * is built when the script loads.
 */
export const PAGE_CHROME =
  /^(?:script|style|noscript|template|nav|header|footer|svg|button|select|aside|form|dialog)$/;

/** The page footer, looked for backwards from the end of the body, where it sits, over a bounded number of nodes. */
export function findFooter(body: Element): Element | null {
  let node: Node | null = body.lastChild;
  let visited = 0;
  while (node && visited < FOOTER_SEARCH_NODES) {
    visited++;
    if (node.nodeType === 1) {
      const el = node as Element;
      // Lower-case for HTML elements in HTML documents (and in linkedom's); other elements match nothing below.
      const tag = el.localName;
      if (tag === 'footer' || el.getAttribute('role') === 'contentinfo') return el;
      if (!PAGE_CHROME.test(tag) && el.lastChild) {
        node = el.lastChild;
        continue;
      }
    }
    while (node && node !== body && !node.previousSibling) node = node.parentNode;
    if (!node || node === body) break;
    node = node.previousSibling;
  }
  return null;
}
