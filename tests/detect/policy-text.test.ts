import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/analyze';
import { scorePolicyText } from '../../lib/detect/policy-text';
import { extractBlocksFromHtml, parseHtml } from '../../lib/extract/html-node';
import { fixturePages, readPage } from '../extract/fixture-pages';
import { oppFiles, readOpp, readSeed, seedFiles, warnIfMissing } from './corpus';

warnIfMissing('tests/detect/policy-text');

describe.skipIf(seedFiles.length === 0)('scorePolicyText on the seed policies', () => {
  it.each(seedFiles)('%s is a policy', (file) => {
    const result = scorePolicyText(buildDocument({ text: readSeed(file) }));
    expect(result.isPolicy).toBe(true);
    expect(result.confidence).toBeGreaterThanOrEqual(0.7);
  });
});

describe.skipIf(oppFiles.length === 0)('scorePolicyText on the OPP-115 dev policies', () => {
  it.each(oppFiles)('%s is a policy', (file) => {
    expect(scorePolicyText(buildDocument({ text: readOpp(file) })).isPolicy).toBe(true);
  });
});

const englishFixtures = fixturePages.filter((p) => p.language !== 'de' && p.language !== 'fr');

describe('scorePolicyText on the fixture pages (extracted main content, title and URL)', () => {
  it.each(englishFixtures)('$file: isPolicy $isPolicy', (page) => {
    const html = readPage(page.file);
    const doc = buildDocument({
      blocks: extractBlocksFromHtml(html),
      title: parseHtml(html).title,
      url: page.url,
    });
    expect(scorePolicyText(doc).isPolicy).toBe(page.isPolicy);
  });

  it.each(englishFixtures)('$file: isPolicy $isPolicy from the text alone', (page) => {
    const doc = buildDocument({ blocks: extractBlocksFromHtml(readPage(page.file)) });
    expect(scorePolicyText(doc).isPolicy).toBe(page.isPolicy);
  });
});

describe('scorePolicyText on plain-text negatives', () => {
  it.each([
    [
      'terms of use',
      'Terms of Use\n\nThese Terms of Use govern your access to the site. By using the site you agree to these Terms. We grant you a limited, non-exclusive licence. The site is provided on an "as is" basis without warranties. We are not liable for any damages. These Terms are governed by the laws of New York and disputes go to binding arbitration. You agree not to misuse the site. Our Privacy Policy explains how we collect personal information.',
    ],
    [
      'cookie policy',
      'Cookie Policy\n\nThis Cookie Policy explains how we use cookies. Cookies are small files stored on your device. We use strictly necessary cookies, analytics cookies from Google Analytics and advertising cookies. You can manage cookies in your browser settings or with our cookie banner. This Cookie Policy may change; check this page for updates.',
    ],
    ['an empty string', ''],
    [
      'a recipe',
      'Lemon Drizzle Cake\n\nBeat the butter and sugar until pale, then add the eggs one at a time. Fold in the flour and the zest of two lemons. Bake for 45 minutes at 180 degrees. While the cake is warm, pour over the lemon syrup and leave it to cool in the tin.',
    ],
  ])('%s is not a policy', (_name, text) => {
    expect(scorePolicyText(buildDocument({ text })).isPolicy).toBe(false);
  });

  it('is fast and bounded on a 5 MB text', () => {
    const text = 'We collect personal information and share it with third parties. '.repeat(80_000);
    const doc = buildDocument({ blocks: [{ kind: 'paragraph', level: 0, text }] });
    const start = performance.now();
    const result = scorePolicyText(doc);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });
});
