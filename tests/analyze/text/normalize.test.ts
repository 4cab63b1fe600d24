import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, layoutBlocks, normalizeBlockText } from '../../../lib/analyze/normalize';

describe('normalizeBlockText', () => {
  it('collapses every kind of space, drops invisible characters and composes accents', () => {
    expect(normalizeBlockText('  a\u00A0\tb\n\u2003c\u200B\u00AD d  ')).toBe('a b c d');
    expect(normalizeBlockText('Cafe\u0301')).toBe('Café');
  });
});

describe('layoutBlocks', () => {
  it('places blocks so that text.slice(start, end) is the block text, dropping empty ones', () => {
    const { text, blocks } = layoutBlocks([
      { kind: 'heading', level: 1, text: ' Title ' },
      { kind: 'paragraph', level: 0, text: '\u200B' },
      { kind: 'paragraph', level: 0, text: 'Body\n text.' },
    ]);
    expect(text).toBe(`Title${BLOCK_SEPARATOR}Body text.`);
    expect(blocks).toHaveLength(2);
    for (const b of blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
  });
});
