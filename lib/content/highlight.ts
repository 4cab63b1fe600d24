import { buildTextIndex, findQuoteRange } from './text-index';

// "Show in page": the quote is marked with the CSS Custom Highlight API where the browser has it, otherwise with
// boxes drawn over the range's rectangles. Neither touches the page's own markup, and the page's text is never
// parsed as HTML. The mark clears on the next click anywhere in the page.
export const HIGHLIGHT_NAME = 'policylens';
const STYLE_ID = 'policylens-highlight-style';
const OVERLAY_ATTR = 'data-policylens-overlay';

let clearCurrent: (() => void) | null = null;

function ensureHighlightStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffd54a; color: #111; }`;
  (doc.head ?? doc.documentElement).append(style);
}

function openClosedDetails(range: Range): void {
  for (let el: Element | null = range.startContainer.parentElement; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
  }
}

function drawOverlay(doc: Document, range: Range): () => void {
  const boxes: HTMLElement[] = [];
  for (const rect of Array.from(range.getClientRects())) {
    const box = doc.createElement('div');
    box.setAttribute(OVERLAY_ATTR, '');
    Object.assign(box.style, {
      position: 'absolute',
      left: `${rect.left + window.scrollX}px`,
      top: `${rect.top + window.scrollY}px`,
      width: `${rect.width}px`,
      height: `${rect.height}px`,
      background: 'rgba(255, 213, 74, 0.45)',
      outline: '2px solid #e0a800',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    doc.body.append(box);
    boxes.push(box);
  }
  return () => boxes.forEach((box) => box.remove());
}

export function clearHighlight(): void {
  clearCurrent?.();
  clearCurrent = null;
}

/** Marks the quote in the page and scrolls to it. Returns false when the page does not contain it. */
export function highlightQuote(doc: Document, quote: string): boolean {
  clearHighlight();
  const range = findQuoteRange(buildTextIndex(doc.body ?? doc.documentElement), quote);
  if (!range) return false;
  openClosedDetails(range);
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });

  let remove: () => void;
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (registry && typeof Highlight === 'function') {
    ensureHighlightStyle(doc);
    registry.set(HIGHLIGHT_NAME, new Highlight(range));
    remove = () => registry.delete(HIGHLIGHT_NAME);
  } else {
    remove = drawOverlay(doc, range);
  }
  const onClick = () => clearHighlight();
  doc.addEventListener('click', onClick, { capture: true, once: true });
  clearCurrent = () => {
    remove();
    doc.removeEventListener('click', onClick, { capture: true });
  };
  return true;
}
