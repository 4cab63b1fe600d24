import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/analyze';
import { classifySections } from '../../../lib/analyze/classify/index';
import { classifyHeading } from '../../../lib/analyze/classify/headings';

describe('classifyHeading', () => {
  it.each([
    ['3. Information We Collect', ['collection']],
    ['How We Share Your Information', ['sharing']],
    ['7) Data Retention', ['retention']],
    ['Your Rights and Choices', ['rights']],
    ['Contact Us', ['contact']],
    ['Security of Your Data', ['security']],
    ['Cookies and Similar Technologies', ['cookies']],
    ["Children's Privacy", ['children']],
    ['International Data Transfers', ['international']],
    ['Changes to This Privacy Policy', ['changes']],
    ['Your data protection rights', ['rights']],
    ['How to complain', ['rights']],
    ['Keeping your information safe', ['security']],
    ['Data Protection Officer', ['contact']],
    ['How long we keep your data', ['retention']],
    ['Legal bases for processing', ['collection']],
  ])('%s', (heading, expected) => {
    expect(classifyHeading(heading)).toEqual(expected);
  });

  it('names nothing for headings that do not say their topic', () => {
    expect(classifyHeading('8. Miscellaneous')).toEqual([]);
    expect(classifyHeading('Introduction')).toEqual([]);
  });
});

const POLICY = `# Privacy Policy

Example Co. runs this website.

## 1. Information We Collect

When you sign up we collect your name and email address.

We also automatically record your IP address and browser type when you visit.

## 2. Other Matters

We may share your information with service providers who host our website on our behalf.

We never sell your personal information to third parties.

## 3. Cookies

Cookies are small text files that websites place on your device. We use cookies to remember your language and to keep you signed in between visits.

Most browsers let you refuse cookies.

## 4. Questions

If you have any questions about this policy, contact us at privacy@example.com.`;

describe('classifySections', () => {
  const doc = buildDocument({ text: POLICY });
  classifySections(doc);
  const byHeading = (start: string) =>
    doc.sections.find((s) => s.heading?.startsWith(start))?.categories;

  it('labels a section from a heading that names its topic', () => {
    expect(byHeading('1. Information We Collect')).toEqual(['collection']);
    expect(byHeading('4. Questions')).toEqual(['contact']);
  });

  it('labels a section whose heading names nothing from its body', () => {
    expect(byHeading('2. Other Matters')).toEqual(['sharing']);
  });

  it('does not add a side topic that fills only a small part of the body', () => {
    expect(byHeading('3. Cookies')).toEqual(['cookies']);
  });

  it('never throws on thousands of empty headings', () => {
    const many = buildDocument({
      text: Array.from({ length: 10_000 }, (_, i) => `## ${i} Heading`).join('\n'),
    });
    expect(() => classifySections(many)).not.toThrow();
    expect(many.sections.length).toBeGreaterThan(1000);
  });
});
