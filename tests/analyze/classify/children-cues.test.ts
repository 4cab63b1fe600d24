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
