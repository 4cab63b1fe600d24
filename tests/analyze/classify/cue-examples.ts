import { describe, expect, it } from 'vitest';
import { classifyPassage } from '../../../lib/analyze/classify/index';
import type { Category } from '../../../lib/schema';

/** Invented passages for a category's cues: a plain list, or lists named after the cue they exercise. */
export type CueExamples = readonly string[] | Readonly<Record<string, readonly string[]>>;

function named(examples: CueExamples): [string, string][] {
  if (Array.isArray(examples)) return examples.map((passage: string) => ['', passage]);
  return Object.entries(examples as Record<string, readonly string[]>).flatMap(([cue, passages]) =>
    passages.map((passage): [string, string] => [` (${cue})`, passage]),
  );
}

/**
 * One test per passage: each positive must get the category from classifyPassage, each negative must not.
 * Shared by the per-category cue tests so that they differ only in their passages.
 */
export function describeCueExamples(
  title: string,
  category: Category,
  yes: CueExamples,
  no: CueExamples,
): void {
  describe(title, () => {
    for (const [cue, passage] of named(yes))
      it(`labels ${category}${cue}: ${passage}`, () => {
        expect(classifyPassage(passage)).toContain(category);
      });
    for (const [cue, passage] of named(no))
      it(`does not label ${category}${cue}: ${passage}`, () => {
        expect(classifyPassage(passage)).not.toContain(category);
      });
  });
}
