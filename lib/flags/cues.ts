import type { Evidence } from '../schema';
import { evidenceOf, type PolicyDocument, type Sentence } from '../analyze/types';

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

/** The document's body sentences (headings excluded: a heading names a topic, it states no practice). */
export function searchableSentences(doc: PolicyDocument): SearchableSentence[] {
  let list = searchableByDoc.get(doc);
  if (!list) {
    list = [];
    for (const sentence of doc.sentences) {
      if (doc.blocks[sentence.block]?.kind === 'heading') continue;
      list.push({ sentence, text: sentence.text.slice(0, MAX_SENTENCE_CHARS) });
    }
    searchableByDoc.set(doc, list);
  }
  return list;
}

interface CompiledCues {
  prefilter: RegExp;
  scanners: RegExp[];
}

const compiled = new WeakMap<readonly Cue[], CompiledCues>();

function compile(cues: readonly Cue[]): CompiledCues {
  let c = compiled.get(cues);
  if (!c) {
    c = {
      prefilter: new RegExp(cues.map((cue) => `(?:${cue.match.source})`).join('|'), 'i'),
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
  for (const m of before.matchAll(CLAUSE_BOUNDARY)) cut = m.index + m[0].length;
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
    for (const m of text.matchAll(scanners[i]!)) {
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
  for (const { sentence, text } of searchableSentences(doc)) {
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
