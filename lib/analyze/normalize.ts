import type { Block } from '../schema';
import type { PositionedBlock } from './types';

export const BLOCK_SEPARATOR = '\n\n';

// Zero-width and bidi control characters carry no meaning for analysis and can hide text; spaces of every kind
// become one space so offsets are stable whatever the page's markup did.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const WHITESPACE = /\s+/g;

/** Whether a UTF-16 code unit is white space as the regex class \s reads it. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  );
}

/** The number of runs of non-space characters (what /\S+/g would match), counted without allocating. */
export function countWords(text: string): number {
  return countWordsAndPrefix(text, 0).total;
}

/**
 * countWords(text) and countWords(text.slice(0, prefixChars)) from one pass: the words of the prefix are the
 * words that start in it. The pipeline needs the whole count and the policy score the count of its sample; one
 * scan of a long policy instead of two.
 */
export function countWordsAndPrefix(
  text: string,
  prefixChars: number,
): { total: number; prefix: number } {
  let count = 0;
  let prefix = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (i === prefixChars) prefix = count;
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  if (prefixChars >= text.length) prefix = count;
  return { total: count, prefix };
}

/** Text that NFC leaves as it is and that holds no invisible character: printable ASCII and plain line breaks. */
const PLAIN = /^[\x20-\x7E\t\n\r]*$/;
/** White space other than single spaces between words. */
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

/** Anything but printable ASCII, or two spaces in a row: text without either needs no more than a trim. */
const NOT_SIMPLE = /[^\x20-\x7E]| {2}/;

export function normalizeBlockText(text: string): string {
  // Most blocks are printable ASCII with single spaces: one test settles them (NFC leaves them as they are, they
  // hold no invisible character and no white space to collapse).
  if (!NOT_SIMPLE.test(text)) return text.trim();
  // Plain ASCII with line breaks or runs of spaces: skip the copies NFC and the invisible-character pass make.
  const composed = PLAIN.test(text) ? text : text.normalize('NFC').replace(INVISIBLE, '');
  return (SPACE_TO_COLLAPSE.test(composed) ? composed.replace(WHITESPACE, ' ') : composed).trim();
}

/** Normalises each block and lays them out in one string; empty blocks are dropped. */
export function layoutBlocks(blocks: readonly Block[]): {
  text: string;
  blocks: PositionedBlock[];
} {
  const placed: PositionedBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = normalizeBlockText(block.text);
    if (!text) continue;
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    placed.push({ ...block, text, start: offset, end: offset + text.length });
    parts.push(text);
    offset += text.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks: placed };
}
