import { absenceEvidence, findCueEvidence } from './cues';
import { SALE_CUES } from './sells-data';
import type { FlagRule } from './types';

export const doesNotSell: FlagRule = {
  id: 'does-not-sell',
  severity: 'good',
  title: 'Does not sell your data',
  explanation: 'The policy states that your personal information is not sold.',
  test({ doc, facts }) {
    if (facts.sharing.sellsData !== 'no') return null;
    const quoted = findCueEvidence(doc, SALE_CUES, { negation: 'only' });
    return quoted.length > 0 ? quoted : absenceEvidence(doc, 'sharing');
  },
};
