import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMAIL, emailsIn, extractContacts } from '../../../lib/analyze/facts/contacts';
import { doc } from './helpers';

const contacts = (text: string) => extractContacts(doc(text));

describe('extractContacts', () => {
  it('finds emails, including a cheaply obfuscated one', () => {
    expect(contacts('Write to privacy@example.com or dpo [at] example [dot] org.').emails).toEqual([
      'privacy@example.com',
      'dpo@example.org',
    ]);
  });

  it('finds phone numbers in international, US and UK formats', () => {
    const { phones } = contacts(
      'Call +1 (518) 555-0100, (800) 555-0199 or 1-800-555-0123. UK telephone: 020 7946 0000. Fax: +44 20 7946 0001.',
    );
    expect(phones).toEqual([
      '+1 (518) 555-0100',
      '+44 20 7946 0001',
      '(800) 555-0199',
      '1-800-555-0123',
      '020 7946 0000',
    ]);
  });

  it('does not take dates, years, ZIP codes or section numbers for phones', () => {
    const { phones } = contacts(
      'Updated 2024-03-05 and 03/05/2024. Regulation 2016/679 section 1798.100 applies. Write to PO Box 1234, Austin, TX 78701. Company number 05030975.',
    );
    expect(phones).toEqual([]);
  });

  it('takes a phone number run into the next word', () => {
    expect(contacts('Contact No.: +1 (518) 840-1004Website: example.com').phones).toEqual([
      '+1 (518) 840-1004',
    ]);
  });

  it('finds postal addresses with street type, postcode or PO box', () => {
    const { addresses } = contacts(
      'Our office: 10 Downing Street, London SW1A 2AA. Mail: 27-32 Old Jewry, London, EC2R 8DQ. ' +
        'US office: 8 The Green STE A, Dover, DE 19901, United StatesWe reply fast. Or P.O. Box 442, St. Louis, MO 63166.',
    );
    expect(addresses).toEqual([
      '10 Downing Street, London SW1A 2AA',
      '27-32 Old Jewry, London, EC2R 8DQ',
      '8 The Green STE A, Dover, DE 19901, United States',
      'P.O. Box 442, St. Louis, MO 63166',
    ]);
  });

  it('does not take years or counts for street numbers', () => {
    expect(contacts('Since 2011 Acme Center has served 300 Happy Customers.').addresses).toEqual(
      [],
    );
  });

  it('finds URLs and trims run-on words and punctuation', () => {
    expect(
      contacts('See https://example.com/privacy. Website: https://www.example.comMailing Address')
        .urls,
    ).toEqual(['https://example.com/privacy', 'https://www.example.com']);
  });
});

describe('emailsIn', () => {
  const scan = (text: string) => [...text.matchAll(EMAIL)].map((m) => m[0]);
  const piece = fc.constantFrom(
    'a',
    'b.c',
    '@',
    '@@',
    'x@y.com',
    'privacy@example.co.uk',
    ' ',
    '.',
    '-',
    '+',
    '%',
    'org',
    'Z9',
    'name.surname+tag@mail-host.example.org',
    '@example.com',
    'a'.repeat(70),
  );

  it('finds exactly what a global scan of the email pattern finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(emailsIn(text)).toEqual(scan(text));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('finds addresses in a policy and none where there is no "@"', () => {
    const text =
      'Write to privacy@example.com or dpo@example.co.uk. Our site is example.com; a@b is no address.';
    expect(emailsIn(text)).toEqual(['privacy@example.com', 'dpo@example.co.uk']);
    expect(emailsIn('no address here')).toEqual([]);
  });
});
