import type { PolicySummary } from '../schema';

// Below this many words a page cannot be judged: a cookie notice or a "privacy" stub, not a policy.
export const MIN_POLICY_WORDS = 120;

export type AnalysisOutcome = 'policy' | 'not-policy' | 'too-short' | 'non-english';

/** What the popup should say about an analysed text; only 'policy' outcomes are kept and badged. */
export function outcomeOf(summary: PolicySummary): AnalysisOutcome {
  if (summary.wordCount < MIN_POLICY_WORDS) return 'too-short';
  if (summary.language !== 'en') return 'non-english';
  return summary.isPolicy ? 'policy' : 'not-policy';
}
