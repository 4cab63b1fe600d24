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
  explanation: string;
  /** The evidence that raises the flag, or null when it does not apply. */
  test(ctx: FlagContext): Evidence[] | null;
}
