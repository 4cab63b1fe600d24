import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/analyze';
import { MAX_SENTENCE_CHARS, sentenceRanges, splitSentences } from '../../../lib/analyze/sentences';
import { layoutBlocks } from '../../../lib/analyze/normalize';
import { oppFiles, readOpp, readSeed, seedFiles } from '../../detect/corpus';

const split = (text: string) => sentenceRanges(text).map(([a, b]) => text.slice(a, b));

describe('sentence boundaries', () => {
  it('does not split after abbreviations that never end a sentence', () => {
    expect(
      split('We collect data, e.g. names and emails. We use cookies, i.e. small files.'),
    ).toEqual(['We collect data, e.g. names and emails.', 'We use cookies, i.e. small files.']);
    expect(
      split(
        'See No. 5 and Art. 6(1)(f) GDPR. Contact Dr. Smith or Mr. Jones. It costs approx. ten dollars vs. twenty.',
      ),
    ).toEqual([
      'See No. 5 and Art. 6(1)(f) GDPR.',
      'Contact Dr. Smith or Mr. Jones.',
      'It costs approx. ten dollars vs. twenty.',
    ]);
  });

  it('splits after company and country abbreviations only before a sentence opener', () => {
    expect(
      split(
        'Acme Inc. is based in the U.S. We share data with Beta Ltd. Our partner Co. Ltd. Acme. The end.',
      ),
    ).toEqual([
      'Acme Inc. is based in the U.S.',
      'We share data with Beta Ltd.',
      'Our partner Co. Ltd. Acme.',
      'The end.',
    ]);
    expect(split('Data goes to the U.K. Information Commissioner.')).toHaveLength(1);
    expect(split('We stop at 5 p.m. We start at 9 a.m. Monday.')).toEqual([
      'We stop at 5 p.m.',
      'We start at 9 a.m. Monday.',
    ]);
  });

  it('keeps decimals, emails and URLs whole', () => {
    expect(
      split(
        'Fees are $3.50 per request. Mail privacy@acme.co.uk. Visit https://acme.com/a.b?x=1.2 now. Version 2.0.1 is out.',
      ),
    ).toEqual([
      'Fees are $3.50 per request.',
      'Mail privacy@acme.co.uk.',
      'Visit https://acme.com/a.b?x=1.2 now.',
      'Version 2.0.1 is out.',
    ]);
  });

  it('handles ellipses, quotes, question and exclamation marks', () => {
    expect(split('He said "stop." Then he left! Really? Yes… and so on... Fine')).toEqual([
      'He said "stop."',
      'Then he left!',
      'Really?',
      'Yes… and so on...',
      'Fine',
    ]);
  });

  it('keeps semicolon lists and numbered list markers together', () => {
    expect(split('We keep: logs; backups; and invoices; for two years.')).toHaveLength(1);
    expect(split('1. Who We Are')).toEqual(['1. Who We Are']);
    expect(split('a. Information You Provide')).toEqual(['a. Information You Provide']);
  });

  it('splits text glued by a bad copy at a year running into a capitalised word', () => {
    expect(split('Last Updated: March 04,2025At Example, your privacy matters.')).toEqual([
      'Last Updated: March 04,2025',
      'At Example, your privacy matters.',
    ]);
    expect(split('Reference 120250Abc is valid; so is 2025 and Berlin.')).toHaveLength(1);
  });
});

describe('splitSentences offsets', () => {
  it('gives sentences whose text is the slice of the document at their offsets, one block at a time', () => {
    const { text, blocks } = layoutBlocks([
      { kind: 'heading', level: 1, text: 'Privacy  Policy' },
      { kind: 'list-item', level: 0, text: 'Name' },
      {
        kind: 'paragraph',
        level: 0,
        text: '  We collect data.   We share it, e.g. with Acme Inc. We do not sell it.  ',
      },
    ]);
    const sentences = splitSentences(blocks, [0, 0, 1]);
    expect(sentences.map((s) => s.text)).toEqual([
      'Privacy Policy',
      'Name',
      'We collect data.',
      'We share it, e.g. with Acme Inc.',
      'We do not sell it.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => [s.block, s.section])).toEqual([
      [0, 0],
      [1, 0],
      [2, 1],
      [2, 1],
      [2, 1],
    ]);
  });

  it.skipIf(seedFiles.length === 0 || oppFiles.length === 0)(
    'holds the offset invariant on every corpus policy',
    () => {
      for (const raw of [...seedFiles.map(readSeed), ...oppFiles.map(readOpp)]) {
        const doc = buildDocument({ text: raw });
        expect(doc.sentences.length).toBeGreaterThan(0);
        for (const s of doc.sentences) {
          expect(doc.text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        }
        for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
      }
    },
  );
});

describe('hostile input', () => {
  it('cuts a 200,000-char word into bounded pieces, linearly', () => {
    const start = Date.now();
    const ranges = sentenceRanges('x'.repeat(200_000));
    expect(ranges.length).toBe(100);
    for (const [a, b] of ranges) expect(b - a).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('cuts a 2 MB paragraph at spaces and stays linear on punctuation runs', () => {
    const start = Date.now();
    const text = 'word '.repeat(400_000);
    const ranges = sentenceRanges(text);
    for (const [a, b] of ranges) {
      expect(b - a).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text[b - 1]).toBe('d');
    }
    expect(sentenceRanges(`${'.'.repeat(200_000)}a`).length).toBeGreaterThan(0);
    expect(sentenceRanges('A. '.repeat(100_000)).length).toBeGreaterThan(10_000);
    expect(sentenceRanges('')).toEqual([]);
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('never splits a surrogate pair when cutting', () => {
    const text = '😀'.repeat(5000);
    for (const [a, b] of sentenceRanges(text)) {
      expect(text.charCodeAt(a) >= 0xdc00 && text.charCodeAt(a) <= 0xdfff).toBe(false);
      expect(b - a).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    }
  });
});
