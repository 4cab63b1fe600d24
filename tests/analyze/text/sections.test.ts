import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/analyze';
import { layoutBlocks } from '../../../lib/analyze/normalize';
import { buildSections } from '../../../lib/analyze/sections';
import type { Block } from '../../../lib/schema';
import { extractBlocksFromHtml } from '../../../lib/extract/html-node';
import {
  readSeed,
  readSeedExpected,
  seedFiles,
  warnIfMissing,
  wrapAsHtml,
} from '../../detect/corpus';

warnIfMissing('tests/analyze/text/sections');

function sectionsOf(blocks: Block[]) {
  const { blocks: placed } = layoutBlocks(blocks);
  return buildSections(placed);
}

const h = (level: number, text: string): Block => ({ kind: 'heading', level, text });
const p = (text: string): Block => ({ kind: 'paragraph', level: 0, text });

describe('buildSections', () => {
  it('opens a section at each heading of the shallowest level, with a preamble before the first', () => {
    const { sections, sectionOfBlock } = sectionsOf([
      p('Intro.'),
      h(2, 'A'),
      p('a'),
      h(3, 'A.1'),
      p('a1'),
      h(2, 'B'),
      p('b'),
    ]);
    expect(sections.map((s) => s.heading)).toEqual([null, 'A', 'B']);
    expect(sectionOfBlock).toEqual([0, 1, 1, 1, 1, 2, 2]);
  });

  it('treats a lone title above the sections as part of the preamble', () => {
    const { sections } = sectionsOf([
      h(1, 'Privacy Policy'),
      p('Intro.'),
      h(2, '1. Data'),
      p('x'),
      h(2, '2. Rights'),
      p('y'),
    ]);
    expect(sections.map((s) => s.heading)).toEqual([null, '1. Data', '2. Rights']);
    expect(sections[0]!.blockStart).toBe(0);
    expect(sections[0]!.blockEnd).toBe(2);
  });

  it('keeps two top-level headings as sections, and a title alone as the only section', () => {
    expect(
      sectionsOf([h(1, 'A'), p('a'), h(1, 'B'), h(2, 'B.1')]).sections.map((s) => s.heading),
    ).toEqual(['A', 'B']);
    expect(sectionsOf([h(1, 'Only'), p('text')]).sections.map((s) => s.heading)).toEqual(['Only']);
  });

  it('gives offsets that cover the blocks and point into the text', () => {
    const { text, blocks } = layoutBlocks([
      h(1, 'T'),
      p('Intro.'),
      h(2, 'One'),
      p('Body one.'),
      h(2, 'Two'),
      p('Body two.'),
    ]);
    const { sections } = buildSections(blocks);
    for (const s of sections) {
      expect(text.slice(s.start, s.end).startsWith(s.heading ?? 'T')).toBe(true);
      expect(s.end).toBe(blocks[s.blockEnd - 1]!.end);
    }
  });

  it('handles no blocks and no headings', () => {
    expect(sectionsOf([]).sections).toEqual([]);
    expect(sectionsOf([p('a'), p('b')]).sections.map((s) => s.heading)).toEqual([null]);
  });
});

describe.skipIf(seedFiles.length === 0)('seed policies: expected top-level sections', () => {
  it.each(seedFiles)('%s: every expected heading, in order, exactly the named sections', (file) => {
    const doc = buildDocument({ text: readSeed(file) });
    const expected = readSeedExpected(file).sections.map((s) => s.headingStartsWith);
    const named = doc.sections.map((s) => s.heading).filter((x): x is string => x !== null);
    expect(named).toHaveLength(expected.length);
    named.forEach((heading, i) =>
      expect(heading.startsWith(expected[i]!), `${heading} / ${expected[i]}`).toBe(true),
    );
    expect(doc.sections[0]!.heading).toBeNull();
  });
});

describe.skipIf(seedFiles.length === 0)(
  'seed policies served as flat HTML (one <p> a line, no heading markup)',
  () => {
    it.each(seedFiles)('%s: the same top-level sections', (file) => {
      const doc = buildDocument({
        blocks: extractBlocksFromHtml(wrapAsHtml(readSeed(file), 'Privacy Policy')),
      });
      const expected = readSeedExpected(file).sections.map((s) => s.headingStartsWith);
      const named = doc.sections.map((s) => s.heading).filter((x): x is string => x !== null);
      expect(named).toHaveLength(expected.length);
      named.forEach((heading, i) =>
        expect(heading.startsWith(expected[i]!), `${heading} / ${expected[i]}`).toBe(true),
      );
    });
  },
);
