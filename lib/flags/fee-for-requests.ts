import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

// The GDPR lets a controller charge only for unfounded or excessive requests; repeating that exception is
// not a fee on ordinary requests, so it does not raise the flag.
const STATUTORY_EXCEPTION = /\b(?:unfounded|excessive|repetitive)\b/i;

// The fee must be for the reader's requests about their data, not for refunds or deliveries.
const ABOUT_REQUESTS = /\b(?:requests?|access|cop(?:y|ies)|rights?|information|data)\b/i;

const CUES = defineCues([
  {
    match:
      /\bcharge\s+(?:you\s+)?(?:an?\s+)?(?:reasonable|nominal|small|modest|administrative|processing|fair)?\s*(?:administrative\s+)?fee\b/,
    also: ABOUT_REQUESTS,
    unless: STATUTORY_EXCEPTION,
    reason: 'a fee charged for handling the reader’s request',
  },
  {
    match: /\b(?:reasonable|nominal|administrative|processing|handling) (?:fee|charge)\b/,
    also: ABOUT_REQUESTS,
    unless: STATUTORY_EXCEPTION,
    reason: 'a reasonable or administrative fee',
  },
]);

export const feeForRequests: FlagRule = {
  id: 'fee-for-requests',
  severity: 'low',
  title: 'Fee for requests',
  explanation:
    'You may be charged a fee for exercising your rights (for example, to get a copy of your data).',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES));
  },
};
