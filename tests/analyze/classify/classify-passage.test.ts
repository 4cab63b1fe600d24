import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../lib/analyze/classify/index';
import type { Category } from '../../../lib/schema';

// Invented passages in the ways policies commonly phrase each topic; each category has passages that must carry it
// and passages that must not.
const EXAMPLES: Record<Category, { yes: string[]; no: string[] }> = {
  collection: {
    yes: [
      'We collect the name, email address and phone number you give us when you create an account.',
      'When you visit the site, our servers automatically record your IP address, browser type and the pages you view.',
      'We use the information we receive to improve our products and to personalize the content you see.',
    ],
    no: [
      'If you have any questions about this notice, write to our privacy team at privacy@example.org.',
      'We may update this notice from time to time; the date at the top shows when it last changed.',
    ],
  },
  sharing: {
    yes: [
      'We may share your personal information with service providers who process payments on our behalf.',
      'We do not sell or rent your personal data to third parties for their own marketing purposes.',
      'We may disclose information to law enforcement when required by law or in response to a subpoena.',
      'If we are involved in a merger or acquisition, your information may be transferred to the successor.',
    ],
    no: [
      'You can change your email preferences at any time from your account settings page.',
      'We use encryption to protect data in transit and restrict access to authorized staff.',
    ],
  },
  retention: {
    yes: [
      'We retain your account data for as long as your account is active and delete it within 30 days after you close it.',
      'Server logs are kept for 90 days and then permanently erased.',
      'We keep support messages only as long as necessary to resolve your request.',
    ],
    no: [
      'We share aggregated statistics with our advertising partners.',
      'Our service is not directed to children under 13.',
    ],
  },
  rights: {
    yes: [
      'You may opt out of marketing emails at any time by clicking the unsubscribe link in any message.',
      'You have the right to access, correct or delete the personal data we hold about you.',
      'You can set your browser to refuse all cookies or to alert you when cookies are being sent.',
      'To view and change the details in your profile, sign in and open your account settings.',
      'You have the right to lodge a complaint with your local supervisory authority.',
    ],
    no: [
      'We use industry-standard TLS encryption for all connections to our servers.',
      'Last updated: March 3, 2024.',
    ],
  },
  security: {
    yes: [
      'We use SSL encryption and firewalls to protect your information against unauthorized access.',
      'We maintain administrative, technical and physical safeguards, but no method of transmission over the Internet is 100% secure.',
    ],
    no: [
      'We collect your shipping address so that we can deliver your order.',
      'You can contact us by phone at 555-123-4567 during business hours.',
    ],
  },
  changes: {
    yes: [
      'We may change this privacy policy from time to time. If we make material changes, we will notify you by email.',
      'Your continued use of the service after we post the revised policy constitutes your acceptance of the changes.',
      'Last updated: January 5, 2024',
      'Any amendments become effective when posted, and you will be notified by email of any material change.',
    ],
    no: [
      'We share your data with our affiliates for customer support.',
      'We retain records of changes to your account for audit purposes.',
      'You can change your password in your account settings.',
    ],
  },
  children: {
    yes: [
      'Our services are not directed to children under 13, and we do not knowingly collect data from them.',
      'If a parent or guardian learns that their child has given us information, they should contact us so we can delete it.',
      'We comply with the Children’s Online Privacy Protection Act (COPPA).',
    ],
    no: ['We store backups in secure data centres for up to 35 days.'],
  },
  contact: {
    yes: [
      'If you have any questions about this privacy policy, please contact us at privacy@example.com.',
      'You can write to our Data Protection Officer at 12 Harbour Street, Suite 4, Springfield.',
    ],
    no: [
      'We use cookies to remember your language preference.',
      'We delete inactive accounts after two years.',
    ],
  },
  cookies: {
    yes: [
      'We and our partners use cookies, web beacons and similar tracking technologies on our site.',
      'Our site does not respond to Do Not Track signals sent by your browser.',
    ],
    no: ['We retain invoices for seven years to meet our tax obligations.'],
  },
  international: {
    yes: [
      'Your data may be transferred to and processed in countries outside the European Economic Area (EEA).',
      'Where we transfer personal data abroad, we rely on the Standard Contractual Clauses approved by the European Commission.',
    ],
    no: [
      'We share your data with a payment processor to complete your purchase.',
      'You can unsubscribe from our newsletter at any time.',
    ],
  },
};

describe('classifyPassage', () => {
  for (const [category, { yes, no }] of Object.entries(EXAMPLES) as [
    Category,
    { yes: string[]; no: string[] },
  ][]) {
    describe(category, () => {
      for (const text of yes) {
        it(`labels: ${text.slice(0, 70)}`, () => {
          expect(classifyPassage(text)).toContain(category);
        });
      }
      for (const text of no) {
        it(`does not label: ${text.slice(0, 70)}`, () => {
          expect(classifyPassage(text)).not.toContain(category);
        });
      }
    });
  }

  it('treats a refusal to share as being about sharing', () => {
    expect(
      classifyPassage('We never share, sell or rent your personal information to anyone.'),
    ).toContain('sharing');
  });

  it('labels nothing in text that is not about privacy', () => {
    expect(classifyPassage('The quick brown fox jumps over the lazy dog.')).toEqual([]);
    expect(classifyPassage('')).toEqual([]);
  });

  it('returns categories in contract order without duplicates', () => {
    const labels = classifyPassage(
      'Children under 13 may not register. We share data with third parties. Contact us at help@example.com with questions about this policy.',
    );
    expect(labels).toEqual(['sharing', 'contact', 'children']);
  });
});
