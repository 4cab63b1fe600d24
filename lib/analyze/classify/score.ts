import type { Category } from '../../schema';
import { compiledCues, type Cue } from './cues';
import { requiredWordsOf } from './required-words';
import { toLowerSameLength } from '../../text/lower-case';

/** Passages longer than this are scored on their start: labels are about topic, and cost must stay bounded. */
export const MAX_PASSAGE_CHARS = 20_000;

export interface CategoryEvidence {
  category: Category;
  score: number;
  /** The reasons of the cues that matched, for explaining a label. */
  reasons: string[];
}

interface CueIndex {
  cues: readonly Cue[];
  /** The anchors as a trie over word characters: children[node * SYMBOLS + symbol] is a node, or 0 for none. */
  children: Int32Array;
  /** The anchor (id) ending at each node, or -1. */
  anchorAt: Int32Array;
  /** Per anchor, the cues it anchors. */
  cuesOfAnchor: readonly Int32Array[];
  /**
   * Per cue, its anchors; an anchor that another of the cue's anchors starts ("uses" after "use") is left out, as
   * its words are the shorter one's too.
   */
  anchorsOfCue: readonly (Int32Array | null)[];
  /** The required word ending at each node, or -1: the words are the trie's too, so the same walk finds them. */
  wordAt: Int32Array;
  /**
   * Per cue, its required clauses (ids) per top-level alternative: the cue can match only if, for some
   * alternative, the passage has a word of every clause. Flat, for a tight loop: cue i's alternatives are
   * reqData[reqStart[i] .. reqStart[i + 1]), each written as its clause count and then its clause ids. An empty
   * range: nothing proved.
   */
  reqStart: Int32Array;
  reqData: Int32Array;
  /** The distinct required clauses (ids) each required word belongs to. */
  clausesOfWord: readonly Int32Array[];
  clauseCount: number;
  wordCount: number;
}

// Word characters are a-z (symbols 0-25) and 0-9 (26-35); node 0 is the root.
const SYMBOLS = 36;

function symbolOf(code: number): number {
  return code >= 97 ? code - 97 : code - 48 + 26;
}

let index: CueIndex | null = null;

function flatten(required: readonly (readonly Int32Array[] | null)[]): {
  reqStart: Int32Array;
  reqData: Int32Array;
} {
  const data: number[] = [];
  const start = new Int32Array(required.length + 1);
  required.forEach((alts, i) => {
    start[i] = data.length;
    for (const clauses of alts ?? []) data.push(clauses.length, ...clauses);
  });
  start[required.length] = data.length;
  return { reqStart: start, reqData: Int32Array.from(data) };
}

function cueIndex(): CueIndex {
  if (index) return index;
  const cues = compiledCues();
  const nodes: number[][] = [[]];
  const anchorAtNode: number[] = [-1];
  const wordAtNode: number[] = [-1];
  /** The trie node of `word`, created as needed. */
  const nodeOf = (word: string): number => {
    let node = 0;
    for (const ch of word) {
      const symbol = symbolOf(ch.charCodeAt(0));
      let next = nodes[node]![symbol];
      if (next === undefined) {
        next = nodes.length;
        nodes[node]![symbol] = next;
        nodes.push([]);
        anchorAtNode.push(-1);
        wordAtNode.push(-1);
      }
      node = next;
    }
    return node;
  };
  const anchorIds = new Map<string, number>();
  const cuesOfAnchor: number[][] = [];
  const anchorsOfCue = cues.map((cue, i) => {
    if (!cue.anchors) return null;
    const own = [...new Set(cue.anchors)];
    const kept = own.filter((a) => !own.some((b) => b !== a && a.startsWith(b)));
    return Int32Array.from(kept, (anchor) => {
      let id = anchorIds.get(anchor);
      if (id === undefined) {
        id = anchorIds.size;
        anchorIds.set(anchor, id);
        cuesOfAnchor.push([]);
        anchorAtNode[nodeOf(anchor)] = id;
      }
      cuesOfAnchor[id]!.push(i);
      return id;
    });
  });
  const wordIds = new Map<string, number>();
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = wordIds.size;
      wordIds.set(word, id);
      wordAtNode[nodeOf(word)] = id;
    }
    return id;
  };
  const clauseIds = new Map<string, number>();
  const clauseWords: Int32Array[] = [];
  const clausesOfWord: number[][] = [];
  const clauseOf = (words: readonly string[]): number => {
    const key = [...words].sort().join('|');
    let id = clauseIds.get(key);
    if (id === undefined) {
      id = clauseWords.length;
      clauseIds.set(key, id);
      clauseWords.push(Int32Array.from(words, idOf));
      for (const w of clauseWords[id]!) (clausesOfWord[w] ??= []).push(id);
    }
    return id;
  };
  const required = cues.map((cue) => {
    const entries = requiredWordsOf(cue.match);
    // One entry whose only clause is the anchors proves nothing the candidate starts do not.
    if (entries.length === 0 || (entries.length === 1 && entries[0]!.length === 1 && cue.anchors))
      return null;
    // Alternatives that need one clause each are one alternative needing a word of any of them: one check.
    const single = entries.filter((clauses) => clauses.length === 1).flat(2);
    const merged = entries
      .filter((clauses) => clauses.length > 1)
      .map((c) => Int32Array.from(c, clauseOf));
    if (single.length > 0) merged.unshift(Int32Array.of(clauseOf([...new Set(single)])));
    return merged;
  });
  const children = new Int32Array(nodes.length * SYMBOLS);
  nodes.forEach((row, node) =>
    row.forEach((next, symbol) => {
      children[node * SYMBOLS + symbol] = next;
    }),
  );
  index = {
    cues,
    children,
    anchorAt: Int32Array.from(anchorAtNode),
    cuesOfAnchor: cuesOfAnchor.map((ids) => Int32Array.from(ids)),
    anchorsOfCue,
    wordAt: Int32Array.from(wordAtNode),
    ...flatten(required),
    clausesOfWord: Array.from({ length: wordIds.size }, (_, w) =>
      Int32Array.from(clausesOfWord[w] ?? []),
    ),
    clauseCount: clauseWords.length,
    wordCount: wordIds.size,
  };
  return index;
}

