import type { Period, Retention } from '../../schema';
import type { PolicyDocument } from '../types';
import { FindingSet } from './findings';
import { isNegatedAt } from './negation';
import {
  COOKIE_MECHANISM_END,
  COOKIE_TOPIC,
  mayEndWithSession,
  NEVER_EXPIRES,
  SESSION_END,
  SESSION_TOKEN,
  sessionCookieEnds,
} from './retention-cookies';
import { denialsOfKeeping, type Denial } from './retention-not-kept';
import { retentionSubject, tidy } from './retention-subject';
import { sentenceInfos, type SentenceInfo } from './sentence-context';
import { registerAnyOf, sentencesWithAny } from '../../text/sentence-literals';

// How long data is kept. Only sentences about keeping or deleting data (or items listed under such a line or
// heading) are read, and within them a number of days, weeks, months or years counts unless it is a response
// deadline ("we respond within 30 days"), a notice period ("30 days' notice"), an age ("under 13 years"), a
// look-back window ("in the preceding 12 months") or a frequency ("every 12 months").

/** Verbs and nouns of keeping data. */
const KEEP_CUE =
  /\b(?:retain\w{0,3}|retention|keep(?! in mind)|keeps|keeping|kept|(?<!-)stor(?:e|ed|es|ing|age)|held|holds?|maintain\w{0,3}|preserv\w{1,3}|archiv\w{1,3}|remains?|persists?|log files)\b/i;
/** Verbs of ending retention, and cookie lifetimes. */
const END_CUE =
  /\b(?:delet\w{1,4}|eras(?:e|ed|es|ure)|purg\w{1,3}|anonymi[sz]\w{1,5}|de-?identif\w{1,6}|destr(?:oy|oyed|oys|uction)|expir\w{1,4}|lasts?|remov\w{1,4}|discard\w{0,3}|dispos\w{1,4}|overwrit\w{1,4}|disappear\w{0,3})\b/i;
const RETENTION_HEADING = /\b(?:retention|retain|how long|storage|keep|store|deletion)\b/i;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  'twenty four': 24,
  thirty: 30,
  'thirty-six': 36,
  'thirty six': 36,
  forty: 40,
  'forty-five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  hundred: 100,
  'one hundred': 100,
};
const UNIT_DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };

