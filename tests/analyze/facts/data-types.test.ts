import { describe, expect, it } from 'vitest';
import { extractDataTypes } from '../../../lib/analyze/facts/data-types';
import type { DataType } from '../../../lib/schema';
import { doc } from './helpers';

const typesOf = (text: string): DataType[] => extractDataTypes(doc(text)).map((d) => d.type);

describe('extractDataTypes', () => {
  it('reads types from a sentence that says they are collected', () => {
    const types = typesOf(
      'When you register, we collect your full name, email address, phone number and mailing address.',
    );
    expect(types).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'postal-address']));
  });

  it('maps the vocabulary glosses', () => {
    const types = typesOf(
      'We automatically collect your IP address, browser type, operating system, pages viewed, time spent on pages, ' +
        'device identifiers, GPS coordinates, your date of birth and gender, and your job title.',
    );
    expect(types).toEqual(
      expect.arrayContaining([
        'ip-address',
        'device-info',
        'usage',
        'device-id',
        'precise-location',
        'demographic',
        'employment',
      ]),
    );
  });

  it('reads list items under a collecting lead line', () => {
    const types = typesOf(
      'If you contact us through the form, we collect:\n- Name\n- Email\n- Message\n- IP address',
    );
    expect(types).toEqual(['name', 'email', 'ip-address', 'communications']);
  });

  it('reads items after a denied lead that announces exceptions', () => {
    const types = typesOf(
      'We do not collect personal data through the site, with the following exceptions:\n- Email\n- Payment card details',
    );
    expect(types).toEqual(['email', 'payment']);
  });

  it('skips denied collection', () => {
    expect(typesOf('We do not collect health data or biometric identifiers.')).toEqual([]);
    expect(
      typesOf(
        'We do not knowingly collect from any source: government-issued identifiers, financial account numbers, or precise geolocation.',
      ),
    ).toEqual([]);
    expect(typesOf('We never ask for your social security number.')).toEqual([]);
  });

  it("skips other parties' practices", () => {
    expect(
      typesOf('These websites may collect data about you, use cookies and record your clicks.'),
    ).toEqual([]);
  });

  it("third parties' own collection is theirs, but providers acting for the organisation count", () => {
    expect(
      typesOf('Third-party ad networks may collect information such as your IP address.'),
    ).toEqual([]);
    expect(typesOf('Our analytics providers may also collect your IP address.')).toEqual([
      'ip-address',
    ]);
  });

  it('"we provide" is not collection, "you provide" is', () => {
    expect(typesOf('We provide a way to opt out of these communications.')).toEqual([]);
    expect(typesOf('Information you provide includes your phone number.')).toEqual(['phone']);
  });

  it('keeps a type affirmed elsewhere even if denied in one sentence', () => {
    const types = typesOf(
      'We collect billing or payment details from clients. We do not store credit card numbers.',
    );
    expect(types).toEqual(['payment']);
  });

  it('takes modal statements ("we may collect") as collection', () => {
    expect(typesOf('We may collect your location when you use the app.')).toEqual(['location']);
  });

  it('counts cookies the site uses', () => {
    expect(typesOf('Our website uses cookies and web beacons to remember you.')).toEqual([
      'cookies',
    ]);
  });

  it('does not take channels and ages for data', () => {
    expect(typesOf('You can contact us by email at any time.')).toEqual([]);
    expect(
      typesOf(
        'If we learn we collected information from a child under the age of 13, we delete it.',
      ),
    ).not.toContain('demographic');
  });

  it('reads a verb-less list under a collection heading', () => {
    const types = typesOf(
      '# What we collect\n\n- Contents of your message\n- Approximate location derived from IP address',
    );
    expect(types).toEqual(['ip-address', 'location', 'communications']);
  });

  it('purpose items under a use lead are not data', () => {
    expect(
      typesOf(
        'We use your information:\n- To send you marketing emails\n- To improve our services',
      ),
    ).toEqual([]);
  });

  it('every finding quotes its sentence with offsets into the text', () => {
    const d = doc('Intro text.\n\nWe collect your email address.');
    const [finding] = extractDataTypes(d);
    const ev = finding!.evidence[0]!;
    expect(d.text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.quote).toBe('We collect your email address.');
  });

  it('keeps at most three evidence sentences per type', () => {
    const text = Array.from(
      { length: 6 },
      (_, i) => `We collect your email address for reason ${i}.`,
    ).join(' ');
    expect(extractDataTypes(doc(text))[0]!.evidence).toHaveLength(3);
  });
});
