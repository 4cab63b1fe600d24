// Cookie lifetimes. A cookie holds an identifier on the reader's device, and how long it stays there is a choice
// the organisation states by setting its expiry, so a stated lifetime is reported like any retention period,
// with the cookie as its subject: "persistent cookies remain for 2 years" → 730 days, "this cookie never
// expires" → indefinite, and a session cookie, which ends with the browser session ("deleted when you close
// your browser"), → 0 days: it is gone once the visit is over, and the popup says so ("until the session ends").
//
// A cookie's lifetime says how long an identifier sits in the reader's browser, not how long the organisation
// keeps the personal data it holds; a policy whose only periods are cookie lifetimes has still not said how long
// it keeps anyone's data. So the retention flags leave cookie lifetimes out (`isCookieLifetime`), and a session
// cookie's 0-day period neither silences no-retention-period nor earns stated-retention-periods.
//
// What is not reported at all is the definition of a persistent cookie, lasting "until it expires" or "until you
// delete it": it names no end the organisation chose, and as an indefinite period it would accuse every policy
// that explains what a persistent cookie is.

import type { Retention } from '../../schema';
import { tidy } from './retention-subject';

/**
 * The end of a browser session, or of the visit or login it stands for. Blanked before the period rules read a
 * sentence (a session end bounds nothing the organisation keeps), and a session cookie's lifetime when the
 * sentence is about cookies.
 */
export const SESSION_END =
  /\b(?:(?:at|by|until|with|upon) the (?:end|close|closing|expiry|expiration|termination) of (?:a|the|your|each|every|that|their) (?:single |current )?(?:browser |browsing |web |login |user )?(?:session|visit)|(?:for|during) the (?:duration|length|course|life(?:time)?) of (?:a|the|your|each|every|that|their) (?:single |current )?(?:browser |browsing |web |login |user )?(?:session|visit)|(?:when|once|after|as soon as|until|upon) (?:you|the user|users) (?:(?:have|has) )?(?:close|closed|closes|closing|exit|exits|exited|exiting|quit|quits|shut|shuts) (?:down )?(?:your|the|their|a|all) (?:web )?browsers?(?: windows?| tabs?| sessions?)?(?: or turn(?:ed)? off (?:your|the|their) (?:computer|device))?|(?:when|once|after|as soon as|until) (?:your|the|a) (?:web )?(?:browser|browsing|login|user) ?(?:windows?|tabs?|sessions?)? (?:is|are|has been|have been|gets|get) (?:closed|shut|ended|terminated)|(?:when|once|after|as soon as|until) (?:your|the|a) (?:browser |browsing |web |login |user )?(?:session|visit) (?:ends|expires|is over|closes|terminates)|(?:when|once|after|as soon as|until) (?:you|the user|users) (?:(?:have|has) )?(?:leave|leaves|left|exit|exits|exited|end|ends|ended) (?:the|our|this|a|your) (?:site|website|web site|service|app|session|visit)|(?:when|once|after|as soon as|until) (?:you|the user|users) (?:(?:have|has) )?(?:log|logs|logged|sign|signs|signed) (?:out|off)(?: of (?:the|our|this|your) (?:site|website|service|app|account))?)\b/gi;

/** Sentences about cookies and similar browser storage. */
export const COOKIE_TOPIC =
  /\b(?:cookies?|local storage|session storage|browser storage|web storage|pixel tags?)\b/i;

/** A cookie lasting until it expires or the user deletes it: the definition of a persistent cookie. */
export const COOKIE_MECHANISM_END =
  /\buntil (?:(?:they|it|the cookies?) (?:expire|expires|(?:are|is) (?:deleted|removed|cleared))|(?:its |their )?(?:expiry|expiration)(?: date)?|(?:you|the user) (?:delete|remove|clear)s? (?:them|it|the cookies?|your cookies)|deletion)(?: or (?:(?:they|it) (?:expire|expires)|(?:its |their )?(?:expiry|expiration|deletion)(?: date)?|(?:you|the user) (?:delete|remove|clear)s? (?:them|it|the cookies?|your cookies)|(?:are|is) (?:deleted|removed|cleared)))?\b/gi;

