import { dataRetention } from '../analyze/facts/retention-cookies';
import { absenceEvidence } from './cues';
import type { FlagRule } from './types';

export const noRetentionPeriod: FlagRule = {
  id: 'no-retention-period',
  severity: 'medium',
  title: 'No retention period',
  explanation:
    'Nothing in the policy says how long your data is kept. The quote shows where it was looked for: the start of its retention section, or the policy’s opening line.',
  test({ doc, facts }) {
    // Cookie lifetimes ("session cookies end when you close the browser") say nothing about the data kept.
    return dataRetention(facts.retention).length === 0 ? absenceEvidence(doc, 'retention') : null;
  },
};
