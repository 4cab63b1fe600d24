import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

const CUES = defineCues([
  {
    // The act comes first and the reader agrees after it, in one clause: "by visiting www.example.com, you
    // accept …". A dot inside a web address does not end the clause.
    match:
      /\bby (?:(?:simply|merely) )?(?:using|visiting|accessing|browsing|continuing to (?:use|browse|access|visit)|submitting|providing|registering|downloading|installing|interacting)\b(?:[^.;:!?]|\.(?=\S)){0,160}?\b(?:you|users)\b(?:[^.;!?]|\.(?=\S)){0,80}?\b(?:agree|agreeing|consent|consenting|accept|accepting|acceptance|acknowledge|signify|bound)/,
    reason: '"by using / visiting / providing … you agree / consent"',
  },
  {
    match:
      /\b(?:use of|using) (?:the|our|this) (?:site|website|services?|apps?|application|platform)\b[^.;]{0,60}?\b(?:constitutes|signifies|indicates|means|confirms)\b/,
    reason: '"your use of the site constitutes acceptance"',
  },
]);

export const consentByUse: FlagRule = {
  id: 'consent-by-use',
  severity: 'medium',
  title: 'Consent by merely using the site',
  explanation:
    'Using the site is treated as agreeing to the policy, rather than asking for your consent.',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES));
  },
};
