import { describe, expect, it } from 'vitest';
import { clean, COLOURS, PLAIN, renderSummary, styleFor } from '../../cli/render';
import { ev, makeSummary } from '../compare/fixtures';

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

describe('retention periods in the summary', () => {
  it('says a session cookie lasts until the browser session ends and other 0-day data is not kept', () => {
    const text = renderSummary(
      'policy.html',
      makeSummary({
        retention: [
          {
            subject: 'session cookies',
            period: { kind: 'duration', days: 0 },
            evidence: [ev('S.')],
          },
          { subject: 'card numbers', period: { kind: 'duration', days: 0 }, evidence: [ev('C.')] },
          { subject: 'logs', period: { kind: 'duration', days: 730 }, evidence: [ev('L.')] },
        ],
      }),
      PLAIN,
    );
    expect(text).toContain('session cookies: until the browser session ends');
    expect(text).toContain('card numbers: not kept');
    expect(text).toContain('logs: 2 years');
    expect(text).not.toContain('0 days');
  });
});
