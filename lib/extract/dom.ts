import type { Block } from '../schema';

// STAGE STUB (owner: extraction helper): keep main content, drop nav/header/footer/banners/scripts/hidden.
/** Main content of any DOM (browser or linkedom) as ordered blocks. */
export function extractBlocks(root: Document | Element): Block[] {
  const body = 'body' in root ? root.body : root;
  const text = body?.textContent ?? '';
  return text.trim() ? [{ kind: 'paragraph', level: 0, text }] : [];
}
