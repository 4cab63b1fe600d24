import type { Block } from '../schema';

// Plain text and Markdown get the structure HTML has: headings with a level, paragraphs, list items.
// Decisions are made per line with a little context (the lines around it), in two linear passes.
// Every regex runs on a line prefix of bounded length, so a 200,000-char line costs no more than a short one.

/** Lines longer than this are body text whatever they start with. */
const MAX_HEADING_LINE = 160;
const MAX_HEADING_TEXT = 120;
const MAX_NUMBERED_HEADING_WORDS = 16;
const MAX_UNNUMBERED_HEADING_WORDS = 12;
/** A heading announces text: the line after it must look like prose, with at least this many words. */
const MIN_PROSE_WORDS = 6;
/** How many headings may stack up (section, subsection, sub-subsection) before the text they announce. */
const MAX_HEADING_CHAIN = 3;
/** How far back a line looks for the "We collect:" that would make it a list item (keeps the pass linear). */
const MAX_LIST_ITEMS = 60;

type NumberStyle = 'section' | 'roman' | 'arabic' | 'alpha';
type Shape = 'markdown' | 'numbered' | 'caps' | 'title' | 'sentence';

/** Numbering styles from the outermost to the innermost, as legal and policy documents nest them. */
const STYLE_ORDER: readonly NumberStyle[] = ['section', 'roman', 'arabic', 'alpha'];

interface Line {
  text: string;
  blankBefore: boolean;
  kind: Block['kind'];
  shape?: Shape;
  style?: NumberStyle;
  depth: number;
  /** Ordinal of a numbered line (1 for "1.", "a)", "I."), for telling a numbered list from numbered headings. */
  ordinal: number;
  level: number;
}

const ATX = /^(#{1,6})[ \t]+/;
const SETEXT = /^(?:={3,}|-{3,})$/;
const MD_BOLD_LINE = /^(\*\*|__)([^*_].{0,118}?)\1$/;
const BULLET = /^(?:[-*+•·▪◦‣○●■□➢►–]|\u2022)[ \t]+/;
const SECTION_WORD =
  /^(?:section|article|part|chapter|clause)[ \t]+(\d{1,3}|[ivxlc]{1,7})\b[ \t]*[.:)\-–—]?[ \t]*/i;
const ARABIC = /^(\d{1,2})((?:\.\d{1,2}){0,4})(\.?\)|\.)?[ \t]+/;
const ROMAN = /^([IVXLC]{1,7})[.)][ \t]+/;
const ALPHA = /^(?:\(([a-zA-Z]|[ivx]{1,4})\)|([a-zA-Z])[.)])[ \t]+/;
const SMALL_WORDS = new Set(
  'a an and as at by de for from in into of on or our the to us we with your you vs via per about how what why who when where which do does is are can may'.split(
    ' ',
  ),
);
/** A final period after these is part of a name ("Cluster & Co."), not the end of a sentence. */
const NAME_ABBREVIATION = /\b(?:Inc|Ltd|Co|Corp|LLC|GmbH|S\.A|B\.V|Pty|PLC|plc)\.$/;

/** Plain text or Markdown as blocks. */
export function extractBlocksFromText(input: string): Block[] {
  try {
    return classifyTextLines(input.split(/\r\n|\r|\n/), { documentStart: true });
  } catch {
    return [];
  }
}

/**
 * Classifies text lines into blocks. `documentStart`: the first line may be the document's title.
 * Used for plain text and for <br>-separated lines inside HTML.
 */
export function classifyTextLines(
  rawLines: readonly string[],
  options: { documentStart?: boolean } = {},
): Block[] {
  const lines = readLines(rawLines);
  if (lines.length === 0) return [];
  resolveNumberedRuns(lines);
  const hasRoman = lines.some((l) => l.style === 'roman' && l.ordinal > 1);
  if (!hasRoman) for (const l of lines) if (l.style === 'roman') demoteRomanToAlpha(l);
  resolveUnnumbered(lines, options.documentStart === true);
  assignLevels(lines);
  return toBlocks(lines);
}

/**
 * For texts that are already separate blocks (paragraphs of a page without heading markup): the heading level
 * the plain-text rules give each one, or 0. One entry per input, in order; nothing is merged or re-split.
 */
