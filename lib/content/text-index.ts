// Finds a quote in the page's visible text whatever the markup did to spaces, case, quotes or dashes: both sides
// are reduced to letters and digits, and every kept character remembers the text node and offset it came from.

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'TEXTAREA',
  'SELECT',
  'OPTION',
]);
/** Pages larger than this are searched only up to here: the quote would not be worth a frozen tab. */
const MAX_INDEXED_CHARS = 3_000_000;

function isSkipped(node: Text): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  }
  return false;
}

export interface TextPosition {
  node: Text;
  offset: number;
}

export interface TextIndex {
  /** Lower-cased letters and digits of the page, in document order. */
  folded: string;
  positions: TextPosition[];
}

export function foldText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function isFoldedChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // 4 is NodeFilter.SHOW_TEXT, spelled out so the code runs in DOMs that have no NodeFilter global.
  const walker = doc.createTreeWalker(root, 4);
  let folded = '';
  const positions: TextPosition[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (isSkipped(node)) continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const char = data[i]!;
      if (!isFoldedChar(char)) continue;
      const lower = char.toLowerCase();
      // Lower-casing can lengthen a character (e.g. "İ"); keep one position per folded code unit.
      for (let k = 0; k < lower.length; k++) positions.push({ node, offset: i });
      folded += lower;
    }
    if (folded.length > MAX_INDEXED_CHARS) break;
  }
  return { folded, positions };
}

export interface QuoteSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** Where the first occurrence of the quote is, or null. Falls back to the quote's opening words. */
export function findQuoteSpan(index: TextIndex, quote: string): QuoteSpan | null {
  const needle = foldText(quote);
  if (!needle) return null;
  let at = index.folded.indexOf(needle);
  let length = needle.length;
  if (at < 0 && needle.length > 80) {
    // The engine's quote may run past what the page shows in one place (e.g. joined list items): match its start.
    length = 80;
    at = index.folded.indexOf(needle.slice(0, length));
  }
  if (at < 0) return null;
  const first = index.positions[at]!;
  const last = index.positions[at + length - 1]!;
  // Folding dropped the closing punctuation ("page."); take it back when the page has it right there.
  const trailing = /[^\p{L}\p{N}\s]{1,3}$/u.exec(quote.trim())?.[0] ?? '';
  const whole =
    length === needle.length &&
    trailing !== '' &&
    last.node.data.startsWith(trailing, last.offset + 1);
  return {
    startNode: first.node,
    startOffset: first.offset,
    endNode: last.node,
    endOffset: last.offset + 1 + (whole ? trailing.length : 0),
  };
}

/** The quote's first occurrence as a DOM Range, or null. */
export function findQuoteRange(index: TextIndex, quote: string): Range | null {
  const span = findQuoteSpan(index, quote);
  if (!span) return null;
  const range = span.startNode.ownerDocument!.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}
