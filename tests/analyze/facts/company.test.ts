import { describe, expect, it } from 'vitest';
import { extractCompany } from '../../../lib/analyze/facts/company';
import { doc } from './helpers';

const company = (text: string) => extractCompany(doc(text));

describe('extractCompany', () => {
  it.each([
    ['Acme Widgets Ltd (“we”, “us”) respects your privacy.', 'Acme Widgets Ltd'],
    [
      'This policy describes how Zentro, Inc., a Delaware corporation ("Zentro", "we") handles data.',
      'Zentro, Inc.',
    ],
    ['At Brightly, we value your privacy.', 'Brightly'],
    ['This website is operated by Foxglove Labs.', 'Foxglove Labs'],
    ['This is the Privacy Policy of Northwind Traders.', 'Northwind Traders'],
    [
      'We are Harbor Analytics Limited, a company registered in England.',
      'Harbor Analytics Limited',
    ],
    ['Hello. Pinecrest GmbH runs this site and collects data.', 'Pinecrest GmbH'],
  ])('"%s" → %s', (text, name) => {
    expect(company(text)).toBe(name);
  });

  it('is null when the text names no organisation', () => {
    expect(
      company(
        'Privacy Policy\n\nWhen you use our services, we may ask you to provide personal information.',
      ),
    ).toBeNull();
  });

  it('never takes a well-known third party', () => {
    expect(
      company('We use Google LLC services. For Google’s Privacy Policy, see their site.'),
    ).toBeNull();
  });
});
