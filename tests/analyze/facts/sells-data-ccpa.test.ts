import { describe, expect, it } from 'vitest';
import { extractSellsData } from '../../../lib/analyze/facts/sells-data';
import { doc } from './helpers';

// CCPA-style wording, written for these tests: the ways US policies say they do or do not sell personal
// information, and the look-alikes (the opt-out link, the right to opt out, selling a business) that say neither.

const sells = (text: string) => extractSellsData(doc(text)).value;

describe('extractSellsData on CCPA wording: denials', () => {
  it.each([
    'We do not sell your personal information.',
    'We do not sell the personal information of consumers, including consumers we know to be under 16 years of age.',
    'In the preceding twelve (12) months, we have not sold any personal information of consumers.',
    'We have not sold personal information in the preceding 12 months and do not plan to.',
    'We do not sell or share personal information (as those terms are defined in the CCPA).',
    'We do not “sell” or “share” your personal information, as those terms are defined under the California Consumer Privacy Act.',
    'Acme does not sell, rent, or otherwise disclose your personal information to third parties for monetary consideration.',
    "We don't rent or sell your information to anyone.",
    'We will not sell your personal information without your express consent.',
    'We do not sell your personal information, except in connection with a merger or acquisition as described below.',
    'We do not sell personal information, except with your consent or at your direction.',
    'Sale of Personal Information. We do not and will not sell your personal information.',
    'Under no circumstances will we sell your email address to a third party.',
    'We never sell the data you give us, and we never will.',
    'Your personal information is not sold to third parties.',
    'Personal information is never sold or rented to advertisers.',
    'We have not sold or shared personal information for cross-context behavioral advertising in the past 12 months.',
    'None of the information you give us at checkout is sold or shared with any third party.',
    'Information collected through the contact form will not be sold or otherwise disclosed to outside parties.',
    'No Sale of Personal Information',
    'Categories of personal information sold: None.',
    'Personal information we sell: none',
    'Categories of Personal Information Sold or Shared: We do not sell or share personal information.',
    'Selling personal information: we do not do this.',
    'Our Company does not and has not, in the preceding twelve months, sold personal information.',
    'We do not sell, and in the past 12 months have not sold, any personal information.',
    'Your data is never sold, rented, or traded.',
    'At no time do we sell your information.',
    'Categories of personal information sold or shared: none.',
  ])('"%s" → no', (text) => {
    expect(sells(text)).toBe('no');
  });

  it('reads a flattened disclosure table ("Sold: No")', () => {
    expect(
      sells(
        'Identifiers such as name and email address. Collected: Yes. Sold: No. Shared: No.\nCommercial information such as purchase history. Collected: Yes. Sold: No.',
      ),
    ).toBe('no');
  });

  it('reads a table row whose header says "Sold or shared in the last 12 months"', () => {
    expect(
      sells(
        'Category of personal information | Sold or shared in the last 12 months\nIdentifiers | No\nInternet activity | No',
      ),
    ).toBe('no');
  });
});

describe('extractSellsData on CCPA wording: selling as practice', () => {
  it.each([
    'We may sell your personal information to third parties, such as data brokers.',
    'Sale of personal information. In the preceding 12 months, we sold the following categories of personal information to advertising networks: identifiers and internet activity.',
    'We sell the categories of personal information described below to our marketing partners.',
    'Some of our sharing with advertising partners may be considered a “sale” of personal information under the CCPA.',
    'We sell personal information to data analytics providers and consumer data resellers.',
    'We do not sell your personal information to third parties, except to our co-marketing partners as described below.',
    'In the past 12 months we have sold identifiers, commercial information and inferences to the categories of third parties listed below.',
    'Your contact details may be sold to carefully selected partners for their own marketing.',
    'Categories of personal information sold: identifiers; commercial information; inferences.',
  ])('"%s" → yes', (text) => {
    expect(sells(text)).toBe('yes');
  });

  it('reads the sold column of a table, not its other columns', () => {
    expect(
      sells(
        'Category | Collected | Sold to third parties\nIdentifiers | Yes | No\nGeolocation data | Yes | Yes',
      ),
    ).toBe('yes');
    expect(
      sells('Category | Collected | Disclosed for a business purpose\nIdentifiers | No | No'),
    ).toBe('not-stated');
  });

  it('reads a flattened disclosure table ("Sold: Yes")', () => {
    expect(sells('Identifiers such as cookie IDs. Collected: Yes. Sold: Yes. Shared: Yes.')).toBe(
      'yes',
    );
  });
});

