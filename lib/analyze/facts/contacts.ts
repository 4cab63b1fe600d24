import type { Contacts } from '../../schema';
import type { PolicyDocument } from '../types';
import { allMatches } from '../../text/matches';

// Contact details as written. Every pattern is bounded (no unbounded repetition of overlapping classes), so a
// 200,000-character "word" costs one linear scan.

export const EMAIL =
  /(?<![\w.+-])[A-Za-z0-9][\w.%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}\.[A-Za-z]{2,24}(?![\w-])/g;

/** EMAIL tried at one position only, for the scan from each "@" (see emailsIn). */
const EMAIL_AT = new RegExp(EMAIL.source, 'y');
/** The longest local part EMAIL takes: a match starts at most this far before its "@". */
const MAX_LOCAL = 64;

/**
 * What a global EMAIL scan of `text` finds, in order, found from the "@" signs instead of by trying the regex at
 * every position of the policy (its lookbehind made that the costliest scan of the contacts stage). A match's "@"
 * is the first one after its start (the local part holds none) and stands at most MAX_LOCAL characters after it,
 * so trying, for each "@" in turn, every start from MAX_LOCAL before it (and after the previous match and the
 * previous "@") finds the same leftmost matches.
 */
export function emailsIn(text: string): string[] {
  const out: string[] = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    for (let start = Math.max(floor, at - MAX_LOCAL); start < at; start++) {
      EMAIL_AT.lastIndex = start;
      const m = EMAIL_AT.exec(text);
      if (!m) continue;
      out.push(m[0]);
      floor = start + m[0].length;
      break;
    }
    floor = Math.max(floor, at + 1);
  }
  EMAIL_AT.lastIndex = 0;
  return out;
}

/** "privacy [at] example [dot] com": cheap to undo, and policies do write it that way. */
const OBFUSCATED_EMAIL =
  /(?<![\w.+-])([A-Za-z0-9][\w.+-]{0,63})\s?[[(]\s?at\s?[\])]\s?([A-Za-z0-9-]{1,63}(?:\s?[[(]\s?dot\s?[\])]\s?[A-Za-z0-9-]{1,63}){1,4})/gi;

interface PhonePattern {
  regex: RegExp;
  reason: string;
}

const PHONES: readonly PhonePattern[] = [
  {
    regex: /(?<![\w+])\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,5}){1,4}(?![\d/])/g,
    reason: 'international: +country code, then groups',
  },
  {
    regex:
      /(?<![\w/.-])(?:1[ .-])?\(\d{3}\) ?\d{3}[ .-]\d{4}(?![\d/-])|(?<![\w/.-])(?:1[ .-])?\d{3}[.-]\d{3}[.-]\d{4}(?![\d/-])|(?<![\w/.-])1 \d{3} \d{3} \d{4}(?!\d)/g,
    reason: 'North American: (555) 555-5555, 555-555-5555, 1-800-555-5555',
  },
  {
    regex: /(?<![\w/.-])0\d{2,4} ?\d{3,4} ?\d{3,4}(?![\d/-])/g,
    reason: 'national trunk-prefixed numbers such as the UK 020 7946 0000',
  },
  {
    regex: /(?<![\w/.-])1-8\d\d-[A-Z0-9]{3}-[A-Z0-9]{4}(?![\w-])/g,
    reason: 'toll-free numbers with letters: 1-800-FLOWERS style',
  },
];

/** Phone cues that make a plain national number worth taking; without one a digit run may be anything. */
const PHONE_CUE = /\b(?:tel|telephone|phone|call|fax|mobile|contact no|hotline|toll[- ]free)\b/i;

const STREET_TYPE = String.raw`(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Highway|Hwy|Terrace|Row|Circle|Plaza|Crescent|Close|Gardens|Green|Hill|Park|Walk|Wharf|Quay|Strasse|Straße|Building|House|Centre|Center|Tower|Floor|Suite)\.?`;
const POSTCODE = String.raw`(?:\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z]{2},? \d{5}(?:-\d{4})?\b|\b\d{4,6}\b)`;

