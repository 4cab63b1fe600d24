import { describe, expect, it } from 'vitest';
import { extractRecipients } from '../../../lib/analyze/facts/recipients';
import { doc } from './helpers';

const recipientsOf = (text: string) =>
  extractRecipients(doc(text)).map((r) => `${r.kind}:${r.name ?? ''}`);

describe('extractRecipients', () => {
  it('names well-known services with their kind', () => {
    const found = recipientsOf(
      'We use Google Analytics to measure traffic. Payments are handled by Stripe. We show ads through DoubleClick.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'analytics:Google Analytics',
        'service-provider:Stripe',
        'advertiser:DoubleClick',
      ]),
    );
  });

  it('takes names the text introduces as providers', () => {
    expect(recipientsOf('We use Acmemail to send our newsletter.')).toContain(
      'service-provider:Acmemail',
    );
    expect(recipientsOf('Payments go through PayFast, our payment processor.')).toContain(
      'service-provider:PayFast',
    );
  });

  it('finds kinds described generically', () => {
    const found = recipientsOf(
      'We share data with our service providers. We may disclose information to law enforcement or in response to a court order. ' +
        'In the event of a merger or acquisition, your data may be transferred to the buyer of our business. ' +
        'We may share your data with our subsidiaries and affiliates.',
    );
    expect(found).toEqual(
      expect.arrayContaining(['service-provider:', 'government:', 'acquirer:', 'affiliate:']),
    );
  });

  it('public: content visible to others', () => {
    expect(recipientsOf('Once approved, your comment is visible to the public.')).toEqual([
      'public:',
    ]);
  });

  it('a denied disclosure creates no recipient of that kind', () => {
    expect(recipientsOf('We do not share your personal information with advertisers.')).toEqual([]);
    expect(recipientsOf('We never sell or disclose your data to advertising networks.')).toEqual(
      [],
    );
  });

  it('complying with the law as a purpose names no government recipient', () => {
    expect(recipientsOf('We use your data to comply with legal obligations.')).toEqual([]);
  });

  it('"the public" in a safety phrase is not a public recipient', () => {
    expect(
      recipientsOf('We may disclose data to protect the safety of our users or the public.'),
    ).not.toContain('public:');
  });

  it('a social network named as a channel is not an advertiser', () => {
    expect(recipientsOf('Follow us on Facebook and LinkedIn.')).toEqual([]);
  });

  it('deduplicates by kind and name and keeps evidence sentences', () => {
    const r = extractRecipients(
      doc(
        'We use Google Analytics. Google Analytics sets cookies. Google Analytics reports to us.',
      ),
    );
    expect(r).toHaveLength(1);
    expect(r[0]!.evidence).toHaveLength(3);
  });
});
