import { describe, expect, it } from 'vitest';
import { mayBePolicy } from '../../lib/detect/glance';
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
// large name patterns, and the glance (mayBePolicy) passes over a page only where scorePolicyPage would reject it.

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

describe('mayBePolicy (the all-pages glance)', () => {
  const urlsFor = (own: string) => {
    const origin = new URL(own).origin;
    return [own, `${origin}/privacy`, `${origin}/legal/page-7`, `${origin}/blog/2025/01/post`];
  };

  it('passes every fixture page, under several addresses, that scorePolicyPage accepts', () => {
    let accepted = 0;
    for (const fixture of fixturePages) {
      const doc = parseHtml(readPage(fixture.file));
      for (const url of urlsFor(fixture.url)) {
        if (!scorePolicyPage(doc, new URL(url)).isPolicy) continue;
        accepted++;
        expect(mayBePolicy(doc, new URL(url)), `${fixture.file} at ${url}`).toBe(true);
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it.skipIf(seedFiles.length === 0 || oppFiles.length === 0)(
    'passes every corpus policy scorePolicyPage accepts, under policy and neutral titles and addresses',
    () => {
      let accepted = 0;
      const texts = [...seedFiles.map(readSeed), ...oppFiles.slice(0, 40).map(readOpp)];
      for (const text of texts) {
        for (const title of ['Privacy Policy | Example', 'Example', 'Example – Home']) {
          const doc = parseHtml(wrapAsHtml(text, title));
          for (const url of ['https://example.com/privacy', 'https://example.com/page-7']) {
            if (!scorePolicyPage(doc, new URL(url)).isPolicy) continue;
            accepted++;
            expect(mayBePolicy(doc, new URL(url)), `${title} at ${url}`).toBe(true);
          }
        }
      }
      expect(accepted).toBeGreaterThan(texts.length);
    },
  );

  const page = (title: string, body: string) =>
    parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`);
  const journal = new URL('https://example.com/journal/12');

  it('passes an ordinary page over, privacy words in its text and a footer privacy link notwithstanding', () => {
    const doc = page(
      'Garden journal',
      `<main><h1>Week 12</h1><p>We collect personal information, use cookies, share data with third parties and
      keep it; you have the right to access it.</p></main><footer><a href="/privacy">Privacy</a></footer>`,
    );
    expect(mayBePolicy(doc, journal)).toBe(false);
    expect(scorePolicyPage(doc, journal).isPolicy).toBe(false);
    // The page tools, asked by the popup, still find the footer's link.
    expect(findPrivacyLink(doc, journal)).toBe('https://example.com/privacy');
  });

  it.each([
    [
      'the path',
      'Example',
      '<main><h1>Legal</h1></main>',
      'https://example.com/legal/privacy-notice',
    ],
    ['the title', 'Privacy Notice | Example', '<main><h1>Legal</h1></main>', journal.href],
    ['the first h1', 'Example', '<main><h1>Our privacy promise</h1></main>', journal.href],
    ['an h2', 'Example', '<main><h1>Legal</h1><h2>Data protection</h2></main>', journal.href],
    [
      'the page h1 after a banner h1 and a menu of h2s',
      'Example',
      `<header><h1>Example</h1><nav>${'<h2>Menu</h2>'.repeat(10)}</nav></header><main><h1>Privacy</h1></main>`,
      journal.href,
    ],
    [
      'a footer link to the page itself',
      'Example',
      '<main><h1>Legal</h1></main><footer><a href="/journal/12/">Privacy</a></footer>',
      journal.href,
    ],
  ])('looks further when %s holds a privacy word', (_label, title, body, url) => {
    expect(mayBePolicy(page(title, body), new URL(url))).toBe(true);
  });

  it('does not take a footer privacy link elsewhere, or a link here without a privacy word, for a self-link', () => {
    const elsewhere = page('Example', '<footer><a href="/privacy">Privacy</a></footer>');
    const unnamed = page('Example', '<footer><a href="/journal/12">Read more</a></footer>');
    expect(mayBePolicy(elsewhere, journal)).toBe(false);
    expect(mayBePolicy(unnamed, journal)).toBe(false);
  });
});
