import type { PositionedBlock, SectionDraft } from './types';

/**
 * Groups blocks into top-level sections: the smallest heading level present opens a section;
 * text before the first heading is a preamble section with a null heading.
 * A lone title (the only heading at the shallowest level, coming before every other heading, e.g. "Privacy
 * Policy" above numbered sections) names the document, not a section: it joins the preamble and the next
 * level opens sections.
 */
export function buildSections(blocks: readonly PositionedBlock[]): {
  sections: SectionDraft[];
  sectionOfBlock: number[];
} {
  const top = sectionLevel(blocks);
  const sections: SectionDraft[] = [];
  const sectionOfBlock: number[] = [];
  blocks.forEach((block, i) => {
    const opens = block.kind === 'heading' && block.level === top;
    if (opens || sections.length === 0) {
      sections.push({
        heading: opens ? block.text : null,
        level: opens ? block.level : 0,
        start: block.start,
        end: block.end,
        blockStart: i,
        blockEnd: i + 1,
        categories: [],
      });
    }
    const current = sections[sections.length - 1]!;
    current.end = block.end;
    current.blockEnd = i + 1;
    sectionOfBlock.push(sections.length - 1);
  });
  return { sections, sectionOfBlock };
}

function sectionLevel(blocks: readonly PositionedBlock[]): number {
  const count = new Map<number, number>();
  let first: PositionedBlock | undefined;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    first ??= block;
    count.set(block.level, (count.get(block.level) ?? 0) + 1);
  }
  if (!first) return 0;
  const levels = [...count.keys()].sort((a, b) => a - b);
  // Skip lone titles from the top down: "Privacy Policy" (h1), then maybe a lone subtitle (h2) before the h3s.
  let k = 0;
  while (
    k + 1 < levels.length &&
    count.get(levels[k]!) === 1 &&
    isFirstAtOrBelow(blocks, levels[k]!)
  )
    k++;
  return levels[k]!;
}

/** Whether the one heading at `level` comes before every deeper heading. */
function isFirstAtOrBelow(blocks: readonly PositionedBlock[], level: number): boolean {
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.level < level) continue;
    return block.level === level;
  }
  return false;
}
