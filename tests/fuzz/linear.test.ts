import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../../lib/analyze';
import { extractBlocksFromHtml } from '../../lib/extract/html-node';
import { medianMs } from './check';

const SAMPLE = readFileSync(
  path.resolve(import.meta.dirname, '../../cli/sample-policy.md'),
  'utf8',
);

// Linear work grows 4x for 4x the input; the bound below allows 10x so a busy machine does not fail the test,
// while quadratic work (16x) still does.
const MAX_RATIO = 10;
// Below this the timer's noise dominates: a small input is padded up to it by repetition.
const MIN_MEANINGFUL_MS = 20;

function ratioFor(make: (n: number) => string, n: number, run: (input: string) => unknown): number {
  const small = make(n);
  const large = make(4 * n);
  const smallMs = Math.max(
    medianMs(3, () => run(small)),
    MIN_MEANINGFUL_MS / 4,
  );
  const largeMs = medianMs(3, () => run(large));
  return largeMs / smallMs;
}

const analyzeText = (text: string) => analyzePolicy({ text });

describe('work grows linearly with input', { timeout: 180_000 }, () => {
  it('policy text', () => {
    expect(ratioFor((n) => SAMPLE.repeat(n), 8, analyzeText)).toBeLessThan(MAX_RATIO);
  });

  it('one long run without sentence boundaries', () => {
    const make = (n: number) =>
      'we may share data with trusted partners and third parties '.repeat(n * 500);
    expect(ratioFor(make, 8, analyzeText)).toBeLessThan(MAX_RATIO);
  });

  it('one giant word', () => {
    expect(ratioFor((n) => 'z'.repeat(n * 50_000), 2, analyzeText)).toBeLessThan(MAX_RATIO);
  });

  it('many headings', () => {
    const make = (n: number) =>
      Array.from({ length: n * 500 }, (_, i) => `## ${i}. Cookies and sharing`).join('\n');
    expect(ratioFor(make, 4, analyzeText)).toBeLessThan(MAX_RATIO);
  });

  it('nested HTML', () => {
    const make = (n: number) =>
      `<body>${'<div><p>We share data with partners.</p>'.repeat(n * 500)}${'</div>'.repeat(n * 500)}`;
    expect(ratioFor(make, 2, (html) => extractBlocksFromHtml(html))).toBeLessThan(MAX_RATIO);
  });
});
