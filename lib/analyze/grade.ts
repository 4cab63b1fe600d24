import type { Flag, Grade, Severity } from '../schema';

// The grade is a plain sum over the flags, so anyone can recompute it from the summary (docs/grading.md).

export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = {
  high: -4,
  medium: -2,
  low: -1,
  good: 1,
};

/** Good practices can offset some concerns but never buy a bad policy a good grade. */
export const MAX_GOOD_POINTS = 4;

/**
 * Lowest score (inclusive) for each grade, best first; anything below the last is E. Bands widen towards the
 * bottom because concerns pile up in data-hungry policies: a policy with every common practice (tracking,
 * targeted ads, vague sharing, consent by use) should be D or E, one with a few concerns B or C.
 */
export const GRADE_THRESHOLDS: readonly (readonly [Grade, number])[] = [
  ['A', 0],
  ['B', -5],
  ['C', -10],
  ['D', -16],
];

/** Best grade a policy can get while it carries a flag of this kind. */
const CAPS: readonly { applies(flag: Flag): boolean; best: Grade; reason: string }[] = [
  {
    applies: (f) => f.id === 'sells-data',
    best: 'D',
    reason: 'selling personal data outweighs any good practice',
  },
  {
    applies: (f) => f.severity === 'high',
    best: 'C',
    reason: 'a high-severity practice rules out A and B',
  },
];

/** With no flags at all nothing is known either way: the middle grade, not a reward. */
const NOTHING_KNOWN: Grade = 'C';

export function scoreFlags(flags: readonly Flag[]): number {
  let bad = 0;
  let good = 0;
  for (const flag of flags) {
    if (flag.severity === 'good') good += SEVERITY_POINTS.good;
    else bad += SEVERITY_POINTS[flag.severity];
  }
  return bad + Math.min(good, MAX_GOOD_POINTS);
}

const ORDER = ['A', 'B', 'C', 'D', 'E'] as const satisfies readonly Grade[];

function worse(a: Grade, b: Grade): Grade {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

export function computeGrade(flags: readonly Flag[]): Grade {
  if (flags.length === 0) return NOTHING_KNOWN;
  const score = scoreFlags(flags);
  let grade: Grade = GRADE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? 'E';
  for (const cap of CAPS) if (flags.some((f) => cap.applies(f))) grade = worse(grade, cap.best);
  return grade;
}
