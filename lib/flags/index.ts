import type { Flag } from '../schema';
import type { Facts, PolicyDocument } from '../analyze/types';
import type { FlagRule } from './types';

// STAGE STUB (owner: flags helper): the one list of rules.
export const FLAG_RULES: readonly FlagRule[] = [];

export function evaluateFlags(doc: PolicyDocument, facts: Facts): Flag[] {
  const flags: Flag[] = [];
  for (const rule of FLAG_RULES) {
    const evidence = rule.test({ doc, facts });
    if (evidence)
      flags.push({ id: rule.id, severity: rule.severity, title: rule.title, explanation: rule.explanation, evidence });
  }
  return flags;
}
