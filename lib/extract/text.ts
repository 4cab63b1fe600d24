import type { Block } from '../schema';

// Minimal plain-text structure: blank-line paragraphs, Markdown "#" headings and numbered headings.
// Owned by the extraction stage; to be refined (title-case lines, "a)", "Section 3", upper-case lines).
const MD_HEADING = /^(#{1,6})\s+(.+)$/;
const NUMBERED = /^(\d+(?:\.\d+)*)[.)]?\s+\S.{0,100}$/;

export function extractBlocksFromText(input: string): Block[] {
  const blocks: Block[] = [];
  for (const rawLine of input.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line) continue;
    const md = MD_HEADING.exec(line);
    if (md) {
      blocks.push({ kind: 'heading', level: md[1]!.length, text: md[2]! });
    } else if (NUMBERED.test(line) && !/[.!?]$/.test(line)) {
      const depth = line.split(/\s/)[0]!.replace(/[.)]$/, '').split('.').length;
      blocks.push({ kind: 'heading', level: Math.min(6, depth + 1), text: line });
    } else {
      blocks.push({ kind: /^[-*•]\s/.test(line) ? 'list-item' : 'paragraph', level: 0, text: line });
    }
  }
  return blocks;
}
