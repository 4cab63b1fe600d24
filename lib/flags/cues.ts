import type { Evidence } from '../schema';
import { evidenceOf, type PolicyDocument, type Sentence } from '../analyze/types';
import { allMatches } from '../text/matches';
import { registerAnyOf, sentenceLiterals } from '../text/sentence-literals';

/**
 * A sentence-level cue: how policies in general phrase a practice. `match` is the phrase; `also` must appear
 * somewhere in the same sentence (e.g. a sharing verb next to a vague recipient); `unless` vetoes the sentence.
 * All patterns are case-insensitive, non-global and bounded so they cannot backtrack catastrophically.
 */
export interface Cue {
  match: RegExp;
  also?: RegExp;
  unless?: RegExp;
  reason: string;
}

/** How a cue's negation ("we do not sell") is treated: skip negated mentions, keep only them, or ignore negation. */
export type NegationMode = 'skip' | 'only' | 'ignore';

export interface CueOptions {
  negation?: NegationMode;
  /** At most this many sentences are returned as evidence. */
  limit?: number;
}

// Sentences longer than this are only searched in their opening part: real policy sentences are far shorter,
// and the cap keeps hostile input (a 5 MB run without punctuation) linear.
const MAX_SENTENCE_CHARS = 2000;
/** At most this many sentences quote one flag: enough to show the practice, short enough to read. */
export const MAX_EVIDENCE = 3;
const NEGATION_WINDOW = 90;
// A denial ("we do not use …") sits close to what it denies; a far-off "not" belongs to another clause.
const DENIAL_WINDOW = 60;

// A new clause with its own subject ("…, and we use …") ends the reach of an earlier "not".
const CLAUSE_BOUNDARY =
  /[;:()?!]|\b(?:but|however|although|though|whereas|except|unless|while|if)\b|\b(?:and|or)\s+(?:we|our|they|you|it|these|this|such|the)\b/gi;
const NEGATION = /\b(?:not|never|no|neither|nor|cannot|none)\b|n['’]t\b/i;

interface SearchableSentence {
  sentence: Sentence;
  text: string;
}

const searchableByDoc = new WeakMap<PolicyDocument, SearchableSentence[]>();

/** The document's body sentences in text order (headings excluded: a heading names a topic, not a practice). */
export function searchableSentences(doc: PolicyDocument): SearchableSentence[] {
  let list = searchableByDoc.get(doc);
  if (!list) {
    list = [];
    for (const sentence of doc.sentences) {
      if (doc.blocks[sentence.block]?.kind === 'heading') continue;
      list.push({ sentence, text: sentence.text.slice(0, MAX_SENTENCE_CHARS) });
    }
    list.sort((a, b) => a.sentence.start - b.sentence.start);
    searchableByDoc.set(doc, list);
  }
  return list;
}

/** Index of the last sentence starting at or before `offset`, or -1. */
function sentenceAt(list: readonly SearchableSentence[], offset: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.sentence.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The body sentences in which some cue of the set matches within the sentence and where a scan of the whole text
 * for the set finds a match starting (the rule this module has always applied; callers then read the sentence with
 * matchCue). Sentences are looked at only if they contain one of the literals every match of the set must contain:
 * one scan of the text for the literals of every flag (see literal-index.ts) instead of a regex scan per flag.
 */
export function* candidateSentences(
  doc: PolicyDocument,
  cues: readonly Cue[],
): Generator<SearchableSentence> {
  const list = searchableSentences(doc);
  const c = compile(cues);
  if (!c.literals) {
    yield* scannedSentences(doc, list, c.finder);
    return;
  }
  const at = searchableAt(doc);
  for (const i of sentenceLiterals(doc).spansWithAny(c.literals)) {
    const hit = at[i];
    if (!hit) continue;
    if (!c.prefilter.test(hit.text)) continue;
    if (!matchStartsIn(doc.text, c.finder, hit.sentence)) continue;
    yield hit;
  }
}

/**
 * Whether the whole-text scan finds a match starting inside `sentence`. Almost always so once the sentence matches
 * on its own; kept so that a match that only exists without the text around it (a lookahead into the next
 * sentence) is treated as it always was.
 */
function matchStartsIn(text: string, finder: RegExp, sentence: Sentence): boolean {
  finder.lastIndex = sentence.start;
  const m = finder.exec(text);
  finder.lastIndex = 0;
  return m !== null && m.index < sentence.end;
}

/**
 * Cue sets whose regexes require no literal: one scan of the whole text. After a hit the scan resumes at the end
 * of that sentence, after a miss at the next sentence start, so each sentence where a match starts is found once.
 */
function* scannedSentences(
  doc: PolicyDocument,
  list: readonly SearchableSentence[],
  finder: RegExp,
): Generator<SearchableSentence> {
  finder.lastIndex = 0;
  for (let m = finder.exec(doc.text); m !== null; m = finder.exec(doc.text)) {
    const i = sentenceAt(list, m.index);
    const hit = i >= 0 ? list[i]! : null;
    if (hit && m.index < hit.sentence.end) {
      yield hit;
      finder.lastIndex = hit.sentence.end;
    } else {
      // In a heading or between sentences: look again from the next sentence's start.
      const next = list[i + 1];
      if (!next) return;
      finder.lastIndex = Math.max(next.sentence.start, m.index + 1);
    }
  }
}

/** For each sentence of the document (by index), its searchable entry, or undefined for a heading. */
const searchableAtByDoc = new WeakMap<PolicyDocument, (SearchableSentence | undefined)[]>();

function searchableAt(doc: PolicyDocument): (SearchableSentence | undefined)[] {
  let at = searchableAtByDoc.get(doc);
  if (!at) {
    at = new Array<SearchableSentence | undefined>(doc.sentences.length);
    const index = new Map(doc.sentences.map((s, i) => [s, i]));
    for (const entry of searchableSentences(doc)) at[index.get(entry.sentence)!] = entry;
    searchableAtByDoc.set(doc, at);
  }
  return at;
}

/**
 * Declares a flag's cue set: compiled and its literals registered when the module loads, so that the first
 * document's literal scan already covers every flag.
 */
export function defineCues(cues: readonly Cue[]): readonly Cue[] {
  compile(cues);
  declared.push(cues);
  return cues;
}

const declared: (readonly Cue[])[] = [];

interface CompiledCues {
  prefilter: RegExp;
  /** One of these (lower-case) is in every match of every cue; null when some cue requires none. */
  literals: string[] | null;
  /** The prefilter for scanning a whole text; its lastIndex is reset before each use. */
  finder: RegExp;
  scanners: RegExp[];
}

const compiled = new WeakMap<readonly Cue[], CompiledCues>();

function compile(cues: readonly Cue[]): CompiledCues {
  let c = compiled.get(cues);
  if (!c) {
    const union = cues.map((cue) => `(?:${cue.match.source})`).join('|');
    const literals = registerAnyOf(cues.map((cue) => new RegExp(cue.match.source, 'i')));
    c = {
      prefilter: new RegExp(union, 'i'),
      literals,
      finder: new RegExp(union, 'gi'),
      scanners: cues.map((cue) => new RegExp(cue.match.source, 'gi')),
    };
    compiled.set(cues, c);
  }
  return c;
}

/** Whether the words just before `index` negate what follows, within the same clause. */
export function isNegatedAt(text: string, index: number, window = NEGATION_WINDOW): boolean {
  const from = Math.max(0, index - window);
  const before = text.slice(from, index);
  let cut = 0;
  // Only the last boundary matters: exec in place rather than a matchAll clone per call.
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(before); m !== null; m = CLAUSE_BOUNDARY.exec(before))
    cut = m.index + m[0].length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  return NEGATION.test(before.slice(cut));
}

/** The first cue that holds in this sentence text under the negation mode, or null. */
export function matchCue(
  text: string,
  cues: readonly Cue[],
  negation: NegationMode = 'skip',
): Cue | null {
  const { prefilter, scanners } = compile(cues);
  if (!prefilter.test(text)) return null;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    if (cue.also && !cue.also.test(text)) continue;
    if (cue.unless && cue.unless.test(text)) continue;
    for (const m of allMatches(scanners[i]!, text)) {
      if (negation === 'ignore') return cue;
      const negated = isNegatedAt(
        text,
        m.index,
        negation === 'only' ? DENIAL_WINDOW : NEGATION_WINDOW,
      );
      if (negated === (negation === 'only')) return cue;
      if (m[0].length === 0) break;
    }
  }
  return null;
}

