// What a retention statement applies to: "Security logs: retained for 60 days" → "security logs"; "We keep
// contact messages for 14 months" → "contact messages"; "Log files are deleted after 90 days" → "log files".
// Policies phrase these in three shapes (a label before a colon, an active object, a passive subject), so a
// few positional rules find the phrase more reliably, and far faster, than a general noun-phrase chunker.

const LABEL = /^(?:[-*•‣◦▪–]\s*)?(?:[a-z0-9]{1,3}[.)]\s+)?([A-Za-z][^:]{1,60}):\s/;
const PARENS = /\s*\([^()]{0,80}\)/g;
const LEADING_DETERMINERS =
  /^(?:(?:the|a|an|all|any|your|our|their|its|such|this|that|these|those|certain|some|other|most|each|personal|of|and)\s+)+/i;

const ACTIVE_VERB =
  /\b(?:retain|retains|keep|keeps|store|stores|hold|holds|maintain|maintains|preserve|preserves|archive|archives|delete|deletes|erase|erases|purge|purges|remove|removes|anonymi[sz]e|anonymi[sz]es)\s+/i;
const PASSIVE =
  /\b(?:is|are|will be|may be|can be|shall be|would be|might be|be|get|gets)\s+(?:\w+\s+)?(?:retained|kept|stored|held|maintained|preserved|archived|deleted|erased|purged|removed|anonymi[sz]ed|destroyed|discarded|expire|expires)\b/i;
const SUBJECT_VERB = /\b(?:expire|expires|last|lasts|remain|remains|persist|persists)\b/i;
const PHRASE_END =
  /\s(?:for|until|after|as|in|on|while|whilst|to|from|unless|only|when|if|up to|no|within|during|at|by|so|because|which|that|and then|or until)\b|[,;.()]/i;

/** Colon labels that introduce a remark or a right rather than the data concerned. */
const NOT_A_LABEL =
  /^(?:note|notes|example|e\.g|important|please note|tip|caution|warning|access|correct|erase|delete|object|restrict|transfer|withdraw consent|right to [\w ]+)$/i;
const GENERIC =
  /^(?:we|us|you|it|they|them|this|that|these|those|data|information|it for|records?)$/i;
const MAX_WORDS = 6;
/** A phrase that starts with a conjunction, pronoun or verb is a clause fragment, not a noun phrase. */
const NOT_A_NOUN_START =
  /^(?:or|and|but|it|them|we|you|up|not|will|indefinitely|permanently|forever|delete|deleted|anonymi[sz]e|remove|erase|retain|keep|store|use|process|provide)\b/i;

function tidy(phrase: string): string | null {
  let out = phrase.replace(PARENS, '').replace(/\s+/g, ' ').trim();
  out = out
    .replace(LEADING_DETERMINERS, '')
    .replace(
      /(?:(?:^|\s)(?:will|may|can|shall|would|might|also|generally|typically|usually|is|are))+$/i,
      '',
    )
    .replace(/[\s,.;:]+$/, '');
  const words = out.split(' ').filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return null;
  out = words.join(' ');
  if (GENERIC.test(out) || !/[a-z]/i.test(out) || NOT_A_NOUN_START.test(out)) return null;
  // Lower-case ordinary words but keep acronyms and names ("IP addresses", "AIOS Firewall").
  return words.map((w) => (/^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w)).join(' ');
}

/** A short noun phrase naming what `sentence` says is kept, or null when it names nothing specific. */
export function retentionSubject(sentence: string): string | null {
  const label = LABEL.exec(sentence.replace(PARENS, ''));
  if (label && !/\b(?:we|you)\b/i.test(label[1]!) && !NOT_A_LABEL.test(label[1]!.trim()))
    return tidy(label[1]!);
  const passive = PASSIVE.exec(sentence);
  if (passive) {
    const before = sentence.slice(0, passive.index);
    const clause = before.split(/[,;:(]|\b(?:and|but|which|that|where|when|if)\s/i).pop() ?? '';
    const subject = tidy(clause);
    if (subject) return subject;
  }
  const active = ACTIVE_VERB.exec(sentence);
  if (active) {
    const after = sentence.slice(active.index + active[0].length);
    const end = PHRASE_END.exec(after);
    const subject = tidy(end ? after.slice(0, end.index) : after.slice(0, 60));
    if (subject) return subject;
  }
  const own = SUBJECT_VERB.exec(sentence);
  if (own) {
    const clause =
      sentence
        .slice(0, own.index)
        .split(/[,;:(]/)
        .pop() ?? '';
    const subject = tidy(
      clause.replace(/\b(?:will|may|can|shall|would|might|generally|typically|usually)\s*$/i, ''),
    );
    if (subject) return subject;
  }
  return null;
}
