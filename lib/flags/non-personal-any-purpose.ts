import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

const CUES = defineCues([
  {
    match:
      /\b(?:for (?:any|all) (?:\w+ ){0,2}?purposes?(?! other than| except)|without (?:any )?(?:restrictions?|limitations?))\b/,
    also: /\b(?:non[- ]?personal|aggregated?|de-?identified|anonymi[sz]ed|anonymous|pseudonymi[sz]ed|statistical)\b/i,
    reason: '"non-personal" or aggregate information used for any purpose, without limits',
  },
]);

export const nonPersonalAnyPurpose: FlagRule = {
  id: 'non-personal-any-purpose',
  severity: 'medium',
  title: '"Non-personal" data used for anything',
  explanation:
    'Information the policy calls non-personal, aggregate or de-identified may be used for any purpose, though such data can often be linked back to you.',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES));
  },
};
