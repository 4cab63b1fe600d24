import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { scorePolicyPage } from '../../lib/detect/page';
import { parseHtml } from '../../lib/extract/html-node';
import { fixturePages, readPage } from '../extract/fixture-pages';
import { oppFiles, readOpp, seedFiles, readSeed, wrapAsHtml } from './corpus';

const LIB = path.resolve(import.meta.dirname, '../../lib/detect');

function page(url: string, body: string, title = ''): boolean {
  return scorePolicyPage(
    parseHtml(`<html><head><title>${title}</title></head><body>${body}</body></html>`),
    new URL(url),
  ).isPolicy;
}

const policyBody = `<main><h1>Privacy Policy</h1><p>This privacy policy explains how we collect personal information,
  use cookies, share data with third parties and keep it. You have the right to access and delete your data.</p></main>`;

describe('scorePolicyPage on the fixture pages', () => {
  it.each(fixturePages)('$file ($url): isPolicy $isPolicy', (fixture) => {
    const result = scorePolicyPage(parseHtml(readPage(fixture.file)), new URL(fixture.url));
    expect(result.isPolicy).toBe(fixture.isPolicy);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});

describe.skipIf(oppFiles.length === 0 || seedFiles.length === 0)(
  'scorePolicyPage on corpus policies as web pages',
  () => {
    it('accepts every seed and OPP-115 policy served under a policy title', () => {
      const misses: string[] = [];
      const texts = [
        ...seedFiles.map((f) => [f, readSeed(f)]),
        ...oppFiles.map((f) => [f, readOpp(f)]),
      ];
      for (const [file, text] of texts) {
        const site = file!.replace(/^\d+_/, '').replace(/\.txt$/, '');
        const doc = parseHtml(wrapAsHtml(text!, `Privacy Policy | ${site}`));
        // A neutral path: the title and the sampled words must carry the decision.
        if (!scorePolicyPage(doc, new URL(`https://www.${site}/legal/page-7`)).isPolicy)
          misses.push(file!);
      }
      expect(misses).toEqual([]);
    });
  },
);

describe('scorePolicyPage signals', () => {
  it('accepts a named policy at a privacy URL', () => {
    expect(page('https://example.com/privacy', policyBody, 'Privacy Policy | Example')).toBe(true);
    expect(page('https://example.com/legal/privacy-notice', policyBody, 'Example')).toBe(true);
    expect(page('https://example.com/en-gb/datenschutz', policyBody, 'Datenschutzerklärung')).toBe(
      true,
    );
  });

  it('accepts a "privacy statement" or "data protection policy" title without a telling URL', () => {
    const body = policyBody.replace('Privacy Policy', 'Global Privacy Statement');
    expect(page('https://example.com/legal/123', body, 'Global Privacy Statement')).toBe(true);
    expect(
      page(
        'https://example.com/p/42',
        policyBody.replace('Privacy Policy', 'Data Protection Policy'),
        'Data Protection Policy',
      ),
    ).toBe(true);
  });

  it('rejects terms, cookie policies, blog posts and help articles', () => {
    const terms =
      '<main><h1>Terms of Service</h1><p>These terms govern your use. Limitation of liability. Governing law. Arbitration. See our privacy policy.</p></main>';
    expect(page('https://example.com/terms', terms, 'Terms of Service')).toBe(false);
    expect(
      page(
        'https://example.com/cookie-policy',
        policyBody.replace('Privacy Policy', 'Cookie Policy'),
        'Cookie Policy',
      ),
    ).toBe(false);
    const blog = policyBody.replace(
      'Privacy Policy',
      'How to write a privacy policy for your startup in 2025',
    );
    expect(
      page(
        'https://example.com/blog/2025/01/privacy-policy-tips',
        blog,
        'How to write a privacy policy for your startup in 2025',
      ),
    ).toBe(false);
    expect(
      page(
        'https://help.example.com/hc/articles/123-delete-data',
        '<main><h1>How do I delete my data?</h1><p>Go to Settings. Was this article helpful?</p></main>',
        'Help Center',
      ),
    ).toBe(false);
  });

  it('rejects pages about policies: generators, templates, FAQs', () => {
    const body = policyBody.replace('Privacy Policy', 'Free Privacy Policy Generator');
    expect(
      page(
        'https://tools.example.com/privacy-policy-generator',
        body,
        'Free Privacy Policy Generator',
      ),
    ).toBe(false);
    const faq = policyBody.replace('Privacy Policy', 'Privacy Policy FAQ');
    expect(page('https://example.com/legal/faq', faq, 'Privacy Policy FAQ')).toBe(false);
  });

  it('rejects ordinary pages that link to the policy', () => {
    const home =
      '<main><h1>Welcome</h1><p>We build things.</p></main><footer><a href="/privacy">Privacy Policy</a></footer>';
    expect(page('https://example.com/', home, 'Example – Home')).toBe(false);
  });

  it('counts a footer link to the page itself', () => {
    const withSelfLink = `<main><h1>Legal</h1><p>We collect personal information and use cookies. Third parties receive data. You can opt out.</p></main><footer><a href="/legal/privacy">Privacy</a></footer>`;
    const at = (url: string) =>
      scorePolicyPage(parseHtml(`<html><body>${withSelfLink}</body></html>`), new URL(url)).score;
    expect(at('https://example.com/legal/privacy')).toBeGreaterThan(
      at('https://example.com/legal/other'),
    );
  });

  it('never throws on odd documents', () => {
    expect(scorePolicyPage(parseHtml(''), new URL('https://example.com/privacy')).isPolicy).toBe(
      false,
    );
    expect(() => scorePolicyPage({} as Document, new URL('https://example.com/'))).not.toThrow();
  });
});

describe('scorePolicyPage budget', () => {
  it('reads a bounded sample: a page with 3 MB of text costs what a page with 1 MB costs', () => {
    const paragraph =
      '<p>Our shop sells tents, backpacks and stoves for hikers and climbers everywhere.</p>';
    const pageOf = (count: number) =>
      parseHtml(
        `<html><head><title>Shop</title></head><body><main>${paragraph.repeat(count)}</main></body></html>`,
      );
    const big = pageOf(13_500);
    const huge = pageOf(40_500);
    expect(big.body.textContent!.length).toBeGreaterThan(1_000_000);
    const url = new URL('https://example.com/shop');
    const time = (doc: Document) => {
      let best = Infinity;
      for (let i = 0; i < 7; i++) {
        const start = performance.now();
        scorePolicyPage(doc, url);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const bigTime = time(big);
    const hugeTime = time(huge);
    // linkedom is far slower than a browser per node; what matters is that the cost does not grow with the page.
    expect(hugeTime).toBeLessThan(bigTime * 2 + 2);
  });

  it('bundles, minified, to at most 10 KB with no heavy dependencies', async () => {
    const result = await build({
      entryPoints: [path.join(LIB, 'page.ts'), path.join(LIB, 'privacy-link.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      outdir: 'out',
      metafile: true,
    });
    for (const file of result.outputFiles)
      expect(file.contents.byteLength).toBeLessThanOrEqual(10_000);
    const inputs = Object.keys(result.metafile!.inputs).join('\n');
    expect(inputs).not.toMatch(/compromise|react|zod|node_modules/);
    const source = readFileSync(path.join(LIB, 'page.ts'), 'utf8');
    expect(source).not.toMatch(/from ['"](?:compromise|react|zod)/);
  });
});
