import { describe, expect, it } from 'vitest';
import { sectionTextsOf } from '../../lib/background/section-texts';
import { analyzePolicy } from '../../lib/analyze';
import { layoutBlocks } from '../../lib/analyze/normalize';
import type { Block } from '../../lib/schema';

const p = (text: string): Block => ({ kind: 'paragraph', level: 0, text });
const h = (text: string): Block => ({ kind: 'heading', level: 2, text });

describe('sectionTextsOf', () => {
  it('cuts each section from the normalised text the summary offsets point into', () => {
    const blocks = [
      h('Information we collect'),
      p('We collect your email address and your name when you register.'),
      h('How long we keep it'),
      p('We keep   order records\nfor 90 days.'),
    ];
    const summary = analyzePolicy({ blocks, url: 'https://shop.example/privacy', title: null });
    const texts = sectionTextsOf(layoutBlocks(blocks).text, summary.sections);
    expect(texts).toHaveLength(summary.sections.length);
    const retention = summary.sections.findIndex((s) => s.heading === 'How long we keep it');
    expect(retention).toBeGreaterThanOrEqual(0);
    // The heading is the summary's; the kept text is the section's body.
    expect(texts[retention]!.text).toBe('We keep order records for 90 days.');
    expect(texts.every((t) => !t.truncated)).toBe(true);
  });

  it('caps each section and the whole version, marking what was cut', () => {
    const text = ['a'.repeat(30), 'word '.repeat(20).trim(), 'c'.repeat(30)].join('\n\n');
    const sections = [
      { heading: 'A', categories: [], start: 0, end: 30 },
      { heading: 'B', categories: [], start: 32, end: 32 + 99 },
      { heading: 'C', categories: [], start: 133, end: 163 },
    ];
    const texts = sectionTextsOf(text, sections, { section: 50, version: 90 });
    expect(texts[0]).toEqual({ text: 'a'.repeat(30), truncated: false });
    // Cut at a word boundary within the 50-character cap.
    expect(texts[1]!.truncated).toBe(true);
    expect(texts[1]!.text.length).toBeLessThanOrEqual(50);
    expect(texts[1]!.text).toMatch(/^word( word)*$/);
    // The version's budget (90) is spent by the time C comes: kept short, and marked.
    expect(texts[2]!.text).toMatch(/^c+$/);
    expect(texts[2]!.text.length).toBeLessThan(30);
    expect(texts[2]!.truncated).toBe(true);
    expect(texts.reduce((n, t) => n + t.text.length, 0)).toBeLessThanOrEqual(90);
  });
});
