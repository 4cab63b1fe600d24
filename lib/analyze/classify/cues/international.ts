import { GAP, type CueRow } from './types';

// International transfers: data crossing borders, and the safeguards that go with it.
export const INTERNATIONAL_CUES: readonly CueRow[] = [
  {
    match: `\\b(?:transfer|transfers|transferred|transferring|process|processed|store|stored|hosted|moved?|located|maintained)\\b${GAP}\\b(?:outside (?:of )?(?:the |your )?(?:eea|european|uk|united kingdom|country|countries|jurisdiction|switzerland|eu)|(?:other|another|third|foreign) countr(?:y|ies)|countries other than|across (?:national )?borders|abroad|overseas|in the united states|to the united states|in the u\\.s\\.|to the u\\.s\\.)`,
    weight: 1,
    reason: 'transfers across borders',
  },
  {
    match: `\\b(?:standard contractual clauses|model (?:contract(?:ual)? )?clauses|privacy shield|safe harbou?r|adequacy decisions?|adequate (?:level of )?(?:data )?protection|binding corporate rules|cross-border|international (?:data )?transfers?|data privacy framework|transfer mechanisms?)\\b`,
    weight: 1,
    reason: 'transfer safeguards',
  },
  {
    match: `\\b(?:countries|jurisdictions) (?:that|which|whose) (?:may )?(?:not )?(?:have|provide|offer)${GAP}\\b(?:data protection|privacy) (?:laws|rules|standards)`,
    weight: 1,
    reason: 'weaker laws abroad',
  },
];