export function headingLevelsOfLines(texts: readonly string[]): number[] {
  try {
    const lines = texts.map((text) => classifyLine(text.trim(), false));
    resolveNumberedRuns(lines);
    const hasRoman = lines.some((l) => l.style === 'roman' && l.ordinal > 1);
    if (!hasRoman) for (const l of lines) if (l.style === 'roman') demoteRomanToAlpha(l);
    resolveUnnumbered(lines, false);
    assignLevels(lines);
    return lines.map((l) => (l.kind === 'heading' ? Math.max(1, l.level) : 0));
  } catch {
    return texts.map(() => 0);
  }
}

function readLines(rawLines: readonly string[]): Line[] {
  const lines: Line[] = [];
  let blank = true;
  for (const raw of rawLines) {
    const text = raw.trim();
    if (!text) {
      blank = true;
      continue;
    }
    const previous = lines[lines.length - 1];
    if (SETEXT.test(text)) {
      // "Title\n=====" is a Markdown heading; a lone rule line is decoration.
      if (
        previous &&
        !blank &&
        previous.kind === 'paragraph' &&
        previous.text.length <= MAX_HEADING_TEXT
      ) {
        previous.kind = 'heading';
        previous.shape = 'markdown';
        previous.level = text[0] === '=' ? 1 : 2;
      }
      blank = true;
      continue;
    }
    lines.push(classifyLine(text, blank));
    blank = false;
  }
  return lines;
}

function classifyLine(text: string, blankBefore: boolean): Line {
  const line: Line = { text, blankBefore, kind: 'paragraph', depth: 0, ordinal: 0, level: 0 };
  if (text.length > MAX_HEADING_LINE) {
    if (BULLET.test(text.slice(0, 8))) {
      line.kind = 'list-item';
      line.text = text.replace(BULLET, '');
    }
    return line;
  }
  const atx = ATX.exec(text);
  if (atx) {
    line.kind = 'heading';
    line.shape = 'markdown';
    line.level = atx[1]!.length;
    line.text = stripClosingHashes(text.slice(atx[0].length));
    return line;
  }
  if (BULLET.test(text)) {
    line.kind = 'list-item';
    line.text = text.replace(BULLET, '');
    return line;
  }
  const numbered = parseNumbering(text);
  if (numbered) {
    line.style = numbered.style;
    line.depth = numbered.depth;
    line.ordinal = numbered.ordinal;
    // A bare "Section 3" or "Article 4" line is a heading by itself.
    if (
      (numbered.style === 'section' && numbered.rest === '') ||
      isNumberedHeadingText(numbered.rest)
    ) {
      line.kind = 'heading';
      line.shape = 'numbered';
    } else line.kind = 'list-item';
    return line;
  }
  // "**Cookies**": Markdown's bold-only line, the plain-text twin of an HTML bold-only paragraph.
  const bold = MD_BOLD_LINE.exec(text);
  if (bold && !/[.,;]$/.test(bold[2]!)) {
    line.text = bold[2]!.trim();
    line.shape = unnumberedShape(line.text) === 'caps' ? 'caps' : 'title';
    return line;
  }
  const shape = unnumberedShape(text);
  if (shape) line.shape = shape;
  return line;
}

function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '#' || text[end - 1] === ' ')) end--;
  return end > 0 ? text.slice(0, end) : text;
}

