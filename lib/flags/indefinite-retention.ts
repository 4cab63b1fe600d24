import { nonEmpty, uniqueEvidence } from './cues';
import type { FlagRule } from './types';

export const indefiniteRetention: FlagRule = {
  id: 'indefinite-retention',
  severity: 'high',
  title: 'Keeps data indefinitely',
  explanation: 'Some data is kept with no time limit.',
  test({ facts }) {
    return nonEmpty(
      uniqueEvidence(
        facts.retention.filter((r) => r.period.kind === 'indefinite').flatMap((r) => r.evidence),
      ),
    );
  },
};
