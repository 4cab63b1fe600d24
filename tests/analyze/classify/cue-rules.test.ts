import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../lib/analyze/classify/index';
import type { Category } from '../../../lib/schema';

// Invented passages for the phrasings the cue tables learned from error analysis: each positive shows a way policies
// state a practice without its usual keywords, each negative a look-alike that must not carry the label.
interface Rule {
  category: Category;
  yes: string[];
  no: string[];
}

const RULES: Rule[] = [
  {
    category: 'security',
    yes: [
      'Our vendors may only use your information to perform services for us and may not use it for any other purpose.',
      'Only authorized employees have access to your personal information, and they are bound by confidentiality obligations.',
      'Our privacy practices are reviewed by an independent privacy seal program.',
      'We keep your payment details strictly confidential.',
    ],
    no: [
      'Please review this notice periodically to stay informed about updates.',
      'If you have questions about this notice, we are committed to protecting your privacy and will answer you.',
    ],
  },
  {
    category: 'rights',
    yes: [
      'Your mailing address can be updated at any time by calling our customer service line.',
      'If you would prefer that we delete the information we hold about you, let us know.',
      'When you sign up, we ask you whether you would like to receive our newsletter.',
    ],
    no: [
      'Cookies store your preferences so pages load the way you left them.',
      'Only authorized employees have access to your personal information.',
    ],
  },
  {
    category: 'retention',
    yes: [
      'We store the details you enter on our forms until you close your account.',
      'We remove the identifying parts of server logs after 90 days.',
    ],
    no: [
      'We retain the services of outside contractors to mail our catalogues.',
      'We will respond to your request to correct your details within 30 days.',
      'Session cookies are not permanently stored on your computer and expire when you close the browser.',
    ],
  },
  {
    category: 'contact',
    yes: ['Questions about this policy can be sent to our privacy team at privacy@example.org.'],
    no: [
      'If you would like a copy of this list, please contact us.',
      'We use service providers for delivering packages, sending postal mail and providing customer service.',
    ],
  },
  {
    category: 'sharing',
    yes: [
      'We hire other companies and individuals to perform functions on our behalf, such as delivering packages.',
      'Your profile name and comments are displayed publicly to other users.',
    ],
    no: [
      'Local shared objects, sometimes called Flash cookies, may be stored on your device.',
      'Our site links to other websites; we are not responsible for the privacy practices of those sites.',
    ],
  },
  {
    category: 'collection',
    yes: [
      'Usage statistics are used to understand which pages are most popular.',
      'We may use or disclose your health information in an emergency.',
    ],
    no: ['This privacy notice explains what we collect, how we use it and who we share it with.'],
  },
  {
    category: 'changes',
    yes: [
      'If we want to use your information in a new way, we will notify you before we do so.',
      'Revision date: March 24, 2015',
      'To review the previous version of this privacy policy, click here.',
    ],
    no: ['We keep your data safe using encryption and access controls.'],
  },
];

describe('cue rules found by error analysis', () => {
  for (const { category, yes, no } of RULES) {
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

  it('a policy overview names every practice without carrying any of them', () => {
    expect(
      classifyPassage(
        'This privacy notice explains what we collect, how we use it and who we share it with.',
      ),
    ).toEqual([]);
  });
});
