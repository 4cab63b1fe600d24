import { evidenceOf } from '../analyze/types';
import { candidateSentences, defineCues, isNegatedAt, matchCue, nonEmpty } from './cues';
import type { Evidence } from '../schema';
import type { FlagRule } from './types';

const SHARE_VERBS =
  /\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|provide|provides|provided|transfer|transfers|transferred|sell|sold|rent|pass|passed|give|make\s+(?:\w+\s+)?available)\b/i;

const CUES = defineCues([
  {
    match:
      /(?<!\bwe (?:and|or|&) )\b(?:(?:our|trusted|selected|select|certain|various|business|marketing|advertising|commercial|strategic|overseas|third[- ]party|other|external) partners|(?:other|trusted|selected|certain|select|various|unaffiliated|outside) third[- ]parties|(?:other|selected) (?:companies|organi[sz]ations|businesses))\b/,
    also: SHARE_VERBS,
    reason:
      'data shared with "partners" or "other third parties" described by nothing but that word; in "we and our partners" they are a subject, not a recipient',
  },
]);

export const vagueSharing: FlagRule = {
  id: 'vague-sharing',
  severity: 'medium',
  title: 'Vague sharing',
  explanation:
    'Data may be shared with "partners" or "other third parties" the policy does not name.',
  test({ doc, facts }) {
    // A sentence that also names its recipient (as the facts stage found it) is not vague.
    const named = new Set(
      facts.sharing.recipients.filter((r) => r.name).flatMap((r) => r.evidence.map((e) => e.start)),
    );
    const out: Evidence[] = [];
    for (const { sentence, text } of candidateSentences(doc, CUES)) {
      if (named.has(sentence.start) || matchCue(text, CUES) === null) continue;
      // "We do not share … with unaffiliated third parties": the denial sits on the verb, far from the recipient.
      const verb = SHARE_VERBS.exec(text);
      if (verb && isNegatedAt(text, verb.index)) continue;
      out.push(evidenceOf(sentence));
      if (out.length >= 3) break;
    }
    return nonEmpty(out);
  },
};
