import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

const CUES = defineCues([
  {
    match:
      /\b(?:notify|notifies|inform|tell|alert|contact)\s+(?:\w+\s+){0,2}?(?:you|users|affected|individuals|customers|data subjects)\b/,
    also: /\b(?:breach(?:es)?|security incidents?|unauthori[sz]ed access to (?:your|personal))\b/i,
    reason: 'a promise to tell affected people about a data breach',
  },
]);

export const breachNotification: FlagRule = {
  id: 'breach-notification',
  severity: 'good',
  title: 'Tells you about breaches',
  explanation: 'The policy commits to notifying you if your data is involved in a security breach.',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES));
  },
};
