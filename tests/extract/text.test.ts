import { describe, expect, it } from 'vitest';
import { extractBlocksFromText } from '../../lib/extract/text';

const headings = (text: string) =>
  extractBlocksFromText(text)
    .filter((b) => b.kind === 'heading')
    .map((b) => [b.level, b.text] as const);

describe('extractBlocksFromText headings', () => {
  it('reads Markdown ATX and setext headings', () => {
    expect(
      headings(
        '# Privacy\n\nIntro text here.\n\n## Data we collect ##\n\nText.\n\nSharing\n-------\n\nMore text.',
      ),
    ).toEqual([
      [1, 'Privacy'],
      [2, 'Data we collect'],
      [2, 'Sharing'],
    ]);
  });

  it('nests numbered headings by depth: "2.1" is deeper than "2."', () => {
    const text = [
      '1. Information We Collect',
      'We collect the information described below when you use the service.',
      '1.1 Account Data',
      'Your name and email address are needed to create an account with us.',
      '2. Sharing',
      'We share data with the processors listed here and nobody else at all.',
    ].join('\n');
    expect(headings(text)).toEqual([
      [2, '1. Information We Collect'],
      [3, '1.1 Account Data'],
      [2, '2. Sharing'],
    ]);
  });

  it('orders numbering styles: Section/Article above Roman above Arabic above letters', () => {
    const text = [
      'Article 1 Scope',
      'This article sets out the scope of the notice for all of our services.',
      'I. General Provisions',
      'These provisions apply to every kind of data that we process anywhere.',
      '1. Definitions',
      'The words used in this notice have the meanings given in this section.',
      'a) Personal Data',
      'Any information relating to an identified or identifiable natural person.',
      'II. Specific Provisions',
      'These provisions apply only to the services named in each paragraph here.',
    ].join('\n');
    expect(headings(text)).toEqual([
      [2, 'Article 1 Scope'],
      [3, 'I. General Provisions'],
      [4, '1. Definitions'],
      [5, 'a) Personal Data'],
      [3, 'II. Specific Provisions'],
    ]);
  });

  it('reads "(b)", "Section 3" and question headings', () => {
    const text = [
      'Section 3',
      'Text of the third section, long enough to be read as ordinary prose here.',
      '(b) Cookies We Use',
      'We use cookies to remember your settings and to measure site traffic.',
      '4. Who Can Access Your Information?',
      'Only our staff and the processors we list below can access your data.',
    ].join('\n');
    expect(headings(text).map(([, t]) => t)).toEqual([
      'Section 3',
      '(b) Cookies We Use',
      '4. Who Can Access Your Information?',
    ]);
  });

  it('reads short Title Case and UPPER CASE lines between paragraphs, and a first-line title', () => {
    const text = [
      'Acme Privacy Notice',
      '',
      'This notice explains what we do with the information you give us.',
      '',
      'INFORMATION WE COLLECT',
      '',
      'We collect your name, email address and the messages you send us.',
      '',
      'How Long We Keep It',
      '',
      'We keep messages for two years and then delete them for good.',
    ].join('\n');
    expect(headings(text)).toEqual([
      [1, 'Acme Privacy Notice'],
      [2, 'INFORMATION WE COLLECT'],
      [3, 'How Long We Keep It'],
    ]);
  });

  it('does not turn list items, sentences or labelled values into headings', () => {
    const text = [
      'Contact Us',
      'You can reach our privacy team using the details below at any time.',
      'Email: privacy@acme.example',
      'Phone: +1 555 0100',
      'Acme Corporation',
      '123 Main Street',
      'Springfield',
      'We answer within a month.',
      '- Name',
      '* Email Address',
      '• Phone Number',
      '1. Your Name',
      '2. Your Email',
      '3. Your Phone',
      '4. We collect this when you sign up, as explained in the section above.',
    ].join('\n');
    const blocks = extractBlocksFromText(text);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Contact Us']);
    expect(blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual([
      'Name',
      'Email Address',
      'Phone Number',
      '1. Your Name',
      '2. Your Email',
      '3. Your Phone',
      '4. We collect this when you sign up, as explained in the section above.',
    ]);
  });

  it('treats a table of contents (numbered lines counting up) as a list, then finds the real headings', () => {
    const text = [
      'Privacy Policy',
      '1. Who We Are',
      '2. What We Collect',
      '3. Contact',
      '1. Who We Are',
      'We are a small company that makes note-taking software for teams.',
      '2. What We Collect',
      'We collect your email address and the notes you choose to sync.',
      '3. Contact',
      'Write to privacy@example.com with any question about this policy.',
    ].join('\n');
    const blocks = extractBlocksFromText(text);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Privacy Policy',
      '1. Who We Are',
      '2. What We Collect',
      '3. Contact',
    ]);
    expect(blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
  });

  it('reads headings after a label line and with a final colon, but not the bullet-less items after "We collect:"', () => {
    const text = [
      'Privacy Policy',
      'Effective date: January 1, 2024',
      'Introduction',
      'We respect your privacy and explain here what we do with your data.',
      'We collect:',
      'Name',
      'Email Address',
      'Phone Number',
      'We use these details only to provide the service you asked for.',
      'Information We Share:',
      'We share data with our hosting provider and our payment processor.',
    ].join('\n');
    expect(headings(text)).toEqual([
      [1, 'Privacy Policy'],
      [2, 'Introduction'],
      [2, 'Information We Share:'],
    ]);
  });

  it('reads Markdown bold-only lines as headings', () => {
    const text =
      'Intro text that explains the policy in a sentence.\n\n**Cookies**\n\nWe use cookies to keep you signed in to the site.\n\n**Not a heading.**';
    expect(headings(text)).toEqual([[2, 'Cookies']]);
  });

  it('reads stacked unnumbered headings and a heading after a bullet-less list', () => {
    const text = [
      'Privacy Policy',
      'Last updated: May 05, 2024',
      'This policy describes how we collect, use and disclose your information when you use the app.',
      'Collecting and Using Your Personal Data',
      'Types of Data Collected',
      'Personal Data',
      'While using the app, we may ask you for information that identifies you, such as:',
      'Email address',
      'First name and last name',
      'Phone number',
      'Usage Data',
      'Usage Data is collected automatically when you use the app.',
      'Purposes',
      'Spam prevention and security',
      'Traffic statistics',
      '2. Legal Basis',
      'We rely on your consent and on our legitimate interests to process the data above.',
    ].join('\n');
    expect(headings(text).map(([, t]) => t)).toEqual([
      'Privacy Policy',
      'Collecting and Using Your Personal Data',
      'Types of Data Collected',
      'Personal Data',
      'Usage Data',
      '2. Legal Basis',
    ]);
  });

  it('joins hard-wrapped lines of one paragraph', () => {
    const blocks = extractBlocksFromText(
      'We may share an anonymised string with the\nservice to check for spam.\n\nNext paragraph.',
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'We may share an anonymised string with the service to check for spam.',
      'Next paragraph.',
    ]);
  });

  it('does not make "1 Main Street" a numbered heading', () => {
    const blocks = extractBlocksFromText('Write to us.\n1 Main Street\nAnytown');
    expect(blocks.every((b) => b.kind !== 'heading')).toBe(true);
  });

  it('keeps glued text from a bad copy as a paragraph after the title', () => {
    const blocks = extractBlocksFromText(
      'Privacy Policy\nLast Updated: March 04,2025At Example, your privacy is important to us. This policy explains it.\n1. Who We Are?\nWe are a company.',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('extractBlocksFromText on hostile input', () => {
  it('stays fast and safe on long lines, many headings and garbage', () => {
    const start = Date.now();
    expect(extractBlocksFromText('x'.repeat(200_000))).toHaveLength(1);
    expect(extractBlocksFromText('#'.repeat(100_000) + ' a')).toHaveLength(1);
    expect(extractBlocksFromText(`${'1. '.repeat(50_000)}`)).toHaveLength(1);
    const many = Array.from(
      { length: 10_000 },
      (_, i) => `## Heading ${i}\n\nSome text for section ${i}.`,
    ).join('\n\n');
    expect(extractBlocksFromText(many).filter((b) => b.kind === 'heading')).toHaveLength(10_000);
    const garbage = Array.from({ length: 200_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65_000),
    ).join('');
    expect(() => extractBlocksFromText(garbage)).not.toThrow();
    expect(extractBlocksFromText('')).toEqual([]);
    // Generous: catches quadratic behaviour (minutes), not a busy machine.
    expect(Date.now() - start).toBeLessThan(15_000);
  });
});

describe('extractBlocksFromText on a hard-wrapped giant paragraph', () => {
  it('stays linear on 20,000 consecutive Title Case lines after a colon', () => {
    const text = `We collect:\n${Array.from({ length: 20_000 }, (_, i) => `Item Number ${i}`).join('\n')}\nAnd then some prose that ends it.`;
    const start = Date.now();
    expect(extractBlocksFromText(text).length).toBeGreaterThan(20_000);
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('joins 100,000 wrapped lines in linear time', () => {
    const text = Array.from({ length: 100_000 }, () => 'and the data we keep about you').join('\n');
    const start = Date.now();
    const blocks = extractBlocksFromText(`We collect many things ${text}`);
    expect(blocks).toHaveLength(1);
    expect(Date.now() - start).toBeLessThan(10_000);
  });
});
