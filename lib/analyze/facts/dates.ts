import type { PolicyDocument } from '../types';

// The policy's own date: the one after a label such as "Last updated:" or "Effective date:". Dates elsewhere
// (a law's start date, a copyright year) are not the policy's, so an unlabelled date is never taken.

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** Labels that introduce the policy's date. */
const LABEL = String.raw`(?:last\s+(?:updated|modified|revised|amended|reviewed|changed)|(?:date\s+of\s+)?last\s+revision|effective(?:\s+date)?|effective\s+(?:as\s+of|from|on)|revised|updated|modified|date\s+of\s+(?:issue|publication)|version\s+date|(?:policy|notice)\s+date)`;

/** Between label and date: punctuation, "on", "as of", a weekday. Bounded so a far-away date is not taken. */
const GAP = String.raw`[\s:\-–—.,]{0,6}(?:(?:on|as of|from|date|is|:)\s*){0,3}(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;

interface DateFormat {
  regex: string;
  reason: string;
  toIso: (m: RegExpExecArray) => string | null;
}

function iso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthOf(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

const FORMATS: readonly DateFormat[] = [
  {
    regex: String.raw`(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)`,
    reason: 'ISO 2025-03-04',
    toIso: (m) => iso(+m[1]!, +m[2]!, +m[3]!),
  },
  {
    regex: `${MONTH}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})(?!\\d)`,
    reason: 'US "March 4, 2025", also run together as "March 04,2025"',
    toIso: (m) => iso(+m[3]!, monthOf(m[1]!), +m[2]!),
  },
  {
    regex: `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s*(\\d{4})(?!\\d)`,
    reason: 'European "4 March 2025"',
    toIso: (m) => iso(+m[3]!, monthOf(m[2]!), +m[1]!),
  },
  {
    regex: String.raw`(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)`,
    reason:
      'numeric 03/04/2025, read in US order (month first) unless the first part cannot be a month',
    toIso: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      const year = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
      return a > 12 ? iso(year, b, a) : iso(year, a, b);
    },
  },
  {
    regex: `${MONTH},?\\s+(\\d{4})(?!\\d)`,
    reason: '"March 2025": the first of the month, the best a month-only date allows',
    toIso: (m) => iso(+m[2]!, monthOf(m[1]!), 1),
  },
];

let compiled: { format: DateFormat; regex: RegExp }[] | null = null;
/** Each format after a label, tried at one position (sticky): the scans start only where a label does. */
function patterns() {
  compiled ??= FORMATS.map((format) => ({
    format,
    regex: new RegExp(String.raw`\b${LABEL}\b${GAP}(?:${format.regex})`, 'iy'),
  }));
  return compiled;
}

const LABEL_AT = new RegExp(String.raw`\b${LABEL}\b`, 'gi');

/**
 * Every position where a label starts. Each format's match starts with a label, so trying the formats there, in
 * order, finds what a scan of the whole part would, with one scan for the labels instead of one per format. The
 * scan steps one character past each label found, so a label starting inside another ("updated" in "last
 * updated") is a start too.
 */
function labelStarts(part: string): number[] {
  const starts: number[] = [];
  LABEL_AT.lastIndex = 0;
  for (let m = LABEL_AT.exec(part); m !== null; m = LABEL_AT.exec(part)) {
    starts.push(m.index);
    LABEL_AT.lastIndex = m.index + 1;
  }
  LABEL_AT.lastIndex = 0;
  return starts;
}

/** Policies put their date near the top (or, less often, at the very end). */
const HEAD_CHARS = 5000;
const TAIL_CHARS = 3000;

export function extractLastUpdated(doc: PolicyDocument): string | null {
  const text = doc.text;
  const parts =
    text.length > HEAD_CHARS + TAIL_CHARS
      ? [text.slice(0, HEAD_CHARS), text.slice(-TAIL_CHARS)]
      : [text];
  for (const part of parts) {
    let best: { index: number; value: string } | null = null;
    const starts = labelStarts(part);
    if (starts.length === 0) continue;
    for (const { format, regex } of patterns()) {
      // The matches a global scan would give, in order: after a match, the next is looked for from its end.
      let from = 0;
      for (const start of starts) {
        if (start < from) continue;
        regex.lastIndex = start;
        const m = regex.exec(part);
        if (!m) continue;
        from = start + m[0].length;
        const value = format.toIso(m);
        if (value && (!best || m.index < best.index)) best = { index: m.index, value };
        if (value) break;
      }
      regex.lastIndex = 0;
    }
    if (best) return best.value;
  }
  return null;
}
