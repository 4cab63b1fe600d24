import type { DataType } from '../schema';
import { nonEmpty, uniqueEvidence } from './cues';
import type { FlagContext, FlagRule } from './types';

// Data whose misuse harms most: it identifies officially, cannot be changed, or reveals health or whereabouts.
const SENSITIVE: ReadonlyMap<DataType, string> = new Map<DataType, string>([
  ['government-id', 'government ID'],
  ['biometric', 'biometric data'],
  ['health', 'health data'],
  ['precise-location', 'precise location'],
]);

function sensitiveFindings({ facts }: FlagContext) {
  return facts.dataCollected.filter((d) => SENSITIVE.has(d.type));
}

export const sensitiveData: FlagRule = {
  id: 'sensitive-data',
  severity: 'high',
  title: 'Collects sensitive data',
  explanation:
    'The policy collects sensitive data: government ID, biometric, health or precise location data.',
  explain(ctx) {
    const kinds = sensitiveFindings(ctx).map((d) => SENSITIVE.get(d.type));
    return `The policy collects sensitive data: ${kinds.join(', ')}.`;
  },
  test(ctx) {
    return nonEmpty(uniqueEvidence(sensitiveFindings(ctx).flatMap((d) => d.evidence)));
  },
};
