import { describe, expect, it } from 'vitest';
import { extractLastUpdated } from '../../../lib/analyze/facts/dates';
import { doc } from './helpers';

const date = (text: string) => extractLastUpdated(doc(text));

describe('extractLastUpdated', () => {
  it.each([
    ['Last updated: March 04,2025At Acme, we care.', '2025-03-04'],
    ['Effective date: 4 March 2025', '2025-03-04'],
    ['Last modified 2025-03-04', '2025-03-04'],
    ['Revised: 03/04/2025', '2025-03-04'],
    ['This policy was last updated on January 1st, 2024.', '2024-01-01'],
    ['Effective as of Dec. 31, 2023', '2023-12-31'],
    ['Last Updated: June 2022', '2022-06-01'],
  ])('"%s" → %s', (text, iso) => {
    expect(date(text)).toBe(iso);
  });

  it('passes over a labelled impossible date to the next labelled one, and reads a label inside another', () => {
    expect(date('Updated: 2024-13-45. Effective date: 2024-02-03.')).toBe('2024-02-03');
    expect(date('Policy last updated 2023-05-06')).toBe('2023-05-06');
    expect(date('Last updated: see below. Revised 7 July 2021.')).toBe('2021-07-07');
  });

  it('is null when the label has no date', () => {
    expect(
      date('Privacy Policy\n\nLast updated:\n\n1. Who we are\n\nWe began on 25 May 2018.'),
    ).toBeNull();
  });

  it('does not take an unlabelled date', () => {
    expect(date('The GDPR applies from 25 May 2018.')).toBeNull();
  });

  it('rejects impossible dates', () => {
    expect(date('Last updated: 02/30/2024')).toBeNull();
  });
});
