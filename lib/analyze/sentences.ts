import type { PositionedBlock, Sentence } from './types';

// Minimal splitter: a sentence ends at . ! ? followed by a space and a capital, digit or quote.
// Owned by the text stage; to be refined (abbreviations, lists, very long runs).
const BOUNDARY = /[.!?]["'”’)]?\s+(?=["'“‘(]?[A-Z0-9])/g;

export function splitSentences(
  blocks: readonly PositionedBlock[],
  sectionOfBlock: readonly number[],
): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, b) => {
    let from = 0;
    const push = (to: number) => {
      const raw = block.text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text)
        out.push({
          text,
          start: block.start + from + lead,
          end: block.start + from + lead + text.length,
          section: sectionOfBlock[b] ?? 0,
          block: b,
        });
    };
    for (const m of block.text.matchAll(BOUNDARY)) {
      const to = m.index + m[0].trimEnd().length;
      push(to);
      from = m.index + m[0].length;
    }
    push(block.text.length);
  });
  return out;
}
