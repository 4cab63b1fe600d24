// "We do not store your card number": data the organisation handles but does not keep. That is the shortest
// retention period there is, so it is reported as a 0-day duration (the popup reads it "Not kept") rather than
// as "as long as necessary", which would tell the reader the data is kept for some unstated time.
//
// Only a plain denial counts. A denial with a bound or a manner after it is about how or how long, not whether:
// "we do not keep it longer than necessary", "not kept after the order ships" (as long as necessary, read by the
// period rules), "we do not store passwords in plain text", "not stored outside the EU" (no period at all). A
// denial coordinated with another verb, "we do not store or process health data", says the data is not handled
// at all: a statement about collection, left to the period rules as before.

/** A denial of keeping: "we do not store", "we never retain", "is not kept". */
const DENIAL =
  /\b(?:(?:do|does|did|will|shall|would) (?:not|never)|don['’]t|doesn['’]t|won['’]t|never) (?:[a-z]+ly )?(?:keep|retain|store|hold|save|maintain)\b|\b(?:is|are|will be|be) (?:not|never) (?:[a-z]+ly )?(?:kept|retained|stored|held|saved)\b/gi;

/** Another verb joined to the denied one: the sentence denies handling the data, not keeping it. */
const COORDINATED =
  /^\s*(?:,\s*|\s(?:or|and|nor)\s+)(?:(?:otherwise|in any way|ever|also)\s+)?(?:,\s*)?(?:or\s+|and\s+|nor\s+)?(?:[a-z]+ly\s+)?(?:collect|collected|process|processed|use|used|share|shared|sell|sold|receive|received|access|accessed|request|requested|ask|have|see|obtain|obtained|gather|gathered|disclose|disclosed|transfer|transferred|rent|trade|contact|publish|transmit|display|read|record|track|monitor|analy[sz]e)\b/i;

/** Where the denied phrase ends: the next clause (or an exception, kept data of its own) is about something else. */
const CLAUSE_END =
  /[;:(]|,\s*(?:and|but|so|as|because|which|since|nor|instead|rather)\b|\s(?:and|but|so) (?:we|it|they|you|our|this|these|those|the|all|any)\b|,?\s(?:except|other than|apart from|aside from)\b/i;

/** A bound or condition after the denial: "longer than necessary", "after the order ships", "indefinitely". */
const BOUNDED =
  /\b(?:for|longer|long|beyond|after|past|until|unless|once|following|than|more|anymore|when|whenever|while|if|indefinitely|permanently|forever|beyond)\b/i;
/** A manner or place after the denial: "in plain text", "outside the EU". Not a period of any kind. */
const MANNER =
  /\b(?:outside|unencrypted|encrypted|without|in (?:a |an )?(?:identifiable|readable|unencrypted|encrypted|plain|clear|raw|form|way|manner|format|combination))\b|\bin (?:the )?[A-Z]/;

/** A condition or another actor before the denial: "if we do not store", "you do not keep". */
const NOT_OURS_BEFORE = /\b(?:if|unless|whether|you|users?)\s+(?:\w+\s+){0,1}$/i;

/** What the denial at `match` in `text` says: plain, qualified by a manner or place, or something else. */
function denialKind(text: string, match: RegExpExecArray): 'plain' | 'manner' | 'other' {
  const before = text.slice(Math.max(0, match.index - 30), match.index);
  if (NOT_OURS_BEFORE.test(before)) return 'other';
  let rest = text.slice(match.index + match[0].length);
  if (COORDINATED.test(rest)) return 'other';
  const end = CLAUSE_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  const stop = /[.!?](?:\s|$)/.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  if (BOUNDED.test(rest)) return 'other';
  return MANNER.test(rest) ? 'manner' : 'plain';
}

export interface Denial {
  index: number;
  length: number;
  /** "plain": nothing is kept (a 0-day period); "manner": how or where it is not kept (no period). */
  kind: 'plain' | 'manner';
}

/**
 * The denials of keeping in `text` that say nothing is kept, or only how or where it is not kept; bounded
 * denials ("not kept longer than necessary") are left to the period rules.
 */
export function denialsOfKeeping(text: string): Denial[] {
  if (!/\bnot\b|n['’]t\b|\bnever\b/i.test(text)) return [];
  const out: Denial[] = [];
  DENIAL.lastIndex = 0;
  for (const m of text.matchAll(DENIAL)) {
    const kind = denialKind(text, m);
    if (kind !== 'other') out.push({ index: m.index, length: m[0].length, kind });
  }
  return out;
}
