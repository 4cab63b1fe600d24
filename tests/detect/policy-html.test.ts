import { describe, expect, it } from 'vitest';
import { detectPolicyHtml } from '../../lib/detect/policy-html';
import { fixturePages, readPage } from '../extract/fixture-pages';
import { oppFiles, readOpp, readSeed, seedFiles, warnIfMissing, wrapAsHtml } from './corpus';

warnIfMissing('tests/detect/policy-html');

function f1(results: Array<{ expected: boolean; got: boolean }>): number {
  const tp = results.filter((r) => r.expected && r.got).length;
  const fp = results.filter((r) => !r.expected && r.got).length;
  const fn = results.filter((r) => r.expected && !r.got).length;
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

describe('detectPolicyHtml on the fixture pages', () => {
  it.each(fixturePages)('$file with its URL: isPolicy $isPolicy', (page) => {
    expect(detectPolicyHtml(readPage(page.file), page.url).isPolicy).toBe(page.isPolicy);
  });

  it.each(fixturePages)('$file without a URL: isPolicy $isPolicy', (page) => {
    expect(detectPolicyHtml(readPage(page.file)).isPolicy).toBe(page.isPolicy);
  });
});

describe.skipIf(seedFiles.length === 0 || oppFiles.length === 0)(
  'detectPolicyHtml on corpus policies as web pages',
  () => {
    it('finds every seed and OPP-115 policy, wrapped in a page with a neutral title and no URL', () => {
      const misses: string[] = [];
      const texts = [
        ...seedFiles.map((f) => [f, readSeed(f)]),
        ...oppFiles.map((f) => [f, readOpp(f)]),
      ];
      for (const [file, text] of texts) {
        const site = file!.replace(/^\d+_/, '').replace(/\.txt$/, '');
        if (!detectPolicyHtml(wrapAsHtml(text!, site)).isPolicy) misses.push(file!);
      }
      expect(misses).toEqual([]);
    });

    it('keeps F1 >= 0.95 over corpus positives and fixture negatives', () => {
      const results = [
        ...oppFiles.map((f) => ({
          expected: true,
          got: detectPolicyHtml(wrapAsHtml(readOpp(f), 'Example')).isPolicy,
        })),
        ...fixturePages.map((p) => ({
          expected: p.isPolicy,
          got: detectPolicyHtml(readPage(p.file), p.url).isPolicy,
        })),
      ];
      expect(f1(results)).toBeGreaterThanOrEqual(0.95);
    });
  },
);

describe('detectPolicyHtml on script-rendered shells', () => {
  it('trusts the title, URL and footer when the page has no text yet', () => {
    const shell = (title: string) =>
      `<html><head><title>${title}</title><script src="/app.js"></script></head><body><div id="root"></div><footer><a href="/legal/privacy">Privacy</a></footer></body></html>`;
    expect(
      detectPolicyHtml(
        shell('Privacy Policy | Quillnote'),
        'https://quillnote.example/legal/privacy',
      ).isPolicy,
    ).toBe(true);
    expect(detectPolicyHtml(shell('Quillnote'), 'https://quillnote.example/app').isPolicy).toBe(
      false,
    );
  });
});

describe('detectPolicyHtml on hostile input', () => {
  it('never throws and says no for garbage', () => {
    for (const html of ['', '\u0000\u0001', '<html', 'x'.repeat(100_000), '<div>'.repeat(5000)]) {
      const result = detectPolicyHtml(html);
      expect(result.isPolicy).toBe(false);
      expect(result.score).toBeGreaterThanOrEqual(0);
    }
    expect(detectPolicyHtml('<p>x</p>', 'not a url').isPolicy).toBe(false);
  });
});