describe('extractSellsData on CCPA wording: neither', () => {
  it.each([
    'Do Not Sell or Share My Personal Information',
    'You can opt out by clicking the “Do Not Sell or Share My Personal Information” link in the footer of our website.',
    'California residents have the right to opt out of the sale or sharing of their personal information.',
    'To submit a request to opt out of sales, visit our Do Not Sell My Info page.',
    'If we sell our business or assets, your personal information may be transferred to the buyer.',
    'If we sell all or part of our business, or sell or transfer some of our assets, we may transfer your information to the purchaser.',
    'In the event that we are involved in a merger, acquisition, or sale of all or a portion of our assets, your information may be transferred.',
    'We may disclose your information to a buyer or other successor in the event of a sale of some or all of the company’s assets.',
    'We sell products and services through our online store.',
    'We may share your information in case our business is sold or transferred to another owner.',
    'Sale of Personal Information',
    'Categories of Personal Information Sold: see the table below.',
    'We do not knowingly sell the personal information of consumers under 16 years of age.',
    'We do not sell the personal information of minors without affirmative authorization.',
    'The CCPA defines “sell” broadly to include making personal information available to a third party for valuable consideration.',
    'You may authorize an agent to submit a request to opt out of the sale of your personal information on your behalf.',
  ])('"%s" → not-stated', (text) => {
    expect(sells(text)).toBe('not-stated');
  });
});

describe('extractSellsData on CCPA sections as a whole', () => {
  it('a whole CCPA notice with a denial, the rights, the link and a business-transfer clause is a denial', () => {
    const notice = [
      '# Privacy Notice for California Residents',
      '',
      'This notice supplements our Privacy Policy and applies to residents of California.',
      '',
      '## Categories of Personal Information We Collect',
      '',
      'In the last twelve months we collected identifiers, such as your name, email address and IP address; commercial information, such as products you purchased; and internet activity, such as pages you viewed.',
      '',
      '## How We Disclose Personal Information',
      '',
      'We disclose personal information to service providers for business purposes, such as payment processing and hosting. We require these service providers to keep the information confidential and not to sell it.',
      '',
      '## Sale and Sharing of Personal Information',
      '',
      'We do not sell personal information, and we do not share personal information for cross-context behavioral advertising. We have not sold or shared personal information in the preceding 12 months. We do not knowingly sell or share the personal information of consumers under 16 years of age.',
      '',
      '## Your Rights',
      '',
      'You have the right to know what personal information we collect, the right to delete, the right to correct, and the right to opt out of the sale or sharing of your personal information. Because we do not sell personal information, there is nothing to opt out of, but you may still submit a request through our Do Not Sell or Share My Personal Information page.',
      '',
      'To exercise your rights, email privacy@acme.example. You may use an authorized agent to submit a request on your behalf. We will not discriminate against you for exercising your rights.',
      '',
      '## Business Transfers',
      '',
      'If we sell or transfer all or part of our business or assets, personal information may be transferred to the buyer. In the event of a merger or sale of the company, the successor may use your information as described in this policy.',
    ].join('\n');
    const result = extractSellsData(doc(notice));
    expect(result.value).toBe('no');
    expect(result.evidence.every((e) => /\b(?:do not|have not)\b/.test(e.quote))).toBe(true);
  });

  it('a question is answered by what follows it', () => {
    expect(
      sells(
        'Does Acme sell personal information? No. Acme does not sell personal information as “sell” is defined in the CCPA.',
      ),
    ).toBe('no');
    expect(sells('Do we sell your personal information?')).toBe('not-stated');
  });

  it('a general denial beside the minors rule is a denial', () => {
    expect(
      sells(
        'We do not sell your personal information. We do not sell the personal information of children under 16.',
      ),
    ).toBe('no');
  });

  it('an admission beside a narrower denial is a sale', () => {
    expect(
      sells(
        'We do not sell or share your personal information for money. However, we may share information with advertising partners, which may be considered a “sale” or “sharing” under California law.',
      ),
    ).toBe('yes');
  });

  it('the opt-out link beside a denial is a denial', () => {
    expect(
      sells(
        '# Your California Privacy Rights\n\nDo Not Sell or Share My Personal Information\n\nWe do not sell your personal information. California residents may still submit an opt-out request through the link above.',
      ),
    ).toBe('no');
  });

  it('a business-transfer clause beside a denial is a denial', () => {
    expect(
      sells(
        'We do not sell your personal information.\n\nIf we sell our business or some of its assets, your information may be transferred to the buyer as part of that transaction.',
      ),
    ).toBe('no');
  });

  it('the opt-out link beside a stated sale is a sale', () => {
    expect(
      sells(
        'We may sell your personal information to advertising partners.\n\nTo opt out, use the Do Not Sell My Personal Information link.',
      ),
    ).toBe('yes');
  });

  it('the right to opt out alone says nothing about the practice', () => {
    expect(
      sells(
        'Right to opt out. You have the right to direct us not to sell your personal information. To exercise it, click Do Not Sell My Personal Information.',
      ),
    ).toBe('not-stated');
  });
});
