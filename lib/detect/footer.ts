// Dependency-free, for the all-pages content script.

const FOOTER_SEARCH_NODES = 2000;
/** Subtrees that never contain the page footer (a pattern rather than a Set: nothing is built when the script loads). */
const OPAQUE = /^(?:script|style|noscript|template|svg|nav|header|form|select)$/;

/** The page footer, looked for backwards from the end of the body, where it sits, over a bounded number of nodes. */
export function findFooter(body: Element): Element | null {
  let node: Node | null = body.lastChild;
  let visited = 0;
  while (node && visited < FOOTER_SEARCH_NODES) {
    visited++;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = (el.localName ?? '').toLowerCase();
      if (tag === 'footer' || el.getAttribute('role') === 'contentinfo') return el;
      if (!OPAQUE.test(tag) && el.lastChild) {
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
