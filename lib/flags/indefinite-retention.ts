import { dataRetention } from '../analyze/facts/retention-cookies';
import { nonEmpty, uniqueEvidence } from './cues';
import type { FlagRule } from './types';

export const indefiniteRetention: FlagRule = {
  id: 'indefinite-retention',
  severity: 'high',
  title: 'Keeps data indefinitely',
  explanation: 'Some data is kept with no time limit.',
  test({ facts }) {
    // A cookie that never expires is a lifetime in the reader's browser, not data the organisation keeps.
    return nonEmpty(
      uniqueEvidence(
        dataRetention(facts.retention)
          .filter((r) => r.period.kind === 'indefinite')
          .flatMap((r) => r.evidence),
      ),
    );
  },
};
