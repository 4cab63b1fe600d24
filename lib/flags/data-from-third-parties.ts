import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

const SOURCES =
  '(?:third[- ]part(?:y|ies)|other (?:sources|companies|services|websites)|(?:our |business |marketing |advertising )?partners|social (?:media|networks?|platforms?|log-?ins?)|data brokers|(?:publicly|commercially) available sources|public (?:sources|databases|records|directories)|your employer|credit (?:reference |reporting )?agencies|affiliates|analytics providers)';

// "To stop receiving promotional information from third parties": the reader receives, not the company.
const READER_RECEIVES =
  /\b(?:you|users?)\s+(?:may |will |would |can |to )?(?:receive|get)\b|\b(?:stop|discontinue|opt out of|to) receiv\w*|\bopportunity to receive\b/i;

const CUES = defineCues([
  {
    match: new RegExp(
      `\\b(?:receiv|obtain|collect|get|gets|acquir|gather|combin|supplement)\\w*\\b[^.;]{0,80}?\\bfrom\\s+(?:\\w+\\s+){0,3}?${SOURCES}`,
    ),
    also: /\b(?:information|data|details)\b/i,
    unless: READER_RECEIVES,
    reason:
      'information received, obtained or combined from third parties, partners, social networks or brokers',
  },
  {
    match:
      /\b(?:receiv|obtain|get)\w*\s+(?:\w+\s+){0,4}?(?:information|data|details)\s+(?:about you\s+)?from\s*:/,
    reason: '"we may also receive information from:" followed by a list of other sources',
  },
  {
    match: new RegExp(
      `\\b(?:purchas|buy|licens|rent)\\w*\\s+(?:\\w+\\s+){0,3}?(?:data|information|lists|records)\\b[^.;]{0,60}?\\bfrom\\s+(?:\\w+\\s+){0,3}?${SOURCES}`,
    ),
    reason:
      'data bought or licensed from brokers or other companies (buying goods from a vendor is not)',
  },
  {
    match: new RegExp(`\\bsources?\\b[^.;]{0,200}?\\bfrom\\s+(?:\\w+\\s+){0,2}?${SOURCES}`),
    reason: 'a list of sources that includes someone other than the reader',
  },
]);

export const dataFromThirdParties: FlagRule = {
  id: 'data-from-third-parties',
  severity: 'low',
  title: 'Data from other sources',
  explanation:
    'The company also gets information about you from third parties, partners or social networks.',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES));
  },
};
