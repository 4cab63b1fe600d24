import { defineCues, findCueEvidence, nonEmpty } from './cues';
import { mergeEvidence, recipientEvidence } from './facts-evidence';
import type { FlagRule } from './types';

const DISCLOSING =
  /\b(?:disclos\w*|shar(?:e|es|ed|ing)|provid\w*|releas\w*|transfer\w*|respond\w*|comply\w*|hand(?:ed)? over|give)\b/i;

const CUES = defineCues([
  {
    match:
      /\b(?:law enforcement|subpoenas?|court orders?|search warrants?|legal process|government(?:al)? (?:requests?|authorit(?:y|ies)|agenc(?:y|ies)|departments?|bod(?:y|ies))|public (?:authorit(?:y|ies)|institutions)|police|legal authorit(?:y|ies)|national security|tax authorit(?:y|ies))\b/,
    also: DISCLOSING,
    unless: /\bcomplain/i,
    reason: 'disclosure to law enforcement, courts or government bodies',
  },
  {
    match:
      /\b(?:(?:required|requested|compelled|obliged|obligated) (?:to do so )?by (?:law|a court|applicable law)|to comply with (?:a |any |an |applicable |our )?(?:\w+ )?(?:legal|law|laws|regulatory|statutory))\b/,
    also: /\b(?:disclos\w*|shar(?:e|ed|ing)|releas\w*|transfer\w*)\b/i,
    reason: 'disclosure when the law requires it',
  },
]);

export const lawEnforcementDisclosure: FlagRule = {
  id: 'law-enforcement-disclosure',
  severity: 'low',
  title: 'Disclosure to authorities',
  explanation:
    'Your data may be handed to law enforcement, courts or government bodies when they ask or the law requires.',
  test({ doc, facts }) {
    return nonEmpty(
      mergeEvidence(findCueEvidence(doc, CUES), recipientEvidence(facts, ['government'])),
    );
  },
};
