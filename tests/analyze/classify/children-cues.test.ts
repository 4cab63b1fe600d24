import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../lib/analyze/classify/index';
import { describeCueExamples } from './cue-examples';

// Invented passages for the children cues added with the contact/collection/sharing work.
describe('children cues', () => {
  it('labels parents acting on their child’s data as children', () => {
    expect(classifyPassage('Parents can change or revoke consent at any time.')).toContain(
      'children',
    );
  });
  it('does not label an overview that only names children among its topics', () => {
    expect(
      classifyPassage(
        'This notice explains what we collect, how we use it, our approach to children and your rights.',
      ),
    ).not.toContain('children');
  });
  it('still labels a children paragraph that describes its own scope', () => {
    expect(
      classifyPassage(
        'This section describes our practices for children. We do not knowingly collect personal information from children under 13.',
      ),
    ).toContain('children');
  });
});

// Children is not held to the passage's main topic: a parent's right or an age limit inside a longer paragraph
// about something else still makes the paragraph about children too.
describe('children beside a stronger topic', () => {
  it.each([
    "If you have questions about this notice, or you want to review, correct or delete your or your child's personal information, you can write to us at privacy@example.org or call us at (800) 555-0100.",
    'You may open an account and, if you are 13 or older, give us your name, e-mail address, date of birth and postal code so that we can send you offers, which we also use to personalise the site.',
  ])('labels children: %s', (passage) => {
    expect(classifyPassage(passage)).toContain('children');
  });
});

// A list of section titles names children's privacy among the others without stating a practice.
describe('children in a list of section titles', () => {
  it('does not label a table of contents', () => {
    expect(
      classifyPassage(
        "On this page: What We Collect How We Use Your Data How We Share It Children's Privacy How to Contact Us",
      ),
    ).not.toContain('children');
  });
  it('still labels a children paragraph that says how it is handled', () => {
    expect(
      classifyPassage(
        'Our services are not directed to children under 13. If a parent tells us how we can reach them, we will delete the child’s data and explain how we use parental consent.',
      ),
    ).toContain('children');
  });
});

// Age limits written as "age 13" or "13 and older", and the children's privacy law named on its own.
describeCueExamples(
  'children cues: ages and COPPA',
  'children',
  {
    'an age limit as "age N" or "N and older"': [
      'Members of the forum who are 16 and older may post reviews under a nickname.',
      'If you are age 13 or over, you may open an account and give us your email address.',
    ],
    'COPPA named on its own': ['Read more about COPPA on the regulator’s website.'],
  },
  {
    'an advertising age band is not an age limit': [
      'Advertisers may ask us to show an ad to readers in a segment such as men aged 18-34 who like cycling.',
    ],
  },
);
