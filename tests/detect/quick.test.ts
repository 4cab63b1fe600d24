import { describe, expect, it } from 'vitest';
import { scorePolicyPage } from '../../lib/detect/page';
import { findPrivacyLink } from '../../lib/detect/privacy-link';
import {
  POLICY_NAME,
  POLICY_PATH,
  PRIVACY_HINT,
  PRIVACY_WORD,
} from '../../lib/detect/privacy-names';
import { parseHtml } from '../../lib/extract/html-node';
import { fixturePages, readPage } from '../extract/fixture-pages';
import { oppFiles, readOpp, readSeed, seedFiles, wrapAsHtml } from './corpus';

// The all-pages detector's shortcuts must never change a decision: the small hint pattern stands in front of the
// large name patterns, and the quick mode of scorePolicyPage stops before the sample when the threshold is out of
// reach.

/** Names, link words and paths sites use, at least one per POLICY_TITLES entry and per PRIVACY_WORD word. */
const NAMES = [
  'Privacy Policy',
  'PRIVACY NOTICE',
  'Privacy & Cookies Policy',
  'Privacy Statement',
  'Privacy Center',
  'Notice of Privacy Practices',
  'Privacy and Security Policy',
  'Our Privacy Commitment',
  'Privacy, Security, and Accessibility Policies',
  'Data Protection Policy',
  'Information Privacy Notice',
  'Datenschutzerklärung',
  'Datenschutzhinweise',
  'Datenschutz',
  'Politique de confidentialité',
  'Déclaration de confidentialité',
  'Protection des données',
  'Política de privacidad',
  'Protección de datos',
  'Política de Privacidade',
  'Aviso de privacidade',
  'Informativa sulla privacy',
  'Tutela della privacy',
  'Privacybeleid',
  'Privacyverklaring',
  'Privacy',
  'Privacidad',
  'Confidentialité',
  'Your Privacy Choices',
  'Privacy & Terms',
  'Data protection',
  '/privacy',
  '/legal/privacy-policy.html',
  '/data_protection',
  '/datenschutzerklaerung',
  '/confidentialite',
  '/privacidade/',
  '/privacybeleid',
  '/gdpr',
];

/** Every title, heading and link text of the fixture pages. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  for (const fixture of fixturePages) {
    const doc = parseHtml(readPage(fixture.file));
    texts.push(doc.title ?? '');
    for (const tag of ['h1', 'h2', 'h3', 'a'])
      for (const el of Array.from(doc.getElementsByTagName(tag))) texts.push(el.textContent ?? '');
    for (const a of Array.from(doc.getElementsByTagName('a')))
      texts.push(a.getAttribute('href') ?? '');
  }
  return texts;
}

describe('PRIVACY_HINT', () => {
  it('matches every name, link word and path the large patterns match', () => {
    const matched = [...NAMES, ...fixtureTexts()].filter(
      (text) => POLICY_NAME.test(text) || PRIVACY_WORD.test(text) || POLICY_PATH.test(text),
    );
    // The list above is all matches; the fixtures add real titles and footers.
    expect(matched.length).toBeGreaterThan(NAMES.length);
    for (const text of matched) expect(PRIVACY_HINT.test(text), text).toBe(true);
  });

  it('rejects ordinary titles and link texts', () => {
    for (const text of [
      'A year in the allotment',
      'About us',
      'Terms of Service',
      'Cookies',
      'Contact',
    ])
      expect(PRIVACY_HINT.test(text), text).toBe(false);
  });
});

describe('scorePolicyPage quick mode', () => {
  const urlsFor = (own: string) => {
    const origin = new URL(own).origin;
    return [own, `${origin}/privacy`, `${origin}/legal/page-7`, `${origin}/blog/2025/01/post`];
  };

  it('decides every fixture page, under several addresses, as the exact mode does', () => {
    for (const fixture of fixturePages) {
      const doc = parseHtml(readPage(fixture.file));
      for (const url of urlsFor(fixture.url)) {
        const exact = scorePolicyPage(doc, new URL(url));
        const quick = scorePolicyPage(doc, new URL(url), true);
        expect(quick.isPolicy, `${fixture.file} at ${url}`).toBe(exact.isPolicy);
        if (quick.isPolicy) expect(quick.score).toBe(exact.score);
      }
    }
  });

  it.skipIf(seedFiles.length === 0 || oppFiles.length === 0)(
    'decides corpus policies as the exact mode does, under policy and neutral titles and addresses',
    () => {
      const texts = [...seedFiles.map(readSeed), ...oppFiles.slice(0, 40).map(readOpp)];
      for (const text of texts) {
        for (const title of ['Privacy Policy | Example', 'Example', 'Example – Home']) {
          const doc = parseHtml(wrapAsHtml(text, title));
          for (const url of ['https://example.com/privacy', 'https://example.com/page-7']) {
            const exact = scorePolicyPage(doc, new URL(url));
            expect(scorePolicyPage(doc, new URL(url), true).isPolicy, `${title} at ${url}`).toBe(
              exact.isPolicy,
            );
          }
        }
      }
    },
  );

  it('stops before the sample on a page without positive signals', () => {
    // Privacy words in the text, but no name in the title or headings, no privacy path, no link to itself.
    const doc = parseHtml(
      `<html><head><title>Garden journal</title></head><body><main><h1>Week 12</h1><p>We collect personal
      information, use cookies, share data with third parties and keep it; you have the right to access it.</p>
      </main><footer><a href="/privacy">Privacy</a></footer></body></html>`,
    );
    const url = new URL('https://example.com/journal/12');
    const exact = scorePolicyPage(doc, url);
    const quick = scorePolicyPage(doc, url, true);
    expect(exact.isPolicy).toBe(false);
    expect(exact.score).toBeGreaterThan(0);
    // The cues were not read: the score is that of the (absent) positive signals.
    expect(quick).toEqual({ isPolicy: false, score: 0 });
    // And the link finder still finds the footer's link.
    expect(findPrivacyLink(doc, url)).toBe('https://example.com/privacy');
  });
});
