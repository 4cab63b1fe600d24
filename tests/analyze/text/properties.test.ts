import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/analyze';
import { MAX_SENTENCE_CHARS } from '../../../lib/analyze/sentences';
import { detectLanguage } from '../../../lib/detect/language';
import { scorePolicyText } from '../../../lib/detect/policy-text';
import { extractBlocksFromHtml } from '../../../lib/extract/html-node';

// Whatever the input, the early stages never throw and keep their offset promises.
const textish = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        '1. ',
        'Privacy Policy',
        '\n',
        '\n\n',
        '# ',
        'e.g. ',
        'Inc. ',
        'We collect data. ',
        '…',
        '"',
        ' ',
        '2025',
        'At',
        '- ',
        '•',
        ':',
        'U.S. ',
      ),
      { maxLength: 80 },
    )
    .map((parts) => parts.join('')),
);

describe('early stages on arbitrary text', () => {
  it('keep doc.text.slice(start, end) === text for blocks, sections and sentences', () => {
    fc.assert(
      fc.property(textish, (raw) => {
        const doc = buildDocument({ text: raw });
        for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
        for (const s of doc.sentences) {
          expect(doc.text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
          expect(s.section).toBeLessThan(Math.max(1, doc.sections.length));
        }
        for (const section of doc.sections) expect(section.start).toBeLessThanOrEqual(section.end);
        const { confidence } = scorePolicyText(doc);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
        expect(detectLanguage(raw)).toMatch(/^(?:[a-z]{2}|und)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('extracts blocks from arbitrary markup without throwing', () => {
    const markup = fc
      .array(
        fc.constantFrom(
          '<p>',
          '</p>',
          '<h2>',
          '</h2>',
          '<li>',
          '<ul>',
          '</ul>',
          '<b>',
          '</b>',
          '<br>',
          'text ',
          'We collect data. ',
          '<div hidden>',
          '</div>',
          '<table><tr><td>',
          '&amp;',
          '<!--',
          '-->',
          '<script>',
          '</script>',
        ),
        {
          maxLength: 60,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(markup, (html) => {
        const blocks = extractBlocksFromHtml(html);
        for (const b of blocks) {
          expect(b.text.trim()).toBe(b.text);
          expect(b.text.length).toBeGreaterThan(0);
          expect(b.level).toBeGreaterThanOrEqual(b.kind === 'heading' ? 1 : 0);
          expect(b.level).toBeLessThanOrEqual(6);
        }
      }),
      { numRuns: 200 },
    );
  });
});