const NUMBER = String.raw`(\d{1,4}(?:\.\d{1,2})?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const DURATION = new RegExp(
  String.raw`\b${NUMBER}(?:\s?\(\d{1,4}\))?[\s-]{0,2}(?:calendar\s|business\s|working\s)?(hour|day|week|month|year)s?\b`,
  'gi',
);

/** Just before the number: the word that makes it something other than a retention period. */
const NOT_RETENTION_BEFORE =
  /(?:\b(?:age|aged|under|younger than|older than|the last|the past|the preceding|the previous|the prior|every|each|per|once|twice|times)\s*)$/i;
/** Just after the unit. */
const NOT_RETENTION_AFTER =
  /^(?:['’]s?)?\s*(?:(?:prior|advance|advanced|written)\s)?(?:notice|notification)|^[\s-]*(?:old|of[\s-]age|ago|of (?:your|the|a|receiving|receipt|its|their)\s?(?:request|receipt|notice|notification|inquiry|complaint)|(?:after|following|from) (?:the )?(?:notification|notice|receipt)|free|trial)\b|^\s*(?:to|in order to) (?:process|respond|complete|handle|fulfil|review|verify)/i;
/** A response, notice or processing deadline, when such a word stands shortly before the number. */
const DEADLINE_BEFORE =
  /\b(?:respond\w{0,3}|response|repl(?:y|ies)|answer\w{0,2}|acknowledg\w{1,4}|notif\w{1,6}|notice|resolv\w{1,3}|fulfil\w{0,3}|(?:process|handle|action|complete)(?:es|ed|ing)? (?:(?:your|the|a|any|such|all|these|those) )?(?:[\w-]+ )?requests?|extend\w{0,3}|verif\w{1,6}|confirm\w{0,3}|provide a solution)\b[^.;]{0,50}$/i;

/** A request named after what it asks for: "deletion request", "request for erasure". */
const REQUEST_NAME =
  /\b(?:delet\w{1,4}|erasure|removal|retention)[\s-](?:requests?|forms?)\b|\brequests? (?:for|to) (?:the )?(?:delet\w{1,4}|erasure|erase|removal|remove)\b/gi;

const USER_REQUEST =
  /\byou (?:can|may|have the right to|are entitled to) (?:ask|request|require|obtain)\b|\bright (?:to|of) (?:erasure|deletion|delete|be forgotten|object|restrict)\b/i;

/** The organisation itself keeping something, which outweighs a user-request framing. */
const ORG_KEEPS =
  /\b(?:we|us)\b[^.;]{0,30}\b(?:retain|keep|kept|store|hold|maintain|preserve)|\b(?:be|is|are) (?:retained|kept|stored|held|maintained|preserved)\b/i;

const RESPONSE_WORD =
  /\b(?:respond\w{0,3}|response|repl(?:y|ies)|answer\w{0,2}|acknowledg\w{1,4})\b/i;

interface PeriodRule {
  kind: Period['kind'];
  pattern: RegExp;
  /** Only counts next to a verb of keeping (not "required by law" in a sentence about disclosure). */
  needsKeep?: boolean;
  /** A denial of the phrase is still this kind ("we do not keep it longer than necessary"). */
  negationAllowed?: boolean;
  reason: string;
}

const PERIOD_RULES: readonly PeriodRule[] = [
  {
    kind: 'indefinite',
    pattern:
      /\bindefinite(?:ly)?\b|\b(?:retain\w{0,3}|stor\w{1,3}|kept|keep|held|archiv\w{1,3}|maintain\w{0,3}) (?:[\w-]+ ){0,3}permanently\b|\bpermanently (?:retain\w{0,3}|stor\w{1,3}|kept|keep|held|archiv\w{1,3}|maintain\w{0,3})\b|\bforever\b|\bin perpetuity\b|\bno (?:set |fixed |specific |particular )?time limit\b|\bwithout (?:a |any )?time limit\b|\bas long as (?:we|the company) (?:see fit|deem (?:it )?(?:appropriate|fit|useful)|wish|choose|want)\b/i,
    reason:
      'no end: "indefinitely", "permanently retained", "no time limit", "as long as we see fit"',
  },
  {
    kind: 'indefinite',
    pattern:
      /\b(?:not|never) (?:be )?(?:automatically )?(?:deleted|removed|erased|purged)\b|\bnot deleted\b|\beven (?:after|when|if|though) (?:you|they|both parties|users?|the user|an? \w+)\b[^.;]{0,30}\b(?:delete|close|cancel|remove)|\bas long as [^.;]{0,30}\b(?:relevant|useful|valuable) (?:for|to) (?:our|its) business\b|\bpersist\w{0,2} (?:even )?after you delete\b|\b(?:may|might) not be able to (?:delete|remove)\b|\bcannot (?:be )?(?:delete|remove|erase)d? (?:all|it|them|your)\b/i,
    negationAllowed: true,
    reason: 'data that is never deleted, even on request',
  },
  {
    kind: 'indefinite',
    pattern:
      /\b(?:retain\w{0,3}|keep|kept|stor(?:e|es|ed|ing)|maintain\w{0,3}|archiv\w{1,3})\b[^.;]{0,60}\b(?:removed|deleted|erased)\s(?:data|information|PII|content|messages|files|personal|posts|comments|accounts?)\b|\bcopies of (?:your |any )?(?:deleted|removed|erased)\b/i,
    reason: 'deleted or removed data still kept: no end to its retention',
  },
  {
    kind: 'as-long-as-necessary',
    pattern:
      /\bas long as (?:(?:is |it is |they are |we |reasonably |strictly |legally )*(?:necessary|needed|required|relevant|useful|need|appropriate|permitted)|(?:we|you|your|the|an?|such) [^.;]{0,60}?\b(?:need|needs|needed|require|requires|required|active|open|maintain|use|have|has|remain|remains|subscribe|subscribed|registered|account|exists?))\w*/i,
    negationAllowed: true,
    reason: '"as long as necessary", "as long as your account is active"',
  },
  {
    kind: 'as-long-as-necessary',
    pattern:
      /\bno longer than (?:is |it is )?(?:necessary|needed|required|reasonably|strictly|legally)|\b(?:for|during) the (?:period|length of time|time|duration|term|life(?:time)?|life cycle) (?:necessary|needed|required|of (?:your|the|our|this|that|such|any|its))|\bfor the duration\b|\b(?:while|whilst|so long as) (?:your|the|you|an|such|they|it)\b|\buntil (?:you|your|the|such time|we no longer|it is no longer|they are no longer|no longer|expiry|deletion|it expires|they expire)\b|\b(?:shortest|minimum|limited) (?:period|time|amount of time)\b|\b(?:a|for a|for some|some) (?:reasonable|commercially reasonable|limited|certain|short) (?:period|time|amount of time)|\bno longer (?:needed|necessary|required)\b|\bfor some time after\b/i,
    negationAllowed: true,
    reason:
      'bounded by purpose or by the account: "for the period necessary", "while your account is active"',
  },
  {
    kind: 'as-long-as-necessary',
    pattern: /\b(?:only )?as (?:necessary|needed|required|reasonably necessary)\b/i,
    needsKeep: true,
    negationAllowed: true,
    reason:
      '"kept only as necessary"; without a verb of keeping, "as necessary" qualifies sharing or use, not time',
  },
  {
    kind: 'as-long-as-necessary',
    pattern:
      /\b(?:required|permitted|allowed|mandated|necessary) (?:or (?:permitted|allowed|required) )?(?:by|under) (?:applicable |relevant |local )?law\b|\bto comply with (?:our |applicable |any |its |all )?(?:legal|regulatory|statutory|tax|accounting)\b|\blegal (?:obligations|requirements|retention)\b|\bas required by\b/i,
    needsKeep: true,
    reason: 'kept as the law requires: bounded by legal obligations',
  },
  {
    kind: 'as-long-as-necessary',
    pattern:
      /\bregular(?:ly)? (?:scheduled )?(?:destr|delet|purg|discard)\w{0,6}|\bperiodically (?:delete|purge|destroy|review)\w{0,2}|\breview and (?:discard|delete|destroy)\b|\bresidual copies\b|\bbackup (?:copies|systems?|storage|files|media)\b|\b(?:retain\w{0,3}|kept|keep|stor\w{1,3}|held|maintain\w{0,3}) (?:\w+ ){0,3}(?:only |solely )?for (?:the )?(?:specific|legitimate|limited|certain|following|sole|only) (?:business |legal )?purposes?\b|\b(?:retain\w{0,3}|kept|keep|stor\w{1,3}|held|maintain\w{0,3}) (?:\w+ ){0,3}only (?:to|for|as long|until|while)\b|\b(?:upon|after|at the end of|on|following) (?:the )?(?:termination|expiration|expiry|completion|end|closure|cancell?ation|conclusion)\b|\b(?:when|once|after) (?:you|your|the|it|they|we)\b[^.;]{0,40}\b(?:clos(?:e|ed|es)|ends?|terminat\w{1,3}|cancel\w{0,4}|complet\w{1,3}|no longer)\b/i,
    negationAllowed: true,
    reason:
      'ends with an event or a schedule: "upon termination", "scheduled for regular destruction"',
  },
  {
    kind: 'as-long-as-necessary',
    pattern:
      /\b(?:(?:are|is) not (?:permitted|allowed|authori[sz]ed)|(?:are|is) (?:prohibited|restricted|forbidden) from)\b[^.;]{0,40}?\b(?:stor\w{1,3}|retain\w{0,3}|keep\w{0,3})\b[^.;]{0,80}?\b(?:except|other than|beyond what|unless)\b/i,
    negationAllowed: true,
    reason:
      'a recipient barred from keeping data except for a purpose ("not permitted to store it except to process payments"): kept only as long as that purpose needs',
  },
  {
    kind: 'as-long-as-necessary',
    pattern:
      /\b(?:do|does|will|shall) (?:not|never) (?:keep|retain|store|hold)\b|\bdon['’]t (?:keep|retain|store)\b|\bnot to (?:retain|keep|store)\b|\b(?:is|are|be) (?:not|never) (?:kept|retained|stored|held) (?:any )?(?:longer|beyond|for longer|for more)\b/i,
    negationAllowed: true,
    reason: 'not kept beyond its use: the shortest bound there is',
  },
];

/**
 * The literals one of which a sentence needs for KEEP_CUE, END_CUE or mayEndWithSession (a cookie topic or a
 * session token) to match it, registered for the shared sentence scan; null when one of them requires none. Most
 * sentences hold none, and they skip the three regexes (the costliest part of this stage).
 */
const OWN_CUE_LITERALS = registerAnyOf([KEEP_CUE, END_CUE, COOKIE_TOPIC, SESSION_TOKEN]);

function isRetentionSentence(doc: PolicyDocument, info: SentenceInfo, mayCue: Uint8Array): boolean {
  const text = info.sentence.text;
  if (mayCue[info.index] && (KEEP_CUE.test(text) || END_CUE.test(text) || mayEndWithSession(text)))
    return true;
  if (!info.isItem) return false;
  const lead = info.lead >= 0 ? doc.sentences[info.lead]?.text : undefined;
  if (lead) return KEEP_CUE.test(lead) || END_CUE.test(lead) || RETENTION_HEADING.test(lead);
  return RETENTION_HEADING.test(info.headings);
}

// Cookie lifetimes (lib/analyze/facts/retention-cookies.ts): a session end and a persistent cookie's "until it
// expires" are blanked before the period rules read the sentence, so whatever else it says about keeping data
// still counts; a session cookie's end is then reported on its own as a 0-day lifetime of the cookie.

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/** A response time without a number: "we will respond within a reasonable time" bounds a reply, not data. */
const VAGUE_RESPONSE_TIME =
  /\b(?:respond\w{0,3}|response|repl(?:y|ies)|answer\w{0,2}|acknowledg\w{1,4}|get back to you)\b[^.;]{0,50}?\b(?:reasonable|timely|prompt|short|limited|commercially reasonable) (?:period of time|amount of time|time(?:frame)?|period|manner)\b/gi;

/**
 * The sentence as the period rules read it: cookie mechanics and vague response times blanked out (same
 * length, so offsets stay valid).
 */
function periodText(text: string): string {
  // Each pattern opens with common words, so a literal it cannot match without is tested first.
  let out = text;
  if (/browser|session|visit|leave|left|exit|log|sign/i.test(text))
    out = out.replace(SESSION_END, blank);
  if (/reasonable|timely|prompt|short|limited/i.test(text))
    out = out.replace(VAGUE_RESPONSE_TIME, blank);
  if (/until/i.test(text) && COOKIE_TOPIC.test(text))
    out = out.replace(COOKIE_MECHANISM_END, blank);
  return out;
}

interface StatedDuration {
  days: number;
  /** Where the number stands in the sentence, to find what it applies to. */
  index: number;
}

function durationDays(text: string): StatedDuration[] {
  const out: StatedDuration[] = [];
  DURATION.lastIndex = 0;
  for (const m of text.matchAll(DURATION)) {
    const raw = m[1]!.toLowerCase();
    const value = /^\d/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
    if (value === undefined || !Number.isFinite(value)) continue;
    // "a"/"an" as a number only in "for a year", "after a month": elsewhere it is an article.
    if (
      (raw === 'a' || raw === 'an') &&
      !/\b(?:for|after|than|of|within|up to)\s$/i.test(
        text.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 50);
    if (NOT_RETENTION_BEFORE.test(before) || NOT_RETENTION_AFTER.test(after)) continue;
    // "respond to your deletion request within 30 days": "within" after a response word is its deadline.
    if (/\bwithin\s(?:up to\s)?$/i.test(before) && RESPONSE_WORD.test(text.slice(0, m.index)))
      continue;
    const deadline = DEADLINE_BEFORE.exec(before);
    // A deletion after the deadline word keeps the number ("we will notify you and delete it within 30 days"),
    // but not one that only names the request ("process your deletion request within 30 days").
    const sinceDeadline = deadline
      ? before.slice(deadline.index).replace(REQUEST_NAME, (m) => ' '.repeat(m.length))
      : '';
    if (deadline && !KEEP_CUE.test(sinceDeadline) && !END_CUE.test(sinceDeadline.slice(8)))
      continue;
    const days = Math.round(value * UNIT_DAYS[m[2]!.toLowerCase()]! * 100) / 100;
    if (days > 0 && days <= 365 * 100 && !out.some((d) => d.days === days))
      out.push({ days, index: m.index });
  }
  return out;
}

/** A duration just before the match: "deleted 24 months after the conversation ends" starts a stated period. */
const DURATION_ANCHOR =
  /\b(?:hours?|days?|weeks?|months?|years?)\s+(?:(?:after|following|from|upon|of)\s+)?$/i;
const globalCopies = new WeakMap<RegExp, RegExp>();

/**
 * The first match of `pattern` in `text` that is not the event a stated duration counts from: that event
 * starts a number of days and bounds nothing by itself.
 */
function firstBoundMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(
      pattern.source,
      pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g',
    );
    globalCopies.set(pattern, global);
  }
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) {
    if (!DURATION_ANCHOR.test(text.slice(Math.max(0, m.index - 24), m.index))) return m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return null;
}

function periodKinds(text: string): Period['kind'][] {
  const kinds: Period['kind'][] = [];
  if (/expire/i.test(text) && NEVER_EXPIRES.test(text)) kinds.push('indefinite');
  const keeps = KEEP_CUE.test(text);
  for (const rule of PERIOD_RULES) {
    if (kinds.includes(rule.kind) || (rule.needsKeep && !keeps)) continue;
    const m =
      rule.kind === 'as-long-as-necessary'
        ? firstBoundMatch(rule.pattern, text)
        : rule.pattern.exec(text);
    if (!m) continue;
    if (!rule.negationAllowed && isNegatedAt(text, m.index, { maxChars: 50 })) {
      // "We do not keep data indefinitely": a denial of keeping for ever is a bounded period.
      if (rule.kind === 'indefinite' && !kinds.includes('as-long-as-necessary'))
        kinds.push('as-long-as-necessary');
      continue;
    }
    if (
      rule.kind === 'indefinite' &&
      /\bpermanently (?:delet|eras|remov|destroy|anonymi)/i.test(text) &&
      !/\bindefinite/i.test(text)
    )
      continue;
    kinds.push(rule.kind);
  }
  return kinds;
}

// Data carved out of a deletion rule ("Except for the IP address you register with, all IP addresses are
// deleted after 90 days") is kept with no end the policy states: the rule that ends the rest does not end it.
// Only an exception that names data counts; one that names a condition ("except where the law requires") or
// gives the excepted data its own bound ("except backups, which are purged within 30 days") is not this.
const EXCEPT_LEAD =
  /^\s*except (?:for )?((?!where|when|if|as|to|in|that|we|required|otherwise|with|under)[^,;:.]{3,80}),\s*([^;]{0,120}?\b(?:delet|eras|purg|remov|destr|anonymi)\w*)/i;
const EXCEPT_TRAIL =
  /\b(?:delet|eras|purg|remov|destr|anonymi)\w*\b[^;]{0,100}?,?\s\bexcept (?:for )?((?!where|when|if|as|to|in|that|we|required|otherwise|with|under)[^,;:.]{3,80})\s*(?:[.;]|$)/i;
/** The exception gives its data a bound of its own. */
const EXCEPTION_BOUND =
  /\b(?:\d+|one|two|three|six|twelve)\b|\b(?:law|legal|required|necessary|needed|until|while|as long as|longer)\b/i;

function exceptedFromDeletion(text: string): string | null {
  if (!/except/i.test(text)) return null;
  const lead = EXCEPT_LEAD.exec(text);
  const phrase = lead?.[1] ?? EXCEPT_TRAIL.exec(text)?.[1];
  if (!phrase) return null;
  // The phrase with the relative clause that may follow it: "except backups, which are purged in 30 days".
  const at = text.indexOf(phrase);
  const relative =
    /^,\s*(?:which|that|who)\b[^,;]*/i.exec(text.slice(at + phrase.length))?.[0] ?? '';
  if (EXCEPTION_BOUND.test(phrase + relative)) return null;
  // "the IP address you use to create the account" → "IP address": the head noun before its own clause.
  return tidy(phrase.replace(/\s(?:that|which|who|you|we|they)\s.*$/i, ''));
}

/** Where one coordinated clause of a sentence ends and the next begins: "X lasts a day, and Y lasts a year". */
const COORDINATE_BREAK = /;|,\s(?:and|but|while|whilst|whereas)\s|\s(?:whereas|while)\s/gi;

/**
 * What a duration applies to: the subject of its own clause when the sentence coordinates several ("session
 * cookies expire with the session, and persistent cookies last 13 months"), else the sentence's subject.
 */
function subjectAt(text: string, index: number, sentenceSubject: string | null): string | null {
  let from = 0;
  let to = text.length;
  COORDINATE_BREAK.lastIndex = 0;
  for (const m of text.matchAll(COORDINATE_BREAK)) {
    if (m.index < index) from = m.index + m[0].length;
    else {
      to = m.index;
      break;
    }
  }
  if (from === 0 && to === text.length) return sentenceSubject;
  return retentionSubject(text.slice(from, to)) ?? sentenceSubject;
}

export function extractRetention(doc: PolicyDocument): Retention[] {
  const found = new FindingSet<Retention>();
  const mayCue = sentencesWithAny(doc, OWN_CUE_LITERALS);
  for (const info of sentenceInfos(doc)) {
    if (info.isHeading && doc.blocks[info.sentence.block]?.kind === 'heading') continue;
    if (!isRetentionSentence(doc, info, mayCue)) continue;
    const text = info.sentence.text;
    const durations = durationDays(text);
    const kinds: Exclude<Period['kind'], 'duration'>[] = [];
    let excepted: string | null = null;
    // A user's right to erasure ("ask us to delete it where it is no longer necessary") is not a retention rule.
    let notKept: Denial | undefined;
    if (!USER_REQUEST.test(text) || ORG_KEEPS.test(text)) {
      let read = periodText(text);
      // A plain "we do not store it" is a 0-day period, "not stored in plain text" none; the period rules read
      // the rest of the sentence.
      const denials = denialsOfKeeping(read);
      notKept = denials.find((d) => d.kind === 'plain');
      for (const d of denials)
        read =
          read.slice(0, d.index) +
          blank(read.slice(d.index, d.index + d.length)) +
          read.slice(d.index + d.length);
      for (const kind of periodKinds(read)) if (kind !== 'duration') kinds.push(kind);
      excepted = exceptedFromDeletion(text);
    }
    // The subject is looked for only in sentences that state a period: most retention-cue sentences do not.
    let sentenceSubject: string | null | undefined;
    const subjectOf = (index: number) =>
      subjectAt(text, index, (sentenceSubject ??= retentionSubject(text)));
    const cookieEnds = sessionCookieEnds(text, subjectOf);
    if (!durations.length && !kinds.length && !excepted && !cookieEnds.length && !notKept) continue;
    const subject = (sentenceSubject ??= retentionSubject(text));
    const periods: { period: Period; subject: string | null }[] = durations.map(
      ({ days, index }) => ({ period: { kind: 'duration', days }, subject: subjectOf(index) }),
    );
    // A session cookie that also has a stated time ("expire after two hours or when you close the browser")
    // is reported with that time: the number is what the reader can compare.
    for (const end of cookieEnds)
      if (!periods.some((p) => p.subject === end.subject))
        periods.push({ period: { kind: 'duration', days: 0 }, subject: end.subject });
    if (notKept)
      periods.push({ period: { kind: 'duration', days: 0 }, subject: subjectOf(notKept.index) });
    for (const kind of kinds) periods.push({ period: { kind }, subject });
    if (excepted) periods.push({ period: { kind: 'indefinite' }, subject: excepted });
    for (const { period, subject } of periods) {
      const key = `${period.kind}:${period.kind === 'duration' ? period.days : ''}:${subject ?? ''}`;
      found.add(key, { subject, period, evidence: [] }, info.sentence);
    }
  }
  return found.values().map(({ value, evidence }) => ({ ...value, evidence }));
}
