import type { Category } from '../../schema';
import { MAX_ANCHOR, MIN_ANCHOR } from './anchors';
import { compiledCues, type Cue } from './cues';

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
  /** Anchor word start -> indices of the cues it can start. */
  byAnchor: Map<string, number[]>;
  anchorLengths: number[];
}

let index: CueIndex | null = null;

function cueIndex(): CueIndex {
  if (index) return index;
  const cues = compiledCues();
  const byAnchor = new Map<string, number[]>();
  cues.forEach((cue, i) => {
    for (const anchor of cue.anchors ?? []) {
      const list = byAnchor.get(anchor) ?? [];
      if (!list.includes(i)) list.push(i);
      byAnchor.set(anchor, list);
    }
  });
  const anchorLengths = [...new Set([...byAnchor.keys()].map((a) => a.length))].sort(
    (a, b) => a - b,
  );
  index = { cues, byAnchor, anchorLengths };
  return index;
}

/** Words seen so far and the cues each can start; vocabularies repeat, so each word is looked up once. */
const cuesOfWord = new Map<string, readonly number[]>();
const MAX_CACHED_WORDS = 50_000;
const NONE: readonly number[] = [];

function cuesStartedBy(word: string, { byAnchor, anchorLengths }: CueIndex): readonly number[] {
  const cached = cuesOfWord.get(word);
  if (cached) return cached;
  let found: number[] | null = null;
  for (const length of anchorLengths) {
    if (length > word.length || length > MAX_ANCHOR) break;
    if (length < MIN_ANCHOR) continue;
    const ids = byAnchor.get(length === word.length ? word : word.slice(0, length));
    if (ids) (found ??= []).push(...ids);
  }
  const result = found ?? NONE;
  // Hostile input can hold endless distinct "words": stop remembering rather than grow without bound.
  if (cuesOfWord.size < MAX_CACHED_WORDS && word.length <= MAX_ANCHOR * 2)
    cuesOfWord.set(word, result);
  return result;
}

/**
 * Where each anchored cue could start: the offsets of the words beginning with one of its anchors. Trying a cue
 * only there (sticky matching) instead of scanning the whole passage with every pattern keeps scoring cheap.
 */
function candidateStarts(lower: string, idx: CueIndex): (number[] | undefined)[] {
  const starts: (number[] | undefined)[] = new Array(idx.cues.length);
  // A hand-rolled scan for [a-z0-9]+ words: matchAll allocates a match object per word, and this is the hot loop.
  let wordStart = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 0;
    const isWordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (isWordChar) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart < 0) continue;
    for (const id of cuesStartedBy(lower.slice(wordStart, i), idx))
      (starts[id] ??= []).push(wordStart);
    wordStart = -1;
  }
  return starts;
}

function matchesAt(pattern: RegExp, text: string, positions: readonly number[]): boolean {
  for (const position of positions) {
    pattern.lastIndex = position;
    if (pattern.test(text)) return true;
  }
  return false;
}

/** Total cue weight per category for one passage; categories with no matching cue are absent. */
export function scorePassage(text: string): Map<Category, CategoryEvidence> {
  const passage = text.length > MAX_PASSAGE_CHARS ? text.slice(0, MAX_PASSAGE_CHARS) : text;
  const idx = cueIndex();
  const lower = passage.toLowerCase();
  const starts = candidateStarts(lower, idx);
  const scores = new Map<Category, CategoryEvidence>();
  idx.cues.forEach((cue, i) => {
    if (cue.requires && !lower.includes(cue.requires)) return;
    const matched = cue.anchors
      ? matchesAt(cue.pattern, passage, starts[i] ?? NONE)
      : cue.pattern.test(passage);
    if (!matched) return;
    const entry = scores.get(cue.category) ?? { category: cue.category, score: 0, reasons: [] };
    entry.score += cue.weight;
    entry.reasons.push(cue.reason);
    scores.set(cue.category, entry);
  });
  return scores;
}
