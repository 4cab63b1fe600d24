import type { Category } from '../../../schema';

/**
 * One way policies talk about a topic, as data. A passage's score for a category is the sum of the weights of
 * the distinct cues it contains; 1 is "enough on its own", smaller weights need company, negative weights mark
 * phrasings that look like the topic but usually are not about it.
 *
 * `match` is a case-insensitive regular expression source. Gaps between words are bounded runs of
 * non-sentence-ending characters (GAP), so no pattern can backtrack badly on long or hostile input.
 */
export interface CueRow {
  match: string;
  weight: number;
  reason: string;
  /** A literal the passage must contain first (for patterns that start with no plain word, e.g. emails). */
  requires?: string;
}

export interface Cue extends CueRow {
  category: Category;
  pattern: RegExp;
  /** Word starts one of which the passage must contain for the pattern to have a chance; null: always try. */
  anchors: readonly string[] | null;
}

/** A gap of a few words inside one clause, so "we ... share" never pairs words from different sentences. */
export const GAP = '[^.;:!?]{0,60}';
export const SHORT_GAP = '[^.;:!?]{0,30}';
/**
 * A gap of up to four whole words in one clause. A regex tries a character gap at every length, a word gap only at
 * word ends, so a cue with two gaps stays cheap. Separators and words are disjoint classes: no bad backtracking.
 */
export const WORD_GAP = '(?:[^\\w.;:!?]{1,8}\\w{1,30}){0,4}?[^\\w.;:!?]{1,8}';
/** Up to ten whole words in one clause: GAP's reach, tried only at word ends. */
export const LONG_WORD_GAP = '(?:[^\\w.;:!?]{1,8}\\w{1,30}){0,10}?[^\\w.;:!?]{1,8}';
/** What policies call the data itself. */
export const INFO = '(?:information|data|details|info|pii|e-?mail address(?:es)?)';
