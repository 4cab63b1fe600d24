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
  let shallowest = 7;
  let countAtShallowest = 0;
  let first: PositionedBlock | undefined;
  let secondShallowest = 7;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    first ??= block;
    if (block.level < shallowest) {
      secondShallowest = shallowest;
      shallowest = block.level;
      countAtShallowest = 1;
    } else if (block.level === shallowest) countAtShallowest++;
    else if (block.level < secondShallowest) secondShallowest = block.level;
  }
  if (!first) return 0;
  const loneTitle = countAtShallowest === 1 && first.level === shallowest && secondShallowest < 7;
  return loneTitle ? secondShallowest : shallowest;
}