/**
 * Word offsets per anchor (where a word starting with it begins), reused from passage to passage (scoring is
 * synchronous) to spare the allocations; live[cue] === stamp when one of the cue's anchors occurs.
 */
let positions: number[][] = [];
let counts = new Int32Array(0);
let live = new Int32Array(0);
/** wordSeen[word] / clauseSeen[clause] === stamp: the current passage has that required word / a word of it. */
let wordSeen = new Int32Array(0);
let clauseSeen = new Int32Array(0);
let stamp = 0;

/**
 * Where the anchored cues could start: the offsets of the words beginning with each anchor, left in
 * positions/counts. Trying a cue only there (sticky matching) instead of scanning the whole passage with every
 * pattern keeps scoring cheap. Each word walks the anchor trie as its characters are read, so no word is copied
 * or hashed, and the walk stops at the first character no anchor continues with. The same walk notes which of
 * the cues' other required words the passage has.
 */
function collectCandidateStarts(lower: string, idx: CueIndex): void {
  if (positions.length !== idx.cuesOfAnchor.length) {
    positions = idx.cuesOfAnchor.map(() => []);
    counts = new Int32Array(idx.cuesOfAnchor.length);
    live = new Int32Array(idx.cues.length);
    wordSeen = new Int32Array(idx.wordCount);
    clauseSeen = new Int32Array(idx.clauseCount);
  } else counts.fill(0);
  stamp++;
  const { children, anchorAt, cuesOfAnchor, wordAt, clausesOfWord } = idx;
  let wordStart = -1;
  // The trie node of the word so far; -1 once no anchor can continue it.
  let node = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (!isWordChar) {
      wordStart = -1;
      continue;
    }
    if (wordStart < 0) {
      wordStart = i;
      node = 0;
    }
    if (node < 0) continue;
    node = children[node * SYMBOLS + symbolOf(code)]! || -1;
    if (node < 0) continue;
    const word = wordAt[node]!;
    if (word >= 0 && wordSeen[word] !== stamp) {
      wordSeen[word] = stamp;
      for (const c of clausesOfWord[word]!) clauseSeen[c] = stamp;
    }
    const anchor = anchorAt[node]!;
    if (anchor < 0) continue;
    const n = counts[anchor]!;
    // The anchor's first word in this passage makes its cues worth a look.
    if (n === 0) for (const id of cuesOfAnchor[anchor]!) live[id] = stamp;
    positions[anchor]![n] = wordStart;
    counts[anchor] = n + 1;
  }
}

/** Whether the passage just scanned has, for some alternative of cue `id`, a word of each of its clauses. */
function hasRequiredWords(reqStart: Int32Array, reqData: Int32Array, id: number): boolean {
  let k = reqStart[id]!;
  const end = reqStart[id + 1]!;
  if (k === end) return true;
  while (k < end) {
    const next = k + 1 + reqData[k]!;
    let met = true;
    for (let c = k + 1; c < next && met; c++) met = clauseSeen[reqData[c]!] === stamp;
    if (met) return true;
    k = next;
  }
  return false;
}

/** Whether the sticky pattern matches at one of the anchors' word starts. */
function matchesAt(pattern: RegExp, text: string, anchors: Int32Array): boolean {
  for (const anchor of anchors) {
    const at = positions[anchor]!;
    const count = counts[anchor]!;
    for (let k = 0; k < count; k++) {
      pattern.lastIndex = at[k]!;
      if (pattern.test(text)) return true;
    }
  }
  return false;
}

/** Total cue weight per category for one passage; categories with no matching cue are absent. */
export function scorePassage(text: string): Map<Category, CategoryEvidence> {
  const passage = text.length > MAX_PASSAGE_CHARS ? text.slice(0, MAX_PASSAGE_CHARS) : text;
  const idx = cueIndex();
  const lower = toLowerSameLength(passage);
  collectCandidateStarts(lower, idx);
  const scores = new Map<Category, CategoryEvidence>();
  const { reqStart, reqData } = idx;
  for (let i = 0; i < idx.cues.length; i++) {
    const cue = idx.cues[i]!;
    const anchors = idx.anchorsOfCue[i]!;
    if (anchors && live[i] !== stamp) continue;
    if (cue.requires && !lower.includes(cue.requires)) continue;
    if (!hasRequiredWords(reqStart, reqData, i)) continue;
    const matched = anchors ? matchesAt(cue.pattern, passage, anchors) : cue.pattern.test(passage);
    if (!matched) continue;
    const entry = scores.get(cue.category) ?? { category: cue.category, score: 0, reasons: [] };
    entry.score += cue.weight;
    entry.reasons.push(cue.reason);
    scores.set(cue.category, entry);
  }
  return scores;
}
