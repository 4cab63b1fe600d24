// What a retention statement applies to: "Security logs: retained for 60 days" → "security logs"; "We keep
// contact messages for 14 months" → "contact messages"; "Log files are deleted after 90 days" → "log files".
// Policies phrase these in three shapes (a label before a colon, an active object, a passive subject), so a
// few positional rules find the phrase more reliably, and far faster, than a general noun-phrase chunker.

const LABEL = /^(?:[-*•‣◦▪–]\s*)?(?:[a-z0-9]{1,3}[.)]\s+)?([A-Za-z][^:]{1,60}):\s/;
const VERB_ADVERBS =
  /^(?:(?:indefinitely|permanently|securely|only|also|temporarily|forever|automatically|routinely|generally),?\s+)+/i;
const CLAUSE_BREAKS = /[,;:(]|\b(?:but|which|that|where|when|if)\s/i;
const CLAUSE_BREAKS_AND = /[,;:(]|\b(?:and|but|which|that|where|when|if)\s/i;
const AUXILIARY =
  /\b(?:is|are|was|were|has|have|had|will|would|can|may|must|should|do|does|did)\b/i;

/** The first use of `verb` as a verb: a capitalised word inside a sentence is a name ("National Archives"). */
function verbAt(verb: RegExp, sentence: string): RegExpExecArray | null {
  let from = 0;
  for (let i = 0; i < 5; i++) {
    const m = verb.exec(sentence.slice(from));
    if (!m) return null;
    const index = from + m.index;
    if (index === 0 || !/^[A-Z]/.test(m[0])) {
      m.index = index;
      return m;
    }
    from = index + m[0].length;
  }
  return null;
}

/** The first cell of a table row as the extractor flattens it: cells joined by " | ". */
const TABLE_ROW = /^([^|]{2,60}?)\s\|\s/;
const PARENS = /\s*\([^()]{0,80}\)/g;
const LEADING_DETERMINERS =
  /^(?:(?:except for|except|the|a|an|all|any|your|our|their|its|such|this|that|these|those|certain|some|other|most|each|personal|of|and|(?:entirety|rest|remainder|part|portion|copies|a copy) of)\s+)+/i;

// Verbs of keeping are tried before verbs of ending: in "when you delete your account, we retain your order
// history", what is kept is the order history; and a deletion the user performs ("you can delete your
// profile") names what the user removes, not what the organisation keeps.
const KEEP_VERB =
  /\b(?<!\byou (?:can |may |will |still )?)(?:retain|retains|keep|keeps|store|stores|hold|holds|maintain|maintains|preserve|preserves|archive|archives)\s+/i;
const END_VERB =
  /\b(?<!\byou (?:can |may |might |could )?)(?:delete|deletes|erase|erases|purge|purges|remove|removes|anonymi[sz]e|anonymi[sz]es)\s+/i;
const PASSIVE =
  /\b(?:(?:is|are|has|have|need|needs|ought) to be|must be|should be|could be|is|are|will be|may be|can be|shall be|would be|might be|be|get|gets)\s+(?:\w+\s+)?(?:retained|kept|stored|held|maintained|preserved|archived|deleted|erased|purged|removed|anonymi[sz]ed|destroyed|discarded|expire|expires)\b/i;
const SUBJECT_VERB = /\b(?:expire|expires|last|lasts|remain|remains|persist|persists)\b/i;
const PHRASE_END =
  /\s(?:for|until|after|as|in|on|while|whilst|to|from|unless|only|when|where|once|since|before|except|if|up to|no|within|during|at|by|so|because|which|that|and then|or until|and not|or not|about|with|longer|beyond|past|outside|indefinitely|permanently|forever|any longer)\b|[,;.()]/i;

/** Colon labels that introduce a remark or a right rather than the data concerned. */
const NOT_A_LABEL =
  /^(?:note|notes|example|e\.g|important|please note|tip|caution|warning|access|correct|erase|delete|object|restrict|transfer|withdraw consent|right to [\w ]+|(?:data |information )?(?:retention|storage|deletion)(?: policy| period| and deletion)?)$|^(?:for example|for instance|e\.g)\b/i;
const GENERIC =
  /^(?:we|us|you|it|they|them|this|that|these|those|data|information|it for|records?|a|an|the|your|our|their|its|any|all|some)$/i;
const MAX_WORDS = 6;
/** A clause opening with its subject, then a verb and its own words, then "and" before a second verb. */
const SHARED_SUBJECT =
  /^([^,;:()]{2,60}?)\s(?:is|are|was|were|will be|may be|can be)\s[^,;:]{0,120}\s(?:and|but)(?:\s(?:then|also|later))?\s*$/i;
/** A label naming whose data it is ("Registered users:"): the data itself is named after it. */
const PEOPLE_LABEL =
  /\b(?:users?|customers?|visitors?|members?|children|employees|applicants|candidates|subscribers|clients|patients)$/i;
/** Qualities kept, not data: "maintain the security of", "preserve user privacy", "keep it confidential". */
const NOT_DATA =
  /^(?:(?:user|your|the|our) )?(?:security|confidentiality|integrity|privacy|accuracy|safety|control|choice)(?:$|\s(?:of|and)\b)|\b(?:servers?|systems?|safeguards|measures|procedures|policies|practices|controls|standards|environment)$/i;
/** A participle after the noun opens its own phrase: "payment information provided by you" → "payment information". */
const TRAILING_PARTICIPLE =
  /(?<=\S)\s(?:provided|collected|submitted|received|given|shared|obtained|described|related|associated|gathered|generated|processed|sent|made|created|entered|placed|dropped|served|installed|used)\b.*$|\s(?:confidential|secure|safe|private|accurate|up to date)$/i;
/** A phrase that starts with a conjunction, pronoun or verb is a clause fragment, not a noun phrase. */
const NOT_A_NOUN_START =
  /^(?:or|and|but|which|who|whom|whose|that|after|before|once|until|while|about|from|with|for|in|on|at|by|to|into|within|it|them|we|you|up|not|will|indefinitely|permanently|forever|delete|deleted|anonymi[sz]e|remove|erase|retain|keep|store|use|process|provide)\b/i;

/** `phrase` as a retention subject: determiners and trailing modals removed, or null when it names nothing. */
export function tidy(phrase: string): string | null {
  let out = phrase
    .replace(PARENS, '')
    .replace(/["“”]/g, '')
    // "the data we collect", "the cookie you accept": the noun ends where its own clause begins.
    .replace(/(?<=\S)\s(?:we|you|they)\s.*$/i, '')
    .replace(TRAILING_PARTICIPLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  out = out
    .replace(LEADING_DETERMINERS, '')
    .replace(
      // Lower case only: "CAN" or "MAY" at the end is an acronym or a name, not a modal verb.
      /(?:(?:^|\s)(?:will|may|can|shall|would|might|also|generally|typically|usually|normally|automatically|still|only|always|never|not|is|are|do|does))+$/,
      '',
    )
    .replace(/[\s,.;:]+$/, '');
  const words = out.split(' ').filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return null;
  out = words.join(' ');
  if (GENERIC.test(out) || !/[a-z]/i.test(out) || NOT_A_NOUN_START.test(out) || NOT_DATA.test(out))
    return null;
  // Lower-case ordinary words but keep acronyms and names ("IP addresses", "AIOS Firewall").
  return words.map((w) => (/^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w)).join(' ');
}

/** A relative pronoun opening the clause: its noun is the phrase before it ("cookies, which last a year"). */
const RELATIVE = /^\s*(?:which|that|who)\s*$/i;
const OBJECT_OF =
  /^\s*(?:we|you|they|it|this (?:site|website|service|app)|our (?:site|website|services?|app))\s+(?:\w+\s+)?(?:use|uses|set|sets|place|places|employ|employs|collect|collects|have|has|create|creates|generate|generates|record|records|send|sends|receive|receives)\s+/i;
const RELATIVE_END = /(?:,\s*|\s)(?:which|that|who)\s*$/i;
const COPULA_BEFORE = /^.*\b(?:is|are|was|were)\s+/i;

/** The clause of `before` that ends at the verb, stepping back over a relative pronoun to the noun it stands for. */
function subjectClause(before: string, breaks: RegExp): string {
  const trimmed = RELATIVE_END.test(before) ? before.replace(RELATIVE_END, '') : before;
  const pieces = trimmed.split(breaks);
  let clause = pieces.pop() ?? '';
  while (RELATIVE.test(clause) && pieces.length) clause = pieces.pop() ?? '';
  // "We use cookies that expire": the relative clause's noun is the object of the clause before it, and in
  // "session cookies are temporary cookies that expire" the complement after the copula.
  return trimmed === before ? clause : clause.replace(OBJECT_OF, '').replace(COPULA_BEFORE, '');
}

/** A short noun phrase naming what `sentence` says is kept, or null when it names nothing specific. */
export function retentionSubject(sentence: string): string | null {
  // A table row ("Server logs | 30 days"): the first cell names the data, as a label before a colon does.
  const row = TABLE_ROW.exec(sentence);
  if (row && !/\d/.test(row[1]!)) {
    const subject = tidy(row[1]!);
    if (subject) return subject;
  }
  const label = LABEL.exec(sentence.replace(PARENS, ''));
  if (
    label &&
    !/\b(?:we|you)\b/i.test(label[1]!) &&
    !NOT_A_LABEL.test(label[1]!.trim()) &&
    !PEOPLE_LABEL.test(label[1]!.replace(PARENS, '').trim())
  )
    return tidy(label[1]!);
  const passive = PASSIVE.exec(sentence);
  if (passive) {
    const before = sentence.slice(0, passive.index);
    // "and" joins two clauses ("your name is collected and log files are deleted") or two nouns ("data for
    // analysis and improvements is kept"): only a clause has an auxiliary verb before it.
    const breaks = AUXILIARY.test(before) ? CLAUSE_BREAKS_AND : CLAUSE_BREAKS;
    const subject = tidy(subjectClause(before, breaks));
    if (subject) return subject;
    // "Server logs are used for debugging and are deleted after 30 days": the second verb shares the first
    // clause's subject, the words before its auxiliary.
    const shared = SHARED_SUBJECT.exec(before);
    if (shared) {
      const first = tidy(shared[1]!);
      if (first) return first;
    }
  }
  for (const verb of [KEEP_VERB, END_VERB]) {
    const active = verbAt(verb, sentence);
    if (!active) continue;
    // "We retain indefinitely, the IP address ...": adverbs between the verb and its object are skipped.
    const after = sentence.slice(active.index + active[0].length).replace(VERB_ADVERBS, '');
    const end = PHRASE_END.exec(after);
    const subject = tidy(end ? after.slice(0, end.index) : after.slice(0, 60));
    if (subject) return subject;
  }
  const own = SUBJECT_VERB.exec(sentence);
  if (own) {
    const clause = subjectClause(sentence.slice(0, own.index), /[,;:(]/);
    const subject = tidy(
      clause.replace(/\b(?:will|may|can|shall|would|might|generally|typically|usually)\s*$/, ''),
    );
    if (subject) return subject;
  }
  return null;
}
