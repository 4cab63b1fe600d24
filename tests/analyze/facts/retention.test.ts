import { describe, expect, it } from 'vitest';
import { extractRetention } from '../../../lib/analyze/facts/retention';
import { retentionSubject } from '../../../lib/analyze/facts/retention-subject';
import { doc } from './helpers';

const periods = (text: string) =>
  extractRetention(doc(text)).map((r) =>
    r.period.kind === 'duration' ? r.period.days : r.period.kind,
  );

describe('extractRetention: durations', () => {
  it.each([
    ['We retain contact messages for 14 months.', 420],
    ['Security logs are deleted after 90 days.', 90],
    ['Order information is kept for two years after the order.', 730],
    ['We keep backups for up to six (6) weeks.', 42],
    ['This cookie expires after 1 year.', 365],
    ['Records are retained for no longer than 12 months.', 360],
    ['Logs are purged after 48 hours.', 2],
  ])('"%s" → %d days', (text, days) => {
    expect(periods(text)).toContain(days);
  });

  it.each([
    'We will respond to your request within 30 days.',
    'We will respond within 45 days of receiving your request, and keep you informed.',
    'We will give you 30 days’ notice before deleting your account.',
    'Our services are not directed to children under 13 years of age, and we delete such data.',
    'In the preceding 12 months we have not retained any sensitive data.',
    'We review our retention schedule every 12 months.',
    'We will respond to your request to update, delete or correct your personal information within 30 days.',
    'Please keep in mind that it may take up to four weeks to process your request.',
    'If we learn that data of someone less than 13-years-of-age was collected, we delete it.',
  ])('"%s" has no retention duration', (text) => {
    expect(periods(text).filter((p) => typeof p === 'number')).toEqual([]);
  });

  it('reads durations listed under a retention lead', () => {
    expect(
      periods(
        'Specific retention periods are as follows:\n- Log files: 90 days\n- Order information: 2 years',
      ),
    ).toEqual([90, 730]);
  });

  it('ignores numbers in sentences that are not about keeping data', () => {
    expect(periods('We have served customers for 25 years.')).toEqual([]);
  });
});

describe('extractRetention: kinds without a number', () => {
  it.each([
    ['Comments are stored indefinitely.', 'indefinite'],
    ['We may retain your information permanently.', 'indefinite'],
    ['Messages are not deleted even when both users delete their accounts.', 'indefinite'],
    ['Partner sites may retain backup files that contain the removed PII.', 'indefinite'],
    [
      'We retain personal data only as long as necessary for these purposes.',
      'as-long-as-necessary',
    ],
    ['Profile data is stored while your account remains active.', 'as-long-as-necessary'],
    ['We keep your data no longer than necessary.', 'as-long-as-necessary'],
    ['We may retain information as required by law.', 'as-long-as-necessary'],
    [
      'We retain your information for the period necessary to fulfil the purposes.',
      'as-long-as-necessary',
    ],
  ])('"%s" → %s', (text, kind) => {
    expect(periods(text)).toContain(kind);
  });

  it('"permanently delete" is not indefinite retention', () => {
    expect(periods('You may ask us to permanently delete your account.')).not.toContain(
      'indefinite',
    );
  });

  it('"as required by law" about disclosure is not retention', () => {
    expect(periods('We disclose data when required by law.')).toEqual([]);
  });

  it('a denied "indefinitely" is a bounded period', () => {
    expect(periods('We do not keep your data indefinitely.')).toEqual(['as-long-as-necessary']);
  });
});

describe('retentionSubject', () => {
  it.each([
    ['Security logs (AIOS Firewall): retained for up to 60 days.', 'security logs'],
    ['Contact form messages: retained for 14 months.', 'contact form messages'],
    ['Log files are typically deleted from our servers after 90 days.', 'log files'],
    ['We keep IP addresses for 90 days in order to investigate issues.', 'IP addresses'],
    ['We retain it for a while.', null],
  ])('"%s" → %s', (text, subject) => {
    expect(retentionSubject(text)).toBe(subject);
  });

  it('deduplicates by period and subject', () => {
    const r = extractRetention(doc('Log files: 90 days. Log files: 90 days.'));
    expect(r).toHaveLength(1);
  });
});

describe('extractRetention: events and look-alikes', () => {
  it('the event a stated duration counts from is not a bound of its own', () => {
    expect(periods('Support messages are deleted 24 months after the conversation ends.')).toEqual([
      720,
    ]);
    expect(periods('Account data is deleted 30 days after you close your account.')).toEqual([30]);
  });

  it('an event on its own still bounds the period', () => {
    expect(
      periods(
        'Backups are erased 30 days after the end of your subscription, or when you close your account.',
      ),
    ).toEqual([30, 'as-long-as-necessary']);
  });

  it('"in-store" is not a verb of keeping', () => {
    expect(
      periods(
        'If you use the in-store app, we collect your location, but only while the app is open.',
      ),
    ).toEqual([]);
  });
});
