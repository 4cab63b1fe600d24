import { describe, expect, it } from 'vitest';
import { extractSellsData } from '../../../lib/analyze/facts/sells-data';
import { doc } from './helpers';

const sells = (text: string) => extractSellsData(doc(text)).value;

describe('extractSellsData', () => {
  it.each([
    'We do not sell your personal information.',
    'We never sell or rent your data to anyone.',
    'We will not sell, trade or rent your personal information to third parties.',
    'We have not sold any personal information in the preceding 12 months.',
    "We don't sell your data.",
    'Opt out of the sale of data (we do not sell data)',
  ])('"%s" is a denial', (text) => {
    expect(sells(text)).toBe('no');
  });

  it.each([
    'We may sell your personal information to marketing partners.',
    'We sell email lists to selected companies.',
    'In the preceding 12 months, we have sold the following categories of personal information: identifiers.',
    'We may rent or sell lists containing your postal address to third parties.',
  ])('"%s" states selling as practice', (text) => {
    expect(sells(text)).toBe('yes');
  });

  it.each([
    'Do Not Sell My Personal Information',
    'You have the right to opt out of the sale of your personal information.',
    'To exercise your right to opt-out, click "Do Not Sell or Share My Personal Information".',
    'If we sell or buy any business or assets, we may disclose your data to the buyer.',
    'In the event of a merger, your data may be sold as part of our assets.',
    'Third parties may sell information they collect on their own sites.',
    'We collect your email address to send newsletters.',
  ])('"%s" says nothing about our practice', (text) => {
    expect(sells(text)).toBe('not-stated');
  });

  it('an explicit admission beats a generic denial, and both are evidence', () => {
    const result = extractSellsData(
      doc(
        'We do not sell your personal information. We may sell your email address to partners for their marketing.',
      ),
    );
    expect(result.value).toBe('yes');
    expect(result.evidence.map((e) => e.quote)).toHaveLength(2);
  });

  it('a qualified denial still denies', () => {
    expect(
      sells(
        'We do not sell or rent personal information to third parties for their own marketing purposes.',
      ),
    ).toBe('no');
  });
});
