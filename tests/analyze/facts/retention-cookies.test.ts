import { describe, expect, it } from 'vitest';
import { extractRetention } from '../../../lib/analyze/facts/retention';
import { doc } from './helpers';

// Cookie lifetimes against data retention (the rule is written in lib/analyze/facts/retention-cookies.ts): a stated
// lifetime is a retention period of the cookie, a session cookie ends with the browser session (0 days, with the
// cookie as subject), and the definition of a persistent cookie (lasts until it expires or is deleted) is none.

const found = (text: string) =>
  extractRetention(doc(text)).map((r) => ({
    subject: r.subject,
    period: r.period.kind === 'duration' ? r.period.days : r.period.kind,
  }));
const periods = (text: string) => found(text).map((f) => f.period);

describe('extractRetention: session cookies end with the session', () => {
  it.each([
    ['Session cookies are deleted when you close your browser.', 'session cookies'],
    ['These cookies will disappear when your browser is closed.', 'cookies'],
    [
      'Session cookies are temporary cookies that expire at the end of a browser session.',
      'temporary cookies',
    ],
    [
      'A session cookie is temporary and disappears after you close your browser.',
      'session cookie',
    ],
    ['Temporary cookies are erased once the browser window is closed.', 'temporary cookies'],
    ['Session cookies end when you leave our website.', 'session cookies'],
    ['Cookies are removed at the end of your session.', 'cookies'],
    ['These cookies are deleted as soon as you quit the browser.', 'cookies'],
    ['Session cookies last only for the duration of your visit.', 'session cookies'],
    ['Session cookies remain active until you close your browser.', 'session cookies'],
    ['Login cookies are cleared when you sign out of your account.', 'login cookies'],
    ['Your session token is invalidated when you log out.', 'session token'],
    [
      'We use temporary session cookies for sign-in; these cookies contain no personal details and are deleted once the browser window is closed.',
      'temporary session cookies',
    ],
  ])('"%s" → 0 days for %s', (text, subject) => {
    expect(found(text)).toEqual([{ subject, period: 0 }]);
  });

  it.each([
    'Persistent cookies remain on your computer after you have closed your browser or turned off your computer.',
    'You can set your browser to delete all cookies at the end of each session.',
    'You can configure your browser to clear cookies when you close it.',
    'We store your shopping cart until you close your browser.',
    'Your session history is shown when you log out.',
  ])('"%s" → no session-cookie lifetime', (text) => {
    expect(periods(text)).not.toContain(0);
  });

  it('a session that ends after a stated time keeps that time, not 0', () => {
    expect(
      periods(
        'Session cookies expire after two hours of inactivity or when you close your browser.',
      ),
    ).toEqual([0.08]);
  });

  it('a session end does not shorten what else is kept', () => {
    expect(found('We store your session history for 2 years.')).toEqual([
      { subject: 'session history', period: 730 },
    ]);
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
    ).toEqual([
      { subject: 'persistent cookies', period: 390 },
      { subject: 'session cookies', period: 0 },
    ]);
  });

  it('a label names the cookie, and a persistent definition after it adds nothing', () => {
    expect(
      found(
        'Session cookies: these expire at the end of your visit. Persistent cookies: these stay on your device between visits until expiry or deletion.',
      ),
    ).toEqual([{ subject: 'session cookies', period: 0 }]);
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
