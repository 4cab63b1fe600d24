import { dataRetention } from '../analyze/facts/retention-cookies';
import { nonEmpty, uniqueEvidence } from './cues';
import type { FlagContext, FlagRule } from './types';

/** Stated periods of data kept; a cookie's lifetime in the browser is not one. */
function durations({ facts }: FlagContext) {
  return dataRetention(facts.retention).flatMap((r) =>
    r.period.kind === 'duration' ? [{ ...r, days: r.period.days }] : [],
  );
}

function describeDays(days: number): string {
  // "We do not store your card number": not kept at all.
  if (days === 0) return 'not kept at all';
  if (days >= 365 && days % 365 === 0) return `${days / 365} year${days === 365 ? '' : 's'}`;
  if (days >= 60 && days % 30 === 0) return `${days / 30} months`;
  return `${days} day${days === 1 ? '' : 's'}`;
}

export const statedRetentionPeriods: FlagRule = {
  id: 'stated-retention-periods',
  severity: 'good',
  title: 'States how long data is kept',
  explanation: 'The policy gives concrete retention periods for at least some data.',
  explain(ctx) {
    const days = [...new Set(durations(ctx).map((d) => d.days))].sort((a, b) => a - b);
    return `The policy gives concrete retention periods: ${days.map(describeDays).join(', ')}.`;
  },
  test(ctx) {
    return nonEmpty(uniqueEvidence(durations(ctx).flatMap((d) => d.evidence)));
  },
};
