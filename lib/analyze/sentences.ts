import type { PositionedBlock, Sentence } from './types';

// A hand-written, single-pass sentence splitter. It walks each block once, so its cost is linear whatever the
// text (a 200,000-char "word", a run of 100,000 periods); no regex ever scans more than a bounded window.
// Sentences never cross blocks (a list item is a sentence even without a final period) and are cut at
// MAX_SENTENCE_CHARS so the later stages' regexes run on bounded strings.

export const MAX_SENTENCE_CHARS = 2000;
/** How far back a period's word is read to tell an abbreviation. */
const MAX_TOKEN_CHARS = 24;
/** Normalised text has one space between sentences; a marker further in is not at the sentence start. */
const MAX_LEADING_SPACES = 4;

/** Abbreviations after which a sentence practically never ends ("e.g. Google", "No. 5", "Dr. Smith"). */
const NEVER_ENDS = new Set(
  [
    'e.g',
    'eg',
    'i.e',
    'ie',
    'cf',
    'vs',
    'v',
    'viz',
    'approx',
    'appx',
    'ca',
    'no',
    'nos',
    'nr',
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'mt',
    'art',
    'arts',
    'sec',
    'secs',
    'para',
    'paras',
    'fig',
    'ref',
    'vol',
    'p',
    'pp',
    'ch',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'incl',
    'excl',
    'dept',
    'tel',
    'ph',
    'ext',
    'fax',
    'jr',
    'sr',
    'al',
    'gov',
    'rev',
    'op',
    'seq',
    'resp',
    'esp',
    'min',
    'max',
    'avg',
  ].map((a) => a.toLowerCase()),
);
/** Abbreviations that may also close a sentence ("... and so on, etc. We"): they end one before a sentence opener. */
const MAY_END = new Set(
  [
    'etc',
    'inc',
    'ltd',
    'co',
    'corp',
    'llc',
    'l.l.c',
    'plc',
    'gmbh',
    'ag',
    'pty',
    's.a',
    'n.v',
    'b.v',
    'u.s',
    'u.k',
    'e.u',
    'u.s.a',
    'a.m',
    'p.m',
    'ph.d',
    'bros',
  ].map((a) => a.toLowerCase()),
);
/** Words that open sentences in policies; after a MAY_END abbreviation they mark a new sentence. */
const OPENERS = new Set(
  (
    'a all also an and any as at by each for further furthermore however if in it its no our please some such ' +
    'that the these they this those to we when where which while with you your additionally otherwise unless ' +
    'there after before during since until'
  ).split(' '),
);

// Tested on char codes: this runs once per character of the policy, and a Set lookup per one-char string costs.
/** . ! ? … */
function isTerminal(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}
/** " ' ” ’ ) ] » */
function isCloser(code: number): boolean {
  return (
    code === 34 ||
    code === 39 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 41 ||
    code === 93 ||
    code === 0xbb
  );
}

export function splitSentences(
  blocks: readonly PositionedBlock[],
  sectionOfBlock: readonly number[],
): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, b) => {
    const section = sectionOfBlock[b] ?? 0;
    for (const [from, to] of sentenceRanges(block.text)) {
      out.push({
        text: block.text.slice(from, to),
        start: block.start + from,
        end: block.start + to,
        section,
        block: b,
      });
    }
  });
  return out;
}