/** Evidence from the body sentences where a cue holds. */
export function findCueEvidence(
  doc: PolicyDocument,
  cues: readonly Cue[],
  options: CueOptions = {},
): Evidence[] {
  const limit = options.limit ?? MAX_EVIDENCE;
  const out: Evidence[] = [];
  for (const { sentence, text } of candidateSentences(doc, cues)) {
    if (matchCue(text, cues, options.negation) === null) continue;
    out.push(evidenceOf(sentence));
    if (out.length >= limit) break;
  }
  return out;
}

/** Evidence list or null: flags are raised only with at least one piece of evidence. */
export function nonEmpty(evidence: Evidence[]): Evidence[] | null {
  return evidence.length > 0 ? evidence : null;
}

/** Up to `limit` distinct pieces of evidence, in text order. */
export function uniqueEvidence(evidence: readonly Evidence[], limit = MAX_EVIDENCE): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const e of [...evidence].sort((a, b) => a.start - b.start)) {
    if (seen.has(e.start)) continue;
    seen.add(e.start);
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * Where to point for a flag about something missing: the first body sentence of a section that carries
 * `category` (it shows what the policy says instead), else the policy's opening line (its title).
 */
export function absenceEvidence(doc: PolicyDocument, category: string): Evidence[] | null {
  const section = doc.sections.findIndex((s) => (s.categories as string[]).includes(category));
  if (section >= 0) {
    const inSection = searchableSentences(doc).find((s) => s.sentence.section === section);
    if (inSection) return [evidenceOf(inSection.sentence)];
  }
  const first = doc.sentences[0];
  return first ? [evidenceOf(first)] : null;
}

/** The literals one of which every match of the set contains (null: none required), as the filter uses them. */
export function cueSetLiterals(cues: readonly Cue[]): readonly string[] | null {
  return compile(cues).literals;
}

/** Every cue set declared with defineCues, for tests that check the literal filter against real text. */
export function declaredCueSets(): readonly (readonly Cue[])[] {
  return declared;
}