/** A cookie or identifier with no expiry at all: a stated lifetime without end. */
export const NEVER_EXPIRES =
  /\b(?:cookies?|identifiers?|IDs?|tokens?|data|information)\b[^.;]{0,40}?\b(?:never|(?:do|does|will) not|don['’]t|doesn['’]t|won['’]t) expire\b/i;

// What lives in the browser for a session: cookies, the browser's own storage, and the session token or ID a
// login cookie carries. Its head noun decides: "cookie data" or "cookie settings" are something else.
const COOKIE_NOUN = String.raw`(?:(?:flash |http |browser )?cookies?|(?:local|session|browser|web) storage|pixel tags?|session (?:tokens?|ids?|identifiers?|keys?)|(?:login|authentication|access) tokens?)`;
/** A subject naming only browser-side storage: its period is a cookie lifetime. */
const COOKIE_SUBJECT = new RegExp(String.raw`(?:^|\s)${COOKIE_NOUN}$`, 'i');
/** Words that may stand before a cookie noun and still name the cookie ("temporary session cookies"). */
const COOKIE_MODIFIER = String.raw`(?:session|temporary|persistent|permanent|per-session|login|log-in|authentication|security|essential|strictly necessary|necessary|functional|functionality|analytics|analytical|advertising|targeting|marketing|preference|preferences|performance|tracking|third-party|third party|first-party|first party|our|these|such|the|those|all|any|its|their)`;
const COOKIE_PHRASE = new RegExp(
  String.raw`\b(?:${COOKIE_MODIFIER}[\s-]+){0,3}${COOKIE_NOUN}\b`,
  'gi',
);

/** Is `subject` (a retention finding's subject) a cookie or other browser-side storage? */
export function isCookieSubject(subject: string | null): boolean {
  return subject !== null && COOKIE_SUBJECT.test(subject.trim());
}

/** Does this finding only describe how long a cookie (or other browser-side storage) lasts? */
export function isCookieLifetime(finding: Pick<Retention, 'subject'>): boolean {
  return isCookieSubject(finding.subject);
}

/** Is this finding a session cookie's end (a cookie lasting 0 days), which reads "until the browser session ends"? */
export function isSessionEnd(finding: Pick<Retention, 'subject' | 'period'>): boolean {
  return (
    finding.period.kind === 'duration' && finding.period.days === 0 && isCookieLifetime(finding)
  );
}

/** The findings about keeping data: what the retention flags judge, cookie lifetimes left out. */
export function dataRetention<T extends Pick<Retention, 'subject'>>(findings: readonly T[]): T[] {
  return findings.filter((r) => !isCookieLifetime(r));
}

/**
 * The cookie a session end applies to: the session cookie named before it ("Cookies may be session cookies,
 * which expire when you close your browser" → "session cookies"), else the clause's own subject when it is a
 * cookie, else the cookie named closest before it ("These cookies ... are deleted" → "cookies").
 */
function sessionCookieSubject(text: string, index: number, found: string | null): string | null {
  const named: string[] = [];
  COOKIE_PHRASE.lastIndex = 0;
  for (const m of text.matchAll(COOKIE_PHRASE)) {
    if (m.index >= index) break;
    const subject = tidy(m[0]);
    if (subject && isCookieSubject(subject)) named.push(subject);
  }
  const session = named.findLast((n) => /\b(?:session|temporary|per-session)\b/i.test(n));
  if (session) return session;
  if (isCookieSubject(found)) return found;
  return named.at(-1) ?? null;
}

/** A verb of ending before the session end: the cookie ends with the session rather than outlasting it. */
const ENDS =
  /\b(?:expir\w{1,4}|delet\w{1,4}|eras\w{1,4}|remov\w{1,4}|disappear\w{0,3}|clear(?:s|ed)?|destroy\w{0,3}|discard\w{0,3}|purg\w{1,3}|invalidat\w{1,4}|terminat\w{1,4}|ends?|lapses?|(?:are|is) gone|lasts?)\b/i;
/** Kept up to the session end: "stored until you close your browser", "valid for the duration of the visit". */
const HELD =
  /\b(?:valid|active|exists?|live|stay|stays|remains?|kept|stored|held|retained|saved|used)\s+(?:only\s+)?$/i;

/** A lifetime that outlasts the session ("remain after you close your browser"). */
const OUTLASTS = /\b(?:remain|remains|persist|persists|stay|stays|continue|continues|even)\b/i;
/** The user's own setting ("you can set your browser to delete cookies when you close it") is no lifetime. */
const USERS_SETTING =
  /\byou (?:can|may|could|might|should|choose|decide)\b|\b(?:set|setting|configure|adjust) (?:your|the) browser\b|\bbrowser settings\b|\bif you\b/i;
/** Where a clause starts, to read only the clause the session end stands in. */
const CLAUSE_START = /[;:]|,\s(?:and|but|while|whereas)\s|\.\s/g;

export const SESSION_TOKEN = /\bsession (?:tokens?|ids?|identifiers?|keys?)\b/i;

/**
 * A sentence that may state a session cookie's end though it has no verb of keeping or deleting ("session
 * cookies end when you leave the site", "the session token is invalidated when you log out").
 */
export function mayEndWithSession(text: string): boolean {
  if (!(COOKIE_TOPIC.test(text) || SESSION_TOKEN.test(text))) return false;
  SESSION_END.lastIndex = 0;
  return SESSION_END.test(text);
}

/**
 * Where `text` says a cookie ends with the browser session: the index of each session end whose clause has a
 * verb of ending and names (or, failing that, follows) a cookie, with that cookie as the subject.
 */
export function sessionCookieEnds(
  text: string,
  subjectAt: (index: number) => string | null,
): { index: number; subject: string }[] {
  if (!COOKIE_TOPIC.test(text) && !SESSION_TOKEN.test(text)) return [];
  const out: { index: number; subject: string }[] = [];
  SESSION_END.lastIndex = 0;
  for (const m of text.matchAll(SESSION_END)) {
    let clauseFrom = 0;
    CLAUSE_START.lastIndex = 0;
    for (const c of text.matchAll(CLAUSE_START)) {
      if (c.index >= m.index) break;
      clauseFrom = c.index + c[0].length;
    }
    const before = text.slice(Math.max(clauseFrom, m.index - 120), m.index);
    const heldUntil = /^(?:until|for|during)\b/i.test(m[0]) && HELD.test(before);
    if ((!heldUntil && !ENDS.test(before)) || USERS_SETTING.test(before)) continue;
    // "Persistent cookies are not deleted when you close the browser": a denial of the session end.
    if (/\b(?:not|never|no longer)\b|n['’]t\b/i.test(before)) continue;
    // "remain on your device after you close the browser": the cookie outlives the session.
    if (
      /^(?:after|once|when|upon)\b/i.test(m[0]) &&
      OUTLASTS.test(before) &&
      !/\bexpir|delet|eras|remov/i.test(before)
    )
      continue;
    const subject = sessionCookieSubject(text, m.index, subjectAt(m.index));
    if (subject && !out.some((o) => o.subject === subject)) out.push({ index: m.index, subject });
  }
  return out;
}