/** [start, end) ranges of the sentences in one block's text, trimmed, each at most MAX_SENTENCE_CHARS long. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  const push = (to: number) => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    while (end - start > MAX_SENTENCE_CHARS) {
      const cut = cutPoint(text, start, start + MAX_SENTENCE_CHARS);
      let pieceEnd = cut;
      while (pieceEnd > start && isSpace(text.charCodeAt(pieceEnd - 1))) pieceEnd--;
      if (pieceEnd > start) ranges.push([start, pieceEnd]);
      start = cut;
      while (start < end && isSpace(text.charCodeAt(start))) start++;
    }
    if (end > start) ranges.push([start, end]);
    from = to;
  };
  const n = text.length;
  // Only two places can end a sentence: sentence punctuation, and a capital right after a digit ("March
  // 04,2025At Clustox": a year glued to the next word by a bad copy). A regex finds them, rather than a test of
  // every character in script: this runs over the whole policy.
  const candidates = BOUNDARY_CANDIDATE;
  candidates.lastIndex = 0;
  for (let m = candidates.exec(text); m !== null; m = candidates.exec(text)) {
    const i = m.index;
    if (isTerminal(text.charCodeAt(i))) {
      let j = i + 1;
      while (j < n && isTerminal(text.charCodeAt(j))) j++;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if ((j >= n || isSpace(text.charCodeAt(j))) && endsHere(text, from, i, j)) push(j);
      candidates.lastIndex = j;
      continue;
    }
    // A digit before a capital: the capital may start a sentence glued to a year.
    const capital = i + 1;
    if (capital >= 4 && isGluedYear(text, capital)) push(capital);
    candidates.lastIndex = capital;
  }
  candidates.lastIndex = 0;
  push(n);
  return ranges;
}

/** . ! ? … (see isTerminal), or a digit followed by a capital A-Z. */
const BOUNDARY_CANDIDATE = /[.!?\u2026]|[0-9](?=[A-Z])/g;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 12;
}

function isGluedYear(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return false;
  // The year first, on char codes: this runs at every capital letter, and nearly none follows a digit.
  if (!isDigit(text.charCodeAt(i - 1)) || !isDigit(text.charCodeAt(i - 2))) return false;
  const century = text.slice(i - 4, i - 2);
  if (century !== '19' && century !== '20') return false;
  const next = text.charCodeAt(i + 1);
  if (!(next >= 97 && next <= 122)) return false;
  return !isDigit(text.charCodeAt(i - 5));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether the punctuation at [dot, after) ends the sentence that began at `from`. */
function endsHere(text: string, from: number, dot: number, after: number): boolean {
  const nextStart = skipSpaces(text, after);
  if (nextStart >= text.length) return true;
  const next = text[nextStart]!;
  if (text[dot] !== '.') return startsSentence(next);
  const token = wordBefore(text, dot);
  // "1." or "a)" opening a block is a list marker, not a sentence.
  const tokenStart = dot - token.length;
  if (
    /^(?:\(?[0-9]{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})$/.test(token) &&
    tokenStart - from <= MAX_LEADING_SPACES &&
    skipSpaces(text, from) === tokenStart
  )
    return false;
  if (!startsSentence(next)) return false;
  const lower = token.toLowerCase();
  if (NEVER_ENDS.has(lower)) return false;
  const nextWord = wordAt(text, nextStart).toLowerCase();
  if (MAY_END.has(lower) || /^[A-Z]$/.test(token) || /^(?:[a-zA-Z]\.){1,4}[a-zA-Z]$/.test(token))
    return OPENERS.has(nextWord);
  return true;
}

function startsSentence(ch: string): boolean {
  return /[A-Z0-9"'“‘([\u00C0-\u00DE•\-–]/.test(ch);
}

function skipSpaces(text: string, at: number): number {
  let k = at;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  return k;
}

/** The word right before position `dot`, without opening brackets or quotes, read from a bounded window. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  const floor = Math.max(0, dot - MAX_TOKEN_CHARS);
  while (k > floor && !isSpace(text.charCodeAt(k - 1))) k--;
  return text.slice(k, dot).replace(/^[("'“‘[]+/, '');
}

function wordAt(text: string, at: number): string {
  let k = at;
  const ceiling = Math.min(text.length, at + MAX_TOKEN_CHARS);
  while (k < ceiling && /[A-Za-z\u00C0-\u024F'’]/.test(text[k]!)) k++;
  return text.slice(at, k);
}

/** Where to cut an over-long sentence: the last space in its second half, or the limit itself. */
function cutPoint(text: string, start: number, limit: number): number {
  const floor = start + Math.floor(MAX_SENTENCE_CHARS / 2);
  for (let k = limit; k > floor; k--) if (isSpace(text.charCodeAt(k - 1))) return k;
  const code = text.charCodeAt(limit);
  // Never cut a surrogate pair in two.
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
