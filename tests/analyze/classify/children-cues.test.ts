import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../lib/analyze/classify/index';

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
