// A cue's anchor says where it can start; most cues also need later words ("we ... receive ... from"), and a
// passage that lacks them can skip the regular expression entirely. This module reads those words off the pattern
// source, so the cue tables stay plain data and no row has to declare them by hand.
//
// For each top-level alternative the result is a conjunction of clauses: each clause lists word starts, at least
// one of which begins a word of every passage that alternative can match. "Word" is the scanner's notion in
// score.ts: a run of a-z and 0-9 in the lower-cased passage. The analysis only ever leaves words out (a clause it
// cannot prove is dropped, an optional part proves nothing), so skipping a cue whose words are missing never
// changes a score: tests/analyze/classify/required-words.test.ts checks this against a full scan of the corpus.

import { MAX_ANCHOR } from './anchors';

type Node =
  | { kind: 'char'; ch: string }
  | { kind: 'class'; nonWord: boolean }
  | { kind: 'assert'; boundary: boolean }
  | { kind: 'group'; alts: Node[][]; look: 'none' | 'ahead' | 'behind' | 'negative' }
  | { kind: 'repeat'; node: Node; min: number }
  | { kind: 'opaque' };

const ALNUM = /^[a-z0-9]$/i;

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  /** Alternatives up to the closing parenthesis of the current group (or the end). */
  alternation(): Node[][] {
    const alts: Node[][] = [[]];
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === ')') break;
      if (ch === '|') {
        this.i++;
        alts.push([]);
        continue;
      }
      const atom = this.atom();
      alts[alts.length - 1]!.push(this.quantified(atom));
    }
    return alts;
  }

  private atom(): Node {
    const ch = this.src[this.i++]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape();
    if (ch === '.') return { kind: 'opaque' };
    if (ch === '^') return { kind: 'assert', boundary: true };
    if (ch === '$') return { kind: 'assert', boundary: false };
    return { kind: 'char', ch: ch.toLowerCase() };
  }

  private group(): Node {
    let look: 'none' | 'ahead' | 'behind' | 'negative' = 'none';
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i)) {
      look = 'ahead';
      this.i += 2;
    } else if (this.src.startsWith('?<=', this.i)) {
      look = 'behind';
      this.i += 3;
    } else if (this.src.startsWith('?!', this.i) || this.src.startsWith('?<!', this.i)) {
      look = 'negative';
      this.i += this.src[this.i + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.i)) {
      // A named group: skip its name.
      const close = this.src.indexOf('>', this.i);
      this.i = close < 0 ? this.src.length : close + 1;
    }
    const alts = this.alternation();
    this.i++; // ')'
    return { kind: 'group', alts, look };
  }

  /** A class is "non-word" when nothing in it can match a letter or a digit; ranges and codes count as words. */
  private charClass(): Node {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let wordish = false;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const ch = this.src[this.i++]!;
      let single: string | null = ch;
      if (ch === '\\') {
        const e = this.src[this.i++] ?? '';
        // \W, white space and backspace are non-word; \w, \d, codes and other letters may be words.
        single = /^[Wsbtnrfv]$/.test(e) ? null : ALNUM.test(e) ? 'a' : e;
      }
      if (single !== null && this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        // A range: its end is skipped (an escaped end whole).
        this.i += this.src[this.i + 1] === '\\' ? 3 : 2;
        wordish = true;
        continue;
      }
      if (single !== null && ALNUM.test(single)) wordish = true;
    }
    this.i++; // ']'
    return { kind: 'class', nonWord: !negated && !wordish };
  }

  private escape(): Node {
    const e = this.src[this.i++] ?? '';
    if (e === 'b') return { kind: 'assert', boundary: true };
    if (e === 'B') return { kind: 'assert', boundary: false };
    if (e === 's' || e === 't' || e === 'n' || e === 'r' || e === 'f' || e === 'v')
      return { kind: 'class', nonWord: true };
    if (e === 'W') return { kind: 'class', nonWord: true };
    if (e === 'w' || e === 'd') return { kind: 'class', nonWord: false };
    // Codes, other classes and back-references: nothing to prove about them. The fixed-length code escapes are
    // skipped whole so their hex digits are not read as letters.
    if (e === 'u') this.i += 4;
    else if (e === 'x') this.i += 2;
    else if (e === 'c') this.i += 1;
    else if ((e === 'p' || e === 'P') && this.src[this.i] === '{')
      this.i = this.src.indexOf('}', this.i) + 1;
    if (ALNUM.test(e)) return { kind: 'opaque' };
    // An escaped punctuation mark matches itself.
    return { kind: 'char', ch: e };
  }

  private quantified(node: Node): Node {
    const ch = this.src[this.i];
    let min = -1;
    if (ch === '?' || ch === '*') min = 0;
    else if (ch === '+') min = 1;
    else if (ch === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (m) {
        min = Number(m[1]);
        this.i += m[0].length - 1;
      }
    }
    if (min < 0) return node;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { kind: 'repeat', node, min };
  }
}

