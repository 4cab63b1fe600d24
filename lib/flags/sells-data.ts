import { absenceEvidence, defineCues, findCueEvidence } from './cues';
import type { FlagRule } from './types';

// The facts stage decides whether the policy sells data; these cues only find the sentence to quote.
export const SALE_CUES = defineCues([
  {
    match: /\b(?:sell|sells|selling|sold|rent|rents|renting|lease|leases|leasing)\b/,
    unless:
      /\b(?:merger|acquisition|bankruptcy|reorgani[sz]ation|(?:business|company|assets) (?:is|are) sold)\b/,
    reason:
      'selling, renting or leasing verbs; a business sold in a merger is transfer-on-merger, not a sale of data',
  },
  {
    match: /\bsale of (?:your |the |their )?(?:personal )?(?:data|information)\b/,
    reason: '"sale of personal information", the CCPA wording',
  },
]);

export const sellsData: FlagRule = {
  id: 'sells-data',
  severity: 'high',
  title: 'Sells your data',
  explanation:
    'The policy says your personal information may be sold or rented to other companies.',
  test({ doc, facts }) {
    if (facts.sharing.sellsData !== 'yes') return null;
    const quoted = findCueEvidence(doc, SALE_CUES, { negation: 'skip' });
    return quoted.length > 0 ? quoted : absenceEvidence(doc, 'sharing');
  },
};
