import { describe, expect, it } from 'vitest';
import { findPrivacyLink } from '../../lib/detect/privacy-link';
import { parseHtml } from '../../lib/extract/html-node';
import { fixturePages, readPage } from '../extract/fixture-pages';

function linkOn(url: string, body: string): string | null {
  return findPrivacyLink(parseHtml(`<html><head></head><body>${body}</body></html>`), new URL(url));
}

describe('findPrivacyLink on the fixture pages', () => {
  it.each(fixturePages)('$file → $privacyLink', (fixture) => {
    expect(findPrivacyLink(parseHtml(readPage(fixture.file)), new URL(fixture.url))).toBe(
      fixture.privacyLink,
    );
  });
});

describe('findPrivacyLink', () => {
  it('prefers rel="privacy-policy"', () => {
    // https://example.com/ → https://example.com/legal/p (declared in the footer), not the footer's /privacy
    expect(
      linkOn(
        'https://example.com/',
        '<footer><a href="/privacy">Privacy</a><a rel="privacy-policy" href="/legal/p">Legal</a></footer>',
      ),
    ).toBe('https://example.com/legal/p');
    // https://example.com/ → https://example.com/legal/q (declared in the head)
    expect(
      findPrivacyLink(
        parseHtml(
          '<html><head><link rel="privacy-policy" href="/legal/q"></head><body><p>Hi</p></body></html>',
        ),
        new URL('https://example.com/'),
      ),
    ).toBe('https://example.com/legal/q');
    // https://example.com/ → https://example.com/legal/r (declared on an anchor in the page body)
    expect(
      linkOn(
        'https://example.com/',
        '<p><a rel="nofollow privacy-policy" href="/legal/r">Legal</a></p>',
      ),
    ).toBe('https://example.com/legal/r');
  });

  it('reads footer link texts in several languages', () => {
    // https://shop.example.de/ → https://shop.example.de/datenschutz
    expect(
      linkOn(
        'https://shop.example.de/',
        '<footer><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a></footer>',
      ),
    ).toBe('https://shop.example.de/datenschutz');
    // https://boutique.example.fr/ → https://boutique.example.fr/politique
    expect(
      linkOn(
        'https://boutique.example.fr/',
        '<footer><a href="/politique">Politique de confidentialité</a></footer>',
      ),
    ).toBe('https://boutique.example.fr/politique');
    // https://tienda.example.es/ → https://tienda.example.es/privacidad
    expect(
      linkOn(
        'https://tienda.example.es/',
        '<footer><a href="/privacidad">Política de privacidad</a></footer>',
      ),
    ).toBe('https://tienda.example.es/privacidad');
    // https://example.com/ → https://example.com/dp (text "Data Protection")
    expect(
      linkOn('https://example.com/', '<footer><a href="/dp">Data Protection</a></footer>'),
    ).toBe('https://example.com/dp');
  });

  it('falls back to hrefs with a privacy path', () => {
    // https://example.com/about → https://example.com/legal/privacy-policy
    expect(
      linkOn('https://example.com/about', '<p><a href="/legal/privacy-policy">Read this</a></p>'),
    ).toBe('https://example.com/legal/privacy-policy');
  });

  it('prefers the same origin over another site', () => {
    // https://www.example.com/ → https://www.example.com/privacy, not the vendor's policy
    expect(
      linkOn(
        'https://www.example.com/',
        '<footer><a href="https://vendor.example.net/privacy">Privacy Policy</a><a href="/privacy">Privacy Policy</a></footer>',
      ),
    ).toBe('https://www.example.com/privacy');
  });

  it('ignores javascript:, mailto:, opt-out links and the current page', () => {
    // https://example.com/ → null
    expect(
      linkOn(
        'https://example.com/',
        '<footer><a href="javascript:void(0)">Privacy</a><a href="mailto:privacy@example.com">Privacy Policy</a><a href="/dns">Do Not Sell My Personal Information</a><a href="/cookie-settings">Cookie settings</a></footer>',
      ),
    ).toBeNull();
    // https://example.com/privacy → null (the only link is to itself)
    expect(
      linkOn('https://example.com/privacy', '<footer><a href="/privacy#top">Privacy</a></footer>'),
    ).toBeNull();
    // https://example.com/privacy → null (declared link to itself)
    expect(
      linkOn('https://example.com/privacy', '<a rel="privacy-policy" href="/privacy">Privacy</a>'),
    ).toBeNull();
  });

  it('returns absolute http(s) URLs and survives pages without links or with bad hrefs', () => {
    expect(
      linkOn('https://example.com/a/b', '<footer><a href="../privacy">Privacy</a></footer>'),
    ).toBe('https://example.com/privacy');
    expect(
      linkOn('https://example.com/', '<footer><a href="http://[bad">Privacy</a></footer>'),
    ).toBeNull();
    expect(linkOn('https://example.com/', '')).toBeNull();
  });

  it('inspects a bounded number of anchors', () => {
    const many = '<a href="/x">x</a>'.repeat(5000);
    const doc = parseHtml(`<html><body>${many}<a href="/privacy">Privacy</a></body></html>`);
    // The privacy link sits after the inspection bound, outside footer and navigation: not found, and fast.
    const start = performance.now();
    expect(findPrivacyLink(doc, new URL('https://example.com/'))).toBeNull();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