function parseNumbering(
  text: string,
): { style: NumberStyle; depth: number; ordinal: number; rest: string } | null {
  const section = SECTION_WORD.exec(text);
  if (
    section &&
    (text.length === section[0].length || /^[A-Z“"']/.test(text.slice(section[0].length)))
  ) {
    const token = section[1]!;
    const ordinal = /\d/.test(token) ? Number(token) : romanValue(token.toUpperCase());
    return { style: 'section', depth: 1, ordinal, rest: text.slice(section[0].length) };
  }
  const arabic = ARABIC.exec(text);
  if (arabic) {
    const deeper = arabic[2] ?? '';
    // "1 Main Street" is an address, "1. Who we are" and "2.1 Cookies" are numbered headings.
    if (deeper || arabic[3]) {
      const parts = deeper ? deeper.slice(1).split('.') : [];
      const ordinal = Number(parts.length ? parts[parts.length - 1] : arabic[1]);
      return {
        style: 'arabic',
        depth: 1 + parts.length,
        ordinal,
        rest: text.slice(arabic[0].length),
      };
    }
  }
  const roman = ROMAN.exec(text);
  if (roman) {
    const value = romanValue(roman[1]!);
    if (value > 0)
      return { style: 'roman', depth: 1, ordinal: value, rest: text.slice(roman[0].length) };
  }
  const alpha = ALPHA.exec(text);
  if (alpha) {
    const token = (alpha[1] ?? alpha[2] ?? 'a').toLowerCase();
    const ordinal = token.length === 1 ? token.charCodeAt(0) - 96 : romanValue(token.toUpperCase());
    return { style: 'alpha', depth: 1, ordinal, rest: text.slice(alpha[0].length) };
  }
  return null;
}

function romanValue(token: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < token.length; i++) {
    const v = values[token[i]!] ?? 0;
    const next = values[token[i + 1] ?? ''] ?? 0;
    if (v === 0) return 0;
    total += v < next ? -v : v;
  }
  return total;
}

function demoteRomanToAlpha(line: Line): void {
  // Without a "II." anywhere, "I." or "C." is more likely a letter than a Roman numeral.
  const letter = line.text[0]!.toLowerCase();
  line.style = 'alpha';
  line.ordinal = letter.charCodeAt(0) - 96;
}

function isNumberedHeadingText(rest: string): boolean {
  if (!rest || rest.length > MAX_HEADING_TEXT) return false;
  if (!/^[A-Z“"'‘(\u00C0-\u00DE]/.test(rest)) return false;
  if (wordCount(rest) > MAX_NUMBERED_HEADING_WORDS) return false;
  if (/[.;,]$/.test(rest) && !NAME_ABBREVIATION.test(rest)) return false;
  if (/[@]|https?:\/\//i.test(rest)) return false;
  return true;
}

function unnumberedShape(text: string): Shape | null {
  if (text.length > MAX_HEADING_TEXT) return null;
  if (!/^[A-Z“"'‘\u00C0-\u00DE]/.test(text)) return null;
  if (/[.!,;]$/.test(text) && !NAME_ABBREVIATION.test(text)) return null;
  // "Email: x@y.com", "Phone: 555 0100", URLs: labelled values, not headings.
  if (/:\s|@|https?:\/\/|www\./i.test(text)) return null;
  const colon = text.endsWith(':');
  const words = text.split(/\s+/);
  if (words.length > MAX_UNNUMBERED_HEADING_WORDS) return null;
  const letters = text.replace(/[^A-Za-z\u00C0-\u024F]/g, '');
  if (letters.length < 3) return null;
  if (letters === letters.toUpperCase()) return 'caps';
  // "Information We Collect:" is a heading; "Contact us at:" introduces what follows.
  if (colon) return titleCased(words) ? 'title' : null;
  if (titleCased(words)) return 'title';
  return words.length <= 8 ? 'sentence' : null;
}

function titleCased(words: readonly string[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^A-Za-z\u00C0-\u024F]+/, '');
    if (!bare || SMALL_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^[A-Z\u00C0-\u00DE]/.test(bare)) capitalised++;
  }
  return content > 0 && capitalised / content >= 0.6;
}

function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * Consecutive numbered lines counting up (a table of contents, a numbered list of data items) are list items,
 * not a run of empty sections.
 */
function resolveNumberedRuns(lines: Line[]): void {
  const inRun = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (a.style && a.style === b.style && a.depth === b.depth && b.ordinal === a.ordinal + 1) {
      inRun[i] = true;
      inRun[i + 1] = true;
    }
  }
  lines.forEach((line, i) => {
    if (inRun[i] && line.kind === 'heading' && line.shape === 'numbered') {
      line.kind = 'list-item';
      line.shape = undefined;
    }
  });
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '”', '’', ')', ']']);

/** Reads the last character only: joined paragraphs grow long, and an end-anchored regex would rescan them. */
function endsSentence(text: string): boolean {
  return SENTENCE_END.has(text[text.length - 1] ?? '');
}

function isProse(line: Line | undefined): boolean {
  if (!line) return false;
  if (line.kind === 'list-item') return true;
  return line.kind === 'paragraph' && !line.shape && wordCount(line.text) >= MIN_PROSE_WORDS;
}

/** Unnumbered short lines are headings only where a heading would be: after finished text, before prose. */
function resolveUnnumbered(lines: Line[], documentStart: boolean): void {
  const isStrongShape = (l: Line | undefined) => l?.shape === 'caps' || l?.shape === 'title';
  const inColonList = lines.map((line, i) => Boolean(line.shape) && followsColonLine(lines, i));
  const accepted = lines.map((line, i) => {
    if (line.kind !== 'paragraph' || !line.shape) return false;
    const previous = lines[i - 1];
    const next = lines[i + 1];
    // A line that runs on in lower case is the first half of a hard-wrapped sentence.
    if (next && /^[a-z]/.test(next.text)) return false;
    if (documentStart && i === 0)
      return next !== undefined && (line.shape !== 'sentence' || wordCount(line.text) <= 6);
    // Short lines after "We collect:" are the items of a list that lost its bullets.
    if (inColonList[i]) return false;
    const afterBreak =
      !previous ||
      line.blankBefore ||
      previous.kind === 'heading' ||
      previous.kind === 'list-item' ||
      endsSentence(previous.text) ||
      endsLabelLine(previous.text) ||
      inColonList[i - 1] === true ||
      (isStrongShape(previous) && line.shape !== 'sentence');
    // A line right above a heading announces nothing, unless it is an upper-case part title ("PART A").
    const beforeText =
      isProse(next) ||
      (next?.kind === 'heading' && line.shape === 'caps') ||
      (line.shape !== 'sentence' && isStrongShape(next) && headingChainEndsInProse(lines, i + 1));
    return afterBreak && beforeText;
  });
  lines.forEach((line, i) => {
    if (accepted[i]) line.kind = 'heading';
    else if (line.kind === 'paragraph') line.shape = undefined;
  });
}

/** "Collecting Data" / "Types of Data" / "Personal Data" / prose: stacked headings of nested levels. */
function headingChainEndsInProse(lines: readonly Line[], from: number): boolean {
  let k = from;
  while (
    k < from + MAX_HEADING_CHAIN &&
    lines[k] &&
    (lines[k]!.shape === 'caps' || lines[k]!.shape === 'title')
  )
    k++;
  return isProse(lines[k]);
}

function followsColonLine(lines: readonly Line[], i: number): boolean {
  let j = i;
  while (j > 0 && i - j < MAX_LIST_ITEMS && !lines[j]!.blankBefore) {
    const before = lines[j - 1]!;
    if (before.text.endsWith(':')) {
      // Items of a list share a look: a Title Case line after "Email address / Phone number" is a new heading.
      const item = lines[j]!.shape;
      return !(item === 'sentence' && lines[i]!.shape !== 'sentence' && j < i);
    }
    if (before.kind !== 'paragraph' || !before.shape) return false;
    j--;
  }
  return false;
}

/** "Effective date: 1 May 2024", "Version 3": a finished label line, after which a heading may start. */
function endsLabelLine(text: string): boolean {
  return text.length <= 80 && (/\d$/.test(text) || /:\s/.test(text));
}

function assignLevels(lines: Line[]): void {
  const styles = new Set<NumberStyle>();
  let hasCaps = false;
  for (const line of lines) {
    if (line.kind !== 'heading') continue;
    if (line.shape === 'numbered' && line.style) styles.add(line.style);
    if (line.shape === 'caps') hasCaps = true;
  }
  const present = STYLE_ORDER.filter((s) => styles.has(s));
  const base = new Map(present.map((s, i) => [s, 2 + i] as const));
  let lastStructural = 1;
  lines.forEach((line, i) => {
    if (line.kind !== 'heading') return;
    if (line.shape === 'markdown') {
      lastStructural = line.level;
      return;
    }
    if (line.shape === 'numbered' && line.style) {
      line.level = Math.min(6, (base.get(line.style) ?? 2) + line.depth - 1);
      lastStructural = line.level;
      return;
    }
    if (i === 0 && (line.shape === 'title' || line.shape === 'caps' || line.shape === 'sentence')) {
      line.level = 1;
      return;
    }
    if (present.length > 0) line.level = Math.min(6, lastStructural + 1);
    else line.level = line.shape === 'caps' || !hasCaps ? 2 : 3;
  });
}

function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  // The pieces of the last block, joined once at the end: appending to a string and then reading its last
  // character would flatten it every time, which is quadratic on a hard-wrapped 5 MB paragraph.
  let pieces: string[] = [];
  let lastLine: Line | null = null;
  const close = () => {
    const last = blocks[blocks.length - 1];
    if (last && pieces.length > 1) last.text = pieces.join(' ');
    pieces = [];
  };
  for (const line of lines) {
    // A hard-wrapped paragraph continues on a line that starts in lower case.
    if (
      lastLine &&
      line.kind === 'paragraph' &&
      !line.blankBefore &&
      blocks[blocks.length - 1]!.kind !== 'heading' &&
      !endsSentence(lastLine.text) &&
      /^[a-z]/.test(line.text)
    ) {
      pieces.push(line.text);
    } else {
      close();
      blocks.push({
        kind: line.kind,
        level: line.kind === 'heading' ? Math.max(1, line.level) : 0,
        text: line.text,
      });
      pieces.push(line.text);
    }
    lastLine = line;
  }
  close();
  return blocks;
}
