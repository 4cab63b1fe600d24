import { describe, expect, it } from 'vitest';
import { extractRights } from '../../../lib/analyze/facts/rights';
import { doc } from './helpers';

const rightsOf = (text: string) => extractRights(doc(text)).map((r) => r.right);

describe('extractRights', () => {
  it('reads a GDPR list introduced by "You have the right to:"', () => {
    expect(
      rightsOf(
        'You have the right to:\n- Access your personal data\n- Correct, delete, or restrict its processing\n' +
          '- Port your data to another service\n- Withdraw consent at any time\n- Object to processing\n' +
          '- File a complaint with a data protection authority',
      ),
    ).toEqual([
      'access',
      'correct',
      'delete',
      'portability',
      'restrict',
      'object',
      'withdraw-consent',
      'complain',
    ]);
  });

  it('reads CCPA rights', () => {
    expect(
      rightsOf(
        'California residents have the right to know what personal information we collect, the right to opt out of the sale ' +
          'of personal information, the right to limit the use of sensitive personal information, and the right to ' +
          'non-discrimination for exercising these rights.',
      ),
    ).toEqual(['access', 'opt-out-sale', 'limit-sensitive', 'non-discrimination']);
  });

  it('tells marketing opt-out from sale opt-out', () => {
    expect(rightsOf('You can unsubscribe from our marketing emails at any time.')).toEqual([
      'opt-out-marketing',
    ]);
    expect(
      rightsOf('Click "Do Not Sell My Personal Information" at the bottom of the page.'),
    ).toEqual(['opt-out-sale']);
  });

  it('a right denied is not a right', () => {
    expect(rightsOf('You cannot opt out of receiving service notifications by email.')).toEqual([]);
    expect(rightsOf('You do not have the right to request deletion of billing records.')).toEqual(
      [],
    );
  });

  it('a complaint to the company is not the right to complain to an authority', () => {
    expect(rightsOf('If you have a complaint about our service, you can contact us.')).toEqual([]);
    expect(rightsOf('You may lodge a complaint with your local supervisory authority.')).toEqual([
      'complain',
    ]);
  });

  it('everyday uses of right words are not rights', () => {
    expect(rightsOf('We restrict access to personal data to employees who need it.')).toEqual([]);
    expect(rightsOf('We delete log files after 90 days.')).toEqual([]);
    expect(rightsOf('We do not discriminate on the basis of race or gender in hiring.')).toEqual(
      [],
    );
  });

  it('the how-to-exercise sentence becomes evidence of the rights it serves', () => {
    const r = extractRights(
      doc(
        'You may request deletion of your personal data. To exercise this right, email privacy@example.com.',
      ),
    );
    expect(r).toHaveLength(1);
    expect(r[0]!.evidence.map((e) => e.quote)).toEqual([
      'You may request deletion of your personal data.',
      'To exercise this right, email privacy@example.com.',
    ]);
  });
});
