import { describe, expect, it } from 'vitest';
import { extractRetention } from '../../../lib/analyze/facts/retention';
import { doc } from './helpers';

// Cookie lifetimes against data retention (the rule is written in lib/analyze/facts/retention.ts): a stated
// lifetime is a retention period of the cookie, the mechanism that defines a kind of cookie (ends with the
// browser session, lasts until it expires or is deleted) is none, and never a 0-day duration.

const found = (text: string) =>
  extractRetention(doc(text)).map((r) => ({
    subject: r.subject,
    period: r.period.kind === 'duration' ? r.period.days : r.period.kind,
  }));
const periods = (text: string) => found(text).map((f) => f.period);

describe('extractRetention: session cookies', () => {
  it.each([
    'Session cookies are deleted when you close your browser.',
    'These cookies will disappear when your browser is closed.',
    'Session cookies are temporary cookies that expire at the end of a browser session.',
    'A session cookie is temporary and disappears after you close your browser.',
    'Temporary cookies are erased once the browser window is closed.',
    'Persistent cookies remain on your computer after you have closed your browser or turned off your computer.',
  ])('"%s" states no retention period', (text) => {
    expect(periods(text)).toEqual([]);
  });

  it('a session that ends after a stated time keeps that time, not 0', () => {
    expect(
      periods(
        'Session cookies expire after two hours of inactivity or when you close your browser.',
      ),
    ).toEqual([0.08]);
  });
});

describe('extractRetention: persistent cookies', () => {
  it.each([
    ['Persistent cookies remain on your device for 2 years.', 730, 'persistent cookies'],
    ['The preferences cookie expires after 12 months.', 360, 'preferences cookie'],
    ['Our analytics cookies are deleted after 30 days.', 30, 'analytics cookies'],
  ])('"%s" → %d days for the cookie', (text, days, subject) => {
    expect(found(text)).toEqual([{ subject, period: days }]);
  });

  it.each([
    'Persistent cookies remain on your device until they expire or you delete them.',
    'Persistent cookies are stored on your computer between visits until expiry or deletion.',
  ])('"%s" (the definition of a persistent cookie) states no period', (text) => {
    expect(periods(text)).toEqual([]);
  });

  it('a cookie without any expiry is kept indefinitely', () => {
    expect(periods('Some of our advertising cookies never expire.')).toEqual(['indefinite']);
  });

  it('gives each coordinated cookie its own lifetime', () => {
    expect(
      found(
        'We use session cookies, which expire at the end of your browsing session, and persistent cookies, which last for up to 13 months.',
      ),
    ).toEqual([{ subject: 'persistent cookies', period: 390 }]);
  });

  it('no cookie wording ever yields a 0-day duration', () => {
    const text = [
      'Session cookies end when you leave our website.',
      'Cookies are removed at the end of your session.',
      'These cookies are deleted as soon as you quit the browser.',
    ].join(' ');
    expect(periods(text).filter((p) => p === 0)).toEqual([]);
  });
});

describe('extractRetention: the rule is about cookies only', () => {
  it('keeps what else a browser-session sentence says about personal data', () => {
    expect(
      periods(
        'Session data is deleted when you close your browser, and account data is kept while your account is active.',
      ),
    ).toEqual(['as-long-as-necessary']);
  });

  it('"until you delete them" about personal data is still a bounded period', () => {
    expect(periods('We keep your photos until you delete them.')).toEqual(['as-long-as-necessary']);
  });
});

describe('extractRetention: response times are never retention', () => {
  it('a deletion stated after the deadline word keeps its number', () => {
    expect(periods('We will notify you and delete the account within 30 days.')).toEqual([30]);
  });

  it.each([
    'We will respond to your request within 30 days.',
    'If you ask us to delete your data, we will respond in a reasonable time.',
    'We will respond to your deletion request within a reasonable period of time.',
    'We aim to reply to every erasure request within one month.',
    'We will acknowledge your request to delete your data within 10 business days.',
    'We will process your deletion request within 30 days.',
    'We will handle requests to delete your data within 45 days.',
  ])('"%s" → no period', (text) => {
    expect(periods(text)).toEqual([]);
  });
});
