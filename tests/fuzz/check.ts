import { expect } from 'vitest';
import { analyzePolicy, buildDocument } from '../../lib/analyze';
import type { AnalyzeInput, Evidence, PolicySummary } from '../../lib/schema';
import { policySummarySchema } from '../../lib/schema';

type Input = Omit<AnalyzeInput, 'html'>;

function allEvidence(s: PolicySummary): Evidence[] {
  return [
    ...s.dataCollected.flatMap((d) => d.evidence),
    ...s.sharing.recipients.flatMap((r) => r.evidence),
    ...s.retention.flatMap((r) => r.evidence),
    ...s.rights.flatMap((r) => r.evidence),
    ...s.flags.flatMap((f) => f.evidence),
  ];
}

/**
 * Runs the whole pipeline and checks what must hold for any input: it returns, the summary validates, every
 * flag carries evidence, and every quote is the normalised text at its offsets.
 */
export function analyzeAndCheck(input: Input): PolicySummary {
  const summary = analyzePolicy(input);
  const parsed = policySummarySchema.safeParse(summary);
  expect(
    parsed.success,
    parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3)),
  ).toBe(true);
  const text = buildDocument(input).text;
  expect(summary.wordCount).toBeLessThanOrEqual(text.length);
  for (const flag of summary.flags) expect(flag.evidence.length, flag.id).toBeGreaterThan(0);
  for (const e of allEvidence(summary)) {
    expect(e.start).toBeLessThanOrEqual(e.end);
    expect(e.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
  return summary;
}

/** Median wall time of `runs` calls, after one warm-up. */
export function medianMs(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Deterministic bytes that look like nothing in particular (a linear congruential generator). */
export function garbageBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
