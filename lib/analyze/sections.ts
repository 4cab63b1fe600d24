import type { PositionedBlock, SectionDraft } from './types';

/**
 * Groups blocks into top-level sections: the smallest heading level present opens a section;
 * text before the first heading is a preamble section with a null heading.
 */
export function buildSections(blocks: readonly PositionedBlock[]): {
  sections: SectionDraft[];
  sectionOfBlock: number[];
} {
  const headingLevels = blocks.filter((b) => b.kind === 'heading').map((b) => b.level);
  const top = headingLevels.length ? Math.min(...headingLevels) : 0;
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
