import { CATEGORIES, type Category } from '../../schema';
import { scorePassage } from './score';
import { classifySection } from './sections';
import { DOMINANCE_RATIO, PASSAGE_THRESHOLDS } from './thresholds';
import type { PolicyDocument } from '../types';

/** The categories a passage (a paragraph, an OPP-115 segment, a section body) is about, in contract order. */
export function classifyPassage(text: string): Category[] {
  const scores = scorePassage(text);
  let top = 0;
  for (const e of scores.values()) top = Math.max(top, e.score);
  return CATEGORIES.filter((c) => {
    const score = scores.get(c)?.score ?? 0;
    return score >= PASSAGE_THRESHOLDS[c] && score >= (DOMINANCE_RATIO[c] ?? 0) * top;
  });
}

/** Labels every top-level section from its heading and the share of its body each topic covers. */
export function classifySections(doc: PolicyDocument): void {
  for (const section of doc.sections)
    section.categories = classifySection(doc, section, classifyPassage);
}
