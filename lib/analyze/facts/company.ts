import type { PolicyDocument } from '../types';
import { KNOWN_SERVICES } from './recipient-lexicon';

// The organisation a policy belongs to. Policies introduce themselves in a few fixed ways, tried from the most
// explicit to the least: a defined term ('Acme Ltd ("we", "us")', 'referred to as "Acme"'), a self-introduction
// ("We are Acme", "At Acme, we", "operated by Acme", "the privacy policy of Acme"), then the first name with a
// legal suffix (Ltd, Inc., LLC...). Well-known third parties are never the owner.

/** Where a policy introduces its owner: the opening part of the text. */
const SEARCH_CHARS = 6000;

const WORD = String.raw`(?:[A-Z][\w'’-]{0,30}|&|[A-Z]{2,10}|of|and|de|du)`;
/** A name: a capitalised first word, then up to five more words. */
const NAME = String.raw`[A-Z][\w'’&-]{0,30}(?:\.[a-z]{2,6})?(?:\s${WORD}){0,5}`;
const LEGAL_SUFFIX = String.raw`(?:Ltd|Limited|LLC|L\.L\.C\.|Inc|Incorporated|Corp|Corporation|GmbH|AG|S\.A|SA|SAS|SARL|S\.r\.l|BV|B\.V|NV|N\.V|plc|PLC|LLP|LP|Pty|Co|Company|Oy|AB|AS|ApS|KK|Pte)`;
/** "Acme Widgets Ltd", "Cluster & Co Ltd", "Acme, Inc." */
const LEGAL_NAME = new RegExp(
  String.raw`\b[A-Z][\w'’&-]{0,30}(?:\s${WORD}){0,5}?,?\s${LEGAL_SUFFIX}\b\.?`,
  'g',
);

