import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/analyze';
import { extractRetention } from '../../lib/analyze/facts/retention';
import { isCookieLifetime } from '../../lib/analyze/facts/retention-cookies';
import { evaluateFlags } from '../../lib/flags';
import { makeFacts } from './helpers';

// The retention flags judge how long the organisation keeps data; a cookie's lifetime in the reader's browser
// (a session cookie ending with the session, a persistent cookie's expiry) is reported but not judged.

function retentionFlags(text: string): string[] {
  const doc = buildDocument({ text });
  const facts = makeFacts(doc, { retention: extractRetention(doc) });
  return evaluateFlags(doc, facts)
    .map((f) => f.id)
    .filter((id) => /retention/.test(id));
}

describe('retention flags and cookie lifetimes', () => {
  it('a policy whose only periods are cookie lifetimes still states no retention period', () => {
    const text = [
      'We collect your email address to send receipts.',
      'Session cookies are deleted when you close your browser.',
      'Persistent cookies remain on your device for 2 years.',
      'Some of our advertising cookies never expire.',
    ].join('\n\n');
    expect(retentionFlags(text)).toEqual(['no-retention-period']);
  });

  it('a stated period for personal data is still judged beside the cookie lifetimes', () => {
    const text = [
      'Session cookies are deleted when you close your browser.',
      'We keep your order history for 6 years and delete support messages after 90 days.',
      'Comments are stored indefinitely.',
    ].join('\n\n');
    expect(retentionFlags(text).sort()).toEqual([
      'indefinite-retention',
      'stated-retention-periods',
    ]);
  });

  it('data not kept at all is a stated period, explained as such', () => {
    const doc = buildDocument({ text: 'We do not store your card number.' });
    const facts = makeFacts(doc, { retention: extractRetention(doc) });
    const flag = evaluateFlags(doc, facts).find((f) => f.id === 'stated-retention-periods');
    expect(flag?.explanation).toContain('not kept at all');
    expect(evaluateFlags(doc, facts).some((f) => f.id === 'no-retention-period')).toBe(false);
  });

  it.each([
    ['session cookies', true],
    ['temporary session cookies', true],
    ['local storage', true],
    ['session token', true],
    ['cookie data', false],
    ['cookies and log files', false],
    ['account data', false],
    [null, false],
  ] as const)('isCookieLifetime(subject %s) → %s', (subject, expected) => {
    expect(isCookieLifetime({ subject })).toBe(expected);
  });
});
