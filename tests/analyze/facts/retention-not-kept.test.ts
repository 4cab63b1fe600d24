import { describe, expect, it } from 'vitest';
import { extractRetention } from '../../../lib/analyze/facts/retention';
import { doc } from './helpers';

// "We do not store X" (lib/analyze/facts/retention-not-kept.ts): a plain denial is a 0-day period; a bounded one
// ("longer than necessary") stays as long as necessary; a manner or place ("in plain text") is no period; a
// denial coordinated with another verb ("store or process") is about collection, as before.

const found = (text: string) =>
  extractRetention(doc(text)).map((r) => ({
    subject: r.subject,
    period: r.period.kind === 'duration' ? r.period.days : r.period.kind,
  }));
const periods = (text: string) => found(text).map((f) => f.period);

describe('extractRetention: data that is not kept', () => {
  it.each([
    ['We do not store your card number.', 'card number'],
    [
      'We never store your full card number; it goes straight to our payment processor.',
      'full card number',
    ],
    ['Your card details are not stored.', 'card details'],
    ['The app does not retain voice recordings on our servers.', 'voice recordings'],
    ['We do not store card numbers except for the last four digits.', 'card numbers'],
    ['We will not keep the email addresses of friends you invite.', 'email addresses of friends'],
    ['We do not store this information.', null],
  ])('"%s" → 0 days (%s)', (text, subject) => {
    expect(found(text)).toEqual([{ subject, period: 0 }]);
  });

  it.each([
    'We do not keep your data longer than necessary.',
    'Your data is not kept longer than necessary.',
    'We will not keep your card number once the payment is complete.',
    'We do not keep your data indefinitely.',
    'Contractors are not permitted to store, retain or use the data except to deliver your order.',
  ])('"%s" → as long as necessary, not 0', (text) => {
    expect(periods(text)).toEqual(['as-long-as-necessary']);
  });

  it.each([
    'We do not store passwords in plain text.',
    'We do not store your data outside the European Union.',
  ])('"%s" (a manner or a place) → no period', (text) => {
    expect(periods(text)).toEqual([]);
  });

  it.each([
    'We do not store or process health data.',
    'If we do not store your preferences, you will need to set them again.',
    'You do not keep a copy of the files you upload.',
  ])('"%s" is no 0-day period', (text) => {
    expect(periods(text)).not.toContain(0);
  });

  it('a plain denial leaves the rest of the sentence to the period rules', () => {
    expect(
      periods('We do not store your card number, and order records are kept for 6 years.'),
    ).toEqual([2190, 0]);
  });

  it('a number kept after a denial is still read: "not kept for more than 30 days"', () => {
    expect(periods('Logs are not kept for more than 30 days.')).toContain(30);
    expect(periods('Logs are not kept for more than 30 days.')).not.toContain(0);
  });
});
