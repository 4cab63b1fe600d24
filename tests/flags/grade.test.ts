import { describe, expect, it } from 'vitest';
import { computeGrade, scoreFlags } from '../../lib/analyze/grade';
import type { Flag, Severity } from '../../lib/schema';

function flag(id: string, severity: Severity): Flag {
  return { id, severity, title: id, explanation: id, evidence: [{ quote: 'q', start: 0, end: 1 }] };
}
const good = (n: number) => Array.from({ length: n }, (_, i) => flag(`good-${i}`, 'good'));
const medium = (n: number) => Array.from({ length: n }, (_, i) => flag(`medium-${i}`, 'medium'));
const low = (n: number) => Array.from({ length: n }, (_, i) => flag(`low-${i}`, 'low'));

describe('scoreFlags', () => {
  it('adds high -4, medium -2, low -1, good +1', () => {
    expect(
      scoreFlags([flag('a', 'high'), flag('b', 'medium'), flag('c', 'low'), flag('d', 'good')]),
    ).toBe(-6);
  });

  it('counts at most 4 points of good practice', () => {
    expect(scoreFlags(good(7))).toBe(4);
    expect(scoreFlags([...good(7), ...medium(3)])).toBe(-2);
  });
});

describe('computeGrade', () => {
  it('grades by thresholds: A >= 0, B >= -5, C >= -10, D >= -16, else E', () => {
    expect(computeGrade(good(1))).toBe('A');
    expect(computeGrade([...good(2), ...medium(1)])).toBe('A'); // 0
    expect(computeGrade([...good(2), ...medium(1), ...low(1)])).toBe('B'); // -1
    expect(computeGrade([...medium(2), ...low(1)])).toBe('B'); // -5
    expect(computeGrade(medium(3))).toBe('C'); // -6
    expect(computeGrade(medium(5))).toBe('C'); // -10
    expect(computeGrade([...medium(5), ...low(1)])).toBe('D'); // -11
    expect(computeGrade(medium(8))).toBe('D'); // -16
    expect(computeGrade([...medium(8), ...low(1)])).toBe('E'); // -17
  });

  it('caps any high-severity flag at C', () => {
    expect(computeGrade([flag('targeted-advertising', 'high'), ...good(4)])).toBe('C'); // score 0 would be A
  });

  it('caps sells-data at D whatever else the policy does well', () => {
    expect(computeGrade([flag('sells-data', 'high'), ...good(6)])).toBe('D');
  });

  it('gives the middle grade when there are no flags at all', () => {
    expect(computeGrade([])).toBe('C');
  });

  it('reproduces the worked example of docs/grading.md', () => {
    const flags = [
      flag('does-not-sell', 'good'),
      flag('stated-retention-periods', 'good'),
      flag('indefinite-retention', 'high'),
      flag('third-party-tracking', 'medium'),
      flag('international-transfer', 'medium'),
    ];
    expect(scoreFlags(flags)).toBe(-6);
    expect(computeGrade(flags)).toBe('C');
  });

  it('is order-independent', () => {
    const flags = [flag('sells-data', 'high'), ...medium(3), ...good(2), ...low(2)];
    expect(computeGrade([...flags].reverse())).toBe(computeGrade(flags));
  });
});
