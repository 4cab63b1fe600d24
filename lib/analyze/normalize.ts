import type { Block } from '../schema';
import type { PositionedBlock } from './types';

export const BLOCK_SEPARATOR = '\n\n';

// Zero-width and bidi control characters carry no meaning for analysis and can hide text; spaces of every kind
// become one space so offsets are stable whatever the page's markup did.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const WHITESPACE = /\s+/g;

export function normalizeBlockText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
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