interface Analysis {
  clauses: string[][];
  /** Whether the position after the sequence is sure to start a word if a letter or digit follows. */
  boundary: boolean;
}

/** The word starts every match of one alternative needs, walking it left to right. */
function analyzeSequence(nodes: readonly Node[], startBoundary: boolean): Analysis {
  const clauses: string[][] = [];
  let boundary = startBoundary;
  let word: string | null = null;
  const flush = () => {
    if (word) clauses.push([word.slice(0, MAX_ANCHOR)]);
    word = null;
  };
  for (const node of nodes) {
    if (node.kind === 'char') {
      if (ALNUM.test(node.ch)) {
        if (word !== null) word += node.ch;
        else if (boundary) word = node.ch;
        boundary = false;
      } else {
        flush();
        boundary = true;
      }
    } else if (node.kind === 'class') {
      flush();
      boundary = node.nonWord;
    } else if (node.kind === 'assert') {
      flush();
      // After \b a letter can only follow a non-word character (or the start), which starts a scanner word too.
      boundary = node.boundary;
    } else if (node.kind === 'opaque') {
      flush();
      boundary = false;
    } else if (node.kind === 'group') {
      flush();
      if (node.look === 'negative') continue;
      // A lookbehind's text ends where the match goes on; what came before it is unknown.
      const inner = analyzeGroup(node.alts, node.look === 'behind' ? false : boundary);
      clauses.push(...inner.clauses);
      // A lookaround consumes nothing: the position is unchanged, and after a lookbehind it is also known to follow
      // the lookbehind's text.
      if (node.look === 'none') boundary = inner.boundary;
      else if (node.look === 'behind') boundary ||= inner.boundary;
    } else {
      // A repeat: the first copy of a mandatory atom counts like the atom, then the word can go no further.
      const atom = node.node;
      if (node.min >= 1) {
        if (atom.kind === 'char' && ALNUM.test(atom.ch)) {
          if (word !== null) word += atom.ch;
          else if (boundary) word = atom.ch;
          flush();
          boundary = false;
          continue;
        }
        const once = analyzeSequence([atom], boundary);
        flush();
        clauses.push(...once.clauses);
        // With one copy the first copy's end is the end; later copies start where the previous one ended, which is
        // judged (conservatively) as not a word start.
        boundary = once.boundary && analyzeSequence([atom], false).boundary;
      } else {
        flush();
        // Zero copies leave the position as it was; otherwise the last copy decides.
        boundary = boundary && analyzeSequence([atom], false).boundary;
      }
    }
  }
  flush();
  return { clauses, boundary };
}

/** A group's alternatives: a clause shared by all of them is one clause listing each alternative's best words. */
function analyzeGroup(alts: readonly Node[][], startBoundary: boolean): Analysis {
  const analyses = alts.map((alt) => analyzeSequence(alt, startBoundary));
  const boundary = analyses.every((a) => a.boundary);
  if (analyses.length === 1) return analyses[0]!;
  if (analyses.some((a) => a.clauses.length === 0)) return { clauses: [], boundary };
  const merged = new Set<string>();
  for (const a of analyses) for (const w of mostSelective(a.clauses)) merged.add(w);
  return { clauses: [[...merged]], boundary };
}

/** The clause whose shortest word is longest: long word starts are rare, so they rule out the most passages. */
function mostSelective(clauses: readonly string[][]): string[] {
  let best = clauses[0]!;
  const shortest = (c: readonly string[]) => Math.min(...c.map((w) => w.length));
  for (const c of clauses) if (shortest(c) > shortest(best)) best = c;
  return best;
}

/** Drops repeated clauses (the same words in another order). */
function distinct(clauses: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return clauses.filter((c) => {
    const key = [...c].sort().join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The word starts any match of `source` needs, one entry per top-level alternative: each entry is a list of
 * clauses, and a clause lists words one of which must begin a word of the passage. A passage can match only if
 * every clause of some entry is met. [] when nothing can be proved for some alternative (then the pattern must
 * always be tried). Words are lower-case and at most MAX_ANCHOR long.
 */
export function requiredWordsOf(source: string): string[][][] {
  const parser = new Parser(source);
  const alts = parser.alternation();
  // An unbalanced source is not analysed: nothing is proved.
  if (parser.i < source.length) return [];
  // A match may begin inside a word unless the pattern says otherwise (\b, ^).
  const entries = alts.map((alt) => distinct(analyzeSequence(alt, false).clauses));
  return entries.some((clauses) => clauses.length === 0) ? [] : entries;
}
