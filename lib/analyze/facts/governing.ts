import { clauseBefore, hasNegation } from './negation';
import { allMatches } from '../../text/matches';

// Which verb governs a noun in a sentence, and whether that verb is affirmed. "We do not collect, store or sell
// health data" denies all three verbs; "These websites may collect data" is someone else's practice; "when you
// use our site, we collect your IP address" is governed by "collect", not by the user's "use".

export interface VerbHit {
  start: number;
  end: number;
  /** The practice is stated for the organisation and not denied. */
  affirmed: boolean;
  /** The user (or a visitor) is the subject: such verbs neither govern nor deny what follows. */
  userSubject: boolean;
}

/** Modal and adverb words that may stand between a subject and its verb. */
const BETWEEN = String.raw`(?:(?:may|might|can|could|will|would|shall|should|must|also|automatically|independently|directly|then|sometimes|separately|generally|typically|usually|only|still|do|does|did|not|never|be|is|are|have|has)\s+){0,3}$`;

/** Subjects whose practices are not the organisation's own. */
const OTHER_SUBJECT = new RegExp(
  String.raw`\b(?:(?:third[- ]part(?:y|ies)|ad|advertising|analytics|social(?: media)?|other|external|linked|outside|these|such|those|originating)\s(?:[\w-]{1,20}\s){0,2}(?:networks?|companies|servers?|sites?|websites?|services|applications|apps|platforms?|plugins?|widgets?|providers?|partners?|vendors?|parties|advertisers|technologies|tools|users|people)|third[- ]part(?:y|ies)|they|advertisers|partners|providers|vendors|which|who|phishers|hackers|fraudsters)\s+` +
    BETWEEN,
  'i',
);

const USER_SUBJECT = new RegExp(
  String.raw`\b(?:you|users?|visitors?|customers?|individuals?)\s+` + BETWEEN,
  'i',
);

/** Verbs a user performs that hand data to the organisation, so they still count as collection. */
const USER_GIVES = /^(?:provid|submit|giv|enter|upload|send|sent|shar|fill|post|supply|supplie)/i;

/** Text between two verbs that makes the second share the first's subject and polarity ("collect, store or"). */
const COORDINATED = /^[\s,]*(?:(?:and|or|nor|and\/or)\s+)?(?:(?:also|then|otherwise)\s+)?$/i;

/** "collect data about you, use cookies and ...": a verb after a list separator with no new subject. */
function sharesSubject(between: string): boolean {
  // "advertisers may use cookies to collect ...": a purpose infinitive has the subject of the verb before it.
  if (
    between.length <= 60 &&
    /\bto\s*$/.test(between) &&
    !/[.;:!?]|\b(?:we|us|you|they)\b/i.test(between)
  )
    return true;
  if (between.length > 80 || /[.;:!?()]/.test(between) || !/,|\b(?:and|or)\b/.test(between))
    return false;
  const last = between.split(/,|\b(?:and|or|also|then)\b/).pop() ?? '';
  return /^\s*$/.test(last);
}

/** Finds `verbs` in `text` and decides for each whether it states an affirmed practice of the organisation. */
export function findVerbs(text: string, verbs: RegExp): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of allMatches(verbs, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = hits[hits.length - 1];
    if (
      prev &&
      (COORDINATED.test(text.slice(prev.end, start)) || sharesSubject(text.slice(prev.end, start)))
    ) {
      hits.push({ start, end, affirmed: prev.affirmed, userSubject: prev.userSubject });
      continue;
    }
    const clause = clauseBefore(text, start, { maxChars: 70 });
    const userSubject = USER_SUBJECT.test(clause) && !USER_GIVES.test(m[0]);
    const negated = hasNegation(clause);
    // "Our analytics providers collect ..." act for the organisation; "third-party sites collect ..." do not.
    const other =
      OTHER_SUBJECT.test(clause) &&
      !/\b(?:we|us)\b/i.test(clause.slice(-25)) &&
      !/\bour\s(?:[\w-]{1,20}\s){0,2}(?:providers?|partners?|vendors?|processors?|contractors?|agents?)\b/i.test(
        clause,
      );
    hits.push({ start, end, affirmed: !negated && !other, userSubject });
  }
  return hits;
}

/**
 * The verb that governs a noun at `[start, end)`: the nearest organisation verb before it, or, for passives
 * ("your email is collected"), the first after it. Null when the sentence has no such verb.
 */
export function governingVerb(
  hits: readonly VerbHit[],
  start: number,
  end: number,
): VerbHit | null {
  let before: VerbHit | null = null;
  for (const hit of hits) {
    if (hit.userSubject) continue;
    if (hit.end <= start) before = hit;
    else if (hit.start >= end && !before) return hit;
  }
  return before;
}
