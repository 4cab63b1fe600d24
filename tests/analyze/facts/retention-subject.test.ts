import { describe, expect, it } from 'vitest';
import { extractRetention } from '../../../lib/analyze/facts/retention';
import { retentionSubject } from '../../../lib/analyze/facts/retention-subject';
import { doc } from './helpers';

const found = (text: string) =>
  extractRetention(doc(text)).map((r) => ({
    subject: r.subject,
    period: r.period.kind === 'duration' ? r.period.days : r.period.kind,
  }));

describe('retentionSubject: what the period applies to', () => {
  it.each([
    ['When you delete your account, we retain your order history for 3 years.', 'order history'],
    ['Sensitive records are to be retained only as long as necessary.', 'sensitive records'],
    [
      'We do not store any of your private payment information provided by you to the processor.',
      'private payment information',
    ],
    ['We use analytics cookies that are deleted after 30 days.', 'analytics cookies'],
    ['The diagnostic logs we collect are kept for 14 days.', 'diagnostic logs'],
    ['We remove the entirety of the IP address after 6 months.', 'IP address'],
    ['The opt-out cookie for CAN will last for five years.', 'opt-out cookie for CAN'],
    ['Registered users: profile data is stored while the account remains active.', 'profile data'],
    ['We also log, and retain indefinitely, the IP address you sign up from.', 'IP address'],
    ['The cookies placed by our ad partners remain on your device for 2 years.', 'cookies'],
    ['Your name is collected at sign-up and log files are deleted after 90 days.', 'log files'],
    ['Server logs are used for debugging and are deleted after 30 days.', 'server logs'],
    [
      'Survey answers are analysed in aggregate and are then deleted after six months.',
      'survey answers',
    ],
    [
      'Session cookies are temporary cookies that expire when you leave the site.',
      'temporary cookies',
    ],
  ])('"%s" → %s', (text, subject) => {
    expect(retentionSubject(text)).toBe(subject);
  });

  it.each([
    'We take steps to maintain the security of your data for as long as we hold it.',
    'We work hard to preserve user privacy and may keep records as required by law.',
    'Data Retention: We will retain your personal information while your account is active.',
    'For example, Acme: does not store card numbers and keeps a secure server.',
    'We retain it for a while, after which it will be anonymized.',
    'You retain control over the information you post.',
    'Raw logs are scheduled for destruction in line with National Archives and Records Administration rules.',
    'The data we gather for statistical analysis and technical improvements is maintained indefinitely.',
    'We maintain a secure server and do not store card numbers.',
  ])('"%s" names no specific data (null, not a fragment)', (text) => {
    const subject = retentionSubject(text);
    expect(
      subject === null ||
        !/\b(?:security|privacy|retention|example|which|control|administration|improvements|server)\b/i.test(
          subject,
        ),
    ).toBe(true);
  });
});

describe('extractRetention: retention tables', () => {
  it('names each row after its first cell', () => {
    expect(
      found(
        '# Data retention\n\nCategory | Retention period\nSupport tickets | 24 months\nMarketing preferences | Until you unsubscribe',
      ),
    ).toEqual([
      { subject: 'support tickets', period: 720 },
      { subject: 'marketing preferences', period: 'as-long-as-necessary' },
    ]);
  });
});

describe('extractRetention: one subject per coordinated clause', () => {
  it('names each duration after its own clause', () => {
    expect(
      found('We retain order records for 2 years, and we delete log files after 90 days.'),
    ).toEqual([
      { subject: 'order records', period: 730 },
      { subject: 'log files', period: 90 },
    ]);
  });

  it('splits on a semicolon as well', () => {
    expect(
      found('We keep contact messages for 14 months; security logs are deleted after 60 days.'),
    ).toEqual([
      { subject: 'contact messages', period: 420 },
      { subject: 'security logs', period: 60 },
    ]);
  });
});

describe('extractRetention: data excepted from a deletion rule', () => {
  it('is kept with no stated end', () => {
    expect(
      found(
        'Except for the email address you signed up with, all addresses are deleted after 60 days.',
      ),
    ).toEqual([
      { subject: 'addresses', period: 60 },
      { subject: 'email address', period: 'indefinite' },
    ]);
    expect(
      found('We delete chat transcripts after 90 days, except for flagged messages.'),
    ).toContainEqual({ subject: 'flagged messages', period: 'indefinite' });
  });

  it.each([
    'Except where the law requires otherwise, we delete logs after 30 days.',
    'Except for backups, which are purged within 30 days, data is deleted immediately.',
    'We delete log files after 90 days, except where we need them to investigate abuse.',
    'We will delete all of your data, except as described below.',
  ])('"%s": a condition or a bounded exception is not indefinite', (text) => {
    expect(found(text).map((f) => f.period)).not.toContain('indefinite');
  });
});

describe('extractRetention: "as necessary" needs a verb of keeping', () => {
  it('qualifies sharing, not time, without one', () => {
    expect(
      found(
        'We share your details with service providers as necessary to deliver orders and remove duplicate entries from mailing lists.',
      ),
    ).toEqual([]);
  });

  it('is a bounded period with one', () => {
    expect(found('We retain your information only as necessary.').map((f) => f.period)).toEqual([
      'as-long-as-necessary',
    ]);
  });
});