/** A defined-term parenthesis that makes the preceding name the speaker: (“we”, “us”) or (the "Company"). */
const SELF_PAREN =
  /\((?:[^()]{0,80}?)(?:["“'‘](?:we|us|our)["”'’,]|\b(?:the )?["“'‘]?(?:Company|Controller)["”'’]?)[^()]{0,80}\)/gi;
const REFERRED_AS =
  /\b(?:referred to|hereinafter|collectively)(?: (?:herein|below|in this policy))? as\s+["“'‘]([A-Z][^"”'’]{1,40})["”'’]/g;
const ALIAS_IN_PAREN = /["“'‘]([A-Z][^"”'’]{1,40}?)[,.]?["”'’]/g;

const INTRODUCTIONS: readonly { regex: RegExp; reason: string }[] = [
  { regex: new RegExp(String.raw`\bWe are (${NAME})`, 'g'), reason: '"We are Acme Ltd"' },
  {
    regex: new RegExp(String.raw`(?:^|[.!?]\s+|\n)At (${NAME}),\s(?:we|our|your)\b`, 'g'),
    reason: '"At Acme, we ..."',
  },
  {
    regex: new RegExp(String.raw`\b(?:operated|owned|provided|run) by (${NAME})`, 'g'),
    reason: '"operated by Acme"',
  },
  {
    regex: new RegExp(
      String.raw`\b(?:[Pp]rivacy (?:[Pp]olicy|[Nn]otice|[Ss]tatement)) (?:of|for|from) (${NAME})`,
      'g',
    ),
    reason: '"the Privacy Policy of Acme"',
  },
  {
    regex: new RegExp(String.raw`(${NAME})['’]s [Pp]rivacy (?:[Pp]olicy|[Nn]otice)`, 'g'),
    reason: '"Acme\'s Privacy Policy"',
  },
];

/** Capitalised words that start sentences or name the document, never an owner on their own. */
const NOT_A_NAME =
  /^(?:This|The|These|Our|Your|We|Us|You|It|Privacy|Policy|Notice|Personal|Data|Information|Website|Site|Services?|Terms|Company|Controller|GDPR|CCPA|EU|US|UK|All|Any|Please|If|When|In|For|By|Last|Effective|Updated|Who|What|How)$/;

const thirdParties = new Set(KNOWN_SERVICES.flatMap((s) => [s.name.split(' ')[0]!.toLowerCase()]));
for (const name of [
  'google',
  'facebook',
  'meta',
  'apple',
  'microsoft',
  'amazon',
  'twitter',
  'linkedin',
  'automattic',
  'wordpress',
])
  thirdParties.add(name);

/** Words that lead into a name in running text or page furniture ("For Google's ...", "Privacy Policy Acme Inc"). */
const LEADING_NOISE =
  /^(?:This|These|Our|Your|We|Us|You|It|Privacy|Policy|Notice|Statement|Cookie|Cookies|Terms|Personal|Data|Information|All|Any|Please|If|When|In|For|By|See|Read|Visit|Last|Effective|Updated|Copyright|Welcome|About|Who|What|How|©|\d{4})$/;
const SUFFIX_ONLY = new RegExp(String.raw`^,?\s?${LEGAL_SUFFIX}\.?$`);
const GENERIC_AFTER_THE =
  /^(?:Company|Website|Site|Services?|Controller|Policy|User|Users|Customer|App|Platform)\b/;

function clean(name: string): string | null {
  const tokens = name
    .replace(/[,\s]+$/, '')
    .trim()
    .split(/\s+/);
  const hasMixedCase = tokens.some((t) => /[a-z]/.test(t) && /^[A-Z]/.test(t));
  while (
    tokens.length &&
    (LEADING_NOISE.test(tokens[0]!) ||
      (hasMixedCase &&
        tokens.length > 1 &&
        /^[A-Z]{2,}$/.test(tokens[0]!) &&
        /[a-z]/.test(tokens.slice(1).join(' '))))
  )
    tokens.shift();
  while (tokens.length && /^(?:and|of|de|du|&)$/i.test(tokens[tokens.length - 1]!)) tokens.pop();
  const trimmed = tokens.join(' ').replace(/[,\s]+$/, '');
  if (!trimmed || trimmed.length > 80 || SUFFIX_ONLY.test(trimmed)) return null;
  if (/^The\s/.test(trimmed) && (tokens.length < 2 || GENERIC_AFTER_THE.test(tokens[1]!)))
    return null;
  if (tokens.length === 1 && NOT_A_NAME.test(trimmed)) return null;
  const first = (/^The\s/.test(trimmed) ? tokens[1] : tokens[0])!.replace(/['’]s$/, '');
  if (thirdParties.has(first.toLowerCase())) return null;
  return trimmed;
}

function legalNameNear(text: string, end: number, window: number): string | null {
  const slice = text.slice(Math.max(0, end - window), end);
  let last: string | null = null;
  LEGAL_NAME.lastIndex = 0;
  for (const m of slice.matchAll(LEGAL_NAME)) last = clean(m[0]) ?? last;
  return last;
}

function definedTerm(text: string): string | null {
  for (const m of text.matchAll(SELF_PAREN)) {
    const legal = legalNameNear(text, m.index, 120);
    if (legal) return legal;
    const before = /((?:[A-Z][\w'’&.-]{0,30}\s?){1,5})\s*,?\s*$/.exec(
      text.slice(Math.max(0, m.index - 80), m.index),
    );
    const direct = before ? clean(before[1]!) : null;
    if (direct) return direct;
    for (const alias of m[0].matchAll(ALIAS_IN_PAREN)) {
      const name = clean(alias[1]!);
      if (name && !/^(?:we|us|our|company|policy|services?|website|site)$/i.test(name)) return name;
    }
  }
  for (const m of text.matchAll(REFERRED_AS)) {
    const legal = legalNameNear(text, m.index, 220);
    if (legal) return legal;
    const alias = clean(m[1]!);
    if (alias && !/^(?:we|us|our)$/i.test(alias)) return alias;
  }
  return null;
}

/** The pipeline asks twice (the summary's company, and recipients leaving the owner out): read it once. */
const companyByDoc = new WeakMap<PolicyDocument, string | null>();

export function extractCompany(doc: PolicyDocument): string | null {
  let company = companyByDoc.get(doc);
  if (company === undefined) {
    company = findCompany(doc.text.slice(0, SEARCH_CHARS));
    companyByDoc.set(doc, company);
  }
  return company;
}

function findCompany(text: string): string | null {
  const defined = definedTerm(text);
  if (defined) return defined;
  for (const { regex } of INTRODUCTIONS) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) {
      const name = clean(m[1]!);
      if (!name) continue;
      return name;
    }
  }
  LEGAL_NAME.lastIndex = 0;
  for (const m of text.matchAll(LEGAL_NAME)) {
    const name = clean(m[0]);
    if (name) return name;
  }
  return null;
}
