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
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Text that NFC leaves as it is and that holds no invisible character: printable ASCII and plain line breaks. */
const PLAIN = /^[\x20-\x7E\t\n\r]*$/;
/** White space other than single spaces between words. */
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

export function normalizeBlockText(text: string): string {
  // Most blocks are plain ASCII with single spaces: skip the copies NFC and the replacements would make.
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
