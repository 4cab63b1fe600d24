import { describe, expect, it } from 'vitest';
import { clean, COLOURS, PLAIN, styleFor } from '../../cli/render';

describe('terminal output', () => {
  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(styleFor({ isTTY: true }, {})).toBe(COLOURS);
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(styleFor({ isTTY: false }, {})).toBe(PLAIN);
    expect(styleFor({}, {})).toBe(PLAIN);
  });

  it('strips control characters from page text so it cannot drive the terminal', () => {
    expect(clean('We \u001b[2Jcollect\u0007 data\u202e.')).toBe('We [2Jcollect data.');
    expect(clean('line one\nline\ttwo')).toBe('line one line two');
  });
});
