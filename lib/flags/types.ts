import type { Evidence, Severity } from '../schema';
import type { Facts, PolicyDocument } from '../analyze/types';

export interface FlagContext {
  doc: PolicyDocument;
  facts: Facts;
}

/** One red (or good) flag: lib/flags/<id>.ts exports one of these; lib/flags/index.ts lists them all. */
export interface FlagRule {
  id: string;
  severity: Severity;
  title: string;
  /** The general explanation, shown when explain() is absent. */
  explanation: string;
  /** An explanation built from the facts, for flags whose point is the particulars (which sensitive data, …). */
  explain?(ctx: FlagContext): string;
  /** The evidence that raises the flag (never empty), or null when it does not apply. */
  test(ctx: FlagContext): Evidence[] | null;
}
