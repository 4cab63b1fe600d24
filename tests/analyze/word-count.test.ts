import { describe, expect, it } from 'vitest';
import { countWords, countWordsAndPrefix } from '../../lib/analyze/normalize';

// The pipeline counts the whole text and the policy score's sample in one pass: both must equal separate counts.
describe('countWordsAndPrefix', () => {
  const texts = [
    '',
    'one',
    '  two  words ',
    'a\u00a0b\tc\n\nd',
    'word '.repeat(50),
    'x'.repeat(30),
  ];
  it('gives countWords of the text and of every prefix', () => {
    for (const text of texts)
      for (let cut = 0; cut <= text.length + 2; cut++) {
        const { total, prefix } = countWordsAndPrefix(text, cut);
        expect(total).toBe(countWords(text));
        expect(prefix).toBe(text.slice(0, cut).match(/\S+/g)?.length ?? 0);
      }
  });
  it('counts a word cut by the prefix end as a word of the prefix', () => {
    expect(countWordsAndPrefix('privacy policy', 9)).toEqual({ total: 2, prefix: 2 });
    expect(countWordsAndPrefix('privacy policy', 8)).toEqual({ total: 2, prefix: 1 });
  });
});