const UNIT = String.raw`(?:,? (?:STE|Ste|Suite|Unit|Floor|Fl|Room|Rm)\.? ?#?[\w-]{1,6})?`;
/** A street line: house number, up to five capitalised words (with a street type, or followed by a postcode). */
const STREET_LINE = new RegExp(
  String.raw`(?<!(?:Box|Suite|Ste|Unit|Floor|Room|No|#)\.? ?)\b\d{1,5}[A-Za-z]?(?: ?[-–] ?\d{1,5})?,? (?:[A-Z][\w'.-]{0,25} ){0,4}[A-Z][\w'.-]{0,25}${UNIT}`,
  'g',
);
const PO_BOX = /\bP\.? ?O\.? ?Box \d{1,6}/gi;
const STREET_TYPE_END = new RegExp(String.raw`\b${STREET_TYPE}${UNIT}$`);
/** A place name word; lower-case letters only after the capital, so "StatesWe" (run-on text) stops at "States". */
const PLACE_WORD = String.raw`(?:[A-Z][a-z'.-]{1,25}|[A-Z]{2,4}\b)`;
const PLACE = String.raw`${PLACE_WORD}(?: ${PLACE_WORD}){0,2}`;
/** After the street: up to three ", Place" parts, a postcode, then only a comma-separated country. */
const TAIL = new RegExp(String.raw`^(?:,? ${PLACE}){0,3}(?:,? ${POSTCODE})?(?:, ${PLACE})?`);
const HAS_POSTCODE = new RegExp(POSTCODE);

const URL =
  /\b(?:https?:\/\/|www\.)[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}(?::\d{2,5})?(?:\/[^\s<>"'()[\]{}]{0,300})?/gi;

const MAX_PER_LIST = 50;

function pushUnique(list: string[], value: string, key = value.toLowerCase()): void {
  if (list.length >= MAX_PER_LIST) return;
  if (!list.some((v) => v.toLowerCase() === key)) list.push(value);
}

function digitCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

function extractPhones(text: string, out: string[]): void {
  const seen = new Set<string>();
  PHONES.forEach(({ regex }, i) => {
    for (const m of allMatches(regex, text)) {
      const phone = m[0].trim();
      const digits = digitCount(phone);
      if (digits < 7 || digits > 15) continue;
      if (/^(?:19|20)\d{2}[ .-]/.test(phone) && !phone.startsWith('+')) continue;
      // A trunk-prefixed number without a phone cue nearby could be a registration or account number.
      if (i === 2 && !PHONE_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      const key = phone.replace(/\D/g, '');
      if ([...seen].some((k) => k.endsWith(key) || key.endsWith(k))) continue;
      seen.add(key);
      pushUnique(out, phone);
    }
  });
}

/** The same address written twice ("27-32 Old Jewry" and "27 – 32 Old Jewry, ..., UK") is kept once. */
function pushAddress(out: string[], raw: string): void {
  const address = raw.replace(/[\s,.]+$/, '');
  const key = address.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (out.length >= MAX_PER_LIST) return;
  if (
    out.some((a) => {
      const k = a.toLowerCase().replace(/[^a-z0-9]/g, '');
      return k.startsWith(key) || key.startsWith(k);
    })
  )
    return;
  out.push(address);
}

function extractAddresses(text: string, out: string[]): void {
  for (const m of allMatches(STREET_LINE, text)) {
    const street = m[0];
    const after = text.slice(m.index + street.length, m.index + street.length + 120);
    const tail = TAIL.exec(after)?.[0] ?? '';
    const typed = STREET_TYPE_END.test(street.replace(/,$/, ''));
    if (!typed && !HAS_POSTCODE.test(tail)) continue;
    if (!typed && !tail.startsWith(',')) continue;
    // A year ("© 2011 Acme Center") looks like a house number; only a postcode makes it an address.
    if (/^(?:19|20)\d\d\b/.test(street) && !HAS_POSTCODE.test(tail)) continue;
    pushAddress(out, street + tail);
  }
  for (const m of allMatches(PO_BOX, text)) {
    const tail =
      TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 120))?.[0] ?? '';
    pushAddress(out, m[0] + tail);
  }
}

/** A URL run into the next word ("example.comMailing") loses the capitalised tail. */
function trimUrl(raw: string): string {
  let url = raw.replace(/[.,;:!?'"’”)]+$/, '');
  const host = /^(?:https?:\/\/)?[^/]*/i.exec(url)?.[0] ?? url;
  const runOn = /\.[a-z]{2,6}(?=[A-Z][a-z])/.exec(host);
  if (runOn) url = url.slice(0, runOn.index + runOn[0].length);
  return url;
}

export function extractContacts(doc: PolicyDocument): Contacts {
  const text = doc.text;
  const emails: string[] = [];
  const phones: string[] = [];
  const addresses: string[] = [];
  const urls: string[] = [];
  for (const email of emailsIn(text)) pushUnique(emails, email.replace(/\.$/, ''));
  for (const m of /[[(]\s?at\s?[\])]/i.test(text) ? allMatches(OBFUSCATED_EMAIL, text) : []) {
    const domain = m[2]!.replace(/\s?[[(]\s?dot\s?[\])]\s?/gi, '.');
    pushUnique(emails, `${m[1]}@${domain}`);
  }
  extractPhones(text, phones);
  extractAddresses(text, addresses);
  for (const m of allMatches(URL, text)) {
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    pushUnique(urls, trimUrl(m[0]));
  }
  return { emails, phones, addresses, urls };
}
