import { expect } from 'vitest';
import { compiledCues } from '../../../lib/analyze/classify/cues';
import { MAX_PASSAGE_CHARS, scorePassage } from '../../../lib/analyze/classify/score';
import type { Category } from '../../../lib/schema';

/** What scoring must equal: every cue's pattern searched over the whole passage, with no skipping at all. */
export function naiveScores(text: string): Map<Category, number> {
  const passage = text.slice(0, MAX_PASSAGE_CHARS);
  const scores = new Map<Category, number>();
  for (const cue of compiledCues()) {
    if (new RegExp(cue.match, 'i').test(passage))
      scores.set(cue.category, (scores.get(cue.category) ?? 0) + cue.weight);
  }
  return scores;
}

/** Fails unless scorePassage (anchored, skipping cues without their words) gives the full scan's scores. */
export function expectSameScores(text: string): void {
  const naive = naiveScores(text);
  const fast = new Map([...scorePassage(text)].map(([c, e]) => [c, e.score]));
  expect([...fast.keys()].sort(), text).toEqual([...naive.keys()].sort());
  for (const [c, s] of naive) expect(fast.get(c), `${c}: ${text}`).toBeCloseTo(s, 9);
}
