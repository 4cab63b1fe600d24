import type { Category } from '../../schema';
import { compiledCues, type Cue } from './cues';
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
  /** The cues whose anchor ends at each node. */
  cuesAt: (readonly number[] | null)[];
}

// Word characters are a-z (symbols 0-25) and 0-9 (26-35); node 0 is the root.
const SYMBOLS = 36;

function symbolOf(code: number): number {
  return code >= 97 ? code - 97 : code - 48 + 26;
}

let index: CueIndex | null = null;

function cueIndex(): CueIndex {
  if (index) return index;
  const cues = compiledCues();
  const anchored: { anchor: string; cue: number }[] = [];
  cues.forEach((cue, i) => {
    for (const anchor of cue.anchors ?? []) anchored.push({ anchor, cue: i });
  });
  const nodes: number[][] = [[]];
  const cuesAt: number[][] = [[]];
  for (const { anchor, cue } of anchored) {
    let node = 0;
    for (const ch of anchor) {
      const symbol = symbolOf(ch.charCodeAt(0));
      let next = nodes[node]![symbol];
      if (next === undefined) {
        next = nodes.length;
        nodes[node]![symbol] = next;
        nodes.push([]);
        cuesAt.push([]);
      }
      node = next;
    }
    if (!cuesAt[node]!.includes(cue)) cuesAt[node]!.push(cue);
  }
  const children = new Int32Array(nodes.length * SYMBOLS);
  nodes.forEach((row, node) =>
    row.forEach((next, symbol) => {
      children[node * SYMBOLS + symbol] = next;
    }),
  );
  index = { cues, children, cuesAt: cuesAt.map((ids) => (ids.length ? ids : null)) };
  return index;
}

/** Word offsets per cue, reused from passage to passage (scoring is synchronous) to spare the allocations. */
let positions: number[][] = [];
let counts = new Int32Array(0);

/**
 * Where each anchored cue could start: the offsets of the words beginning with one of its anchors, left in
 * positions/counts. Trying a cue only there (sticky matching) instead of scanning the whole passage with every
 * pattern keeps scoring cheap. Each word walks the anchor trie as its characters are read, so no word is copied
 * or hashed, and the walk stops at the first character no anchor continues with.
 */
function collectCandidateStarts(lower: string, idx: CueIndex): void {
  if (positions.length !== idx.cues.length) {
    positions = idx.cues.map(() => []);
    counts = new Int32Array(idx.cues.length);
  } else counts.fill(0);
  const { children, cuesAt } = idx;
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
    const ids = cuesAt[node];
    if (!ids) continue;
    for (const id of ids) {
      positions[id]![counts[id]!] = wordStart;
      counts[id]!++;
    }
  }
}

function matchesAt(pattern: RegExp, text: string, at: readonly number[], count: number): boolean {
  for (let k = 0; k < count; k++) {
    pattern.lastIndex = at[k]!;
    if (pattern.test(text)) return true;
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
  for (let i = 0; i < idx.cues.length; i++) {
    const cue = idx.cues[i]!;
    if (cue.requires && !lower.includes(cue.requires)) continue;
    if (cue.anchors && counts[i] === 0) continue;
    const matched = cue.anchors
      ? matchesAt(cue.pattern, passage, positions[i]!, counts[i]!)
      : cue.pattern.test(passage);
    if (!matched) continue;
    const entry = scores.get(cue.category) ?? { category: cue.category, score: 0, reasons: [] };
    entry.score += cue.weight;
    entry.reasons.push(cue.reason);
    scores.set(cue.category, entry);
  }
  return scores;
}
