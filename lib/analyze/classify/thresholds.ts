import type { Category } from '../../schema';

/**
 * The cue weight a passage needs before it carries a category. Broad topics that nearly every paragraph brushes
 * against (collection, sharing) need more than narrow ones whose vocabulary is distinctive (children, cookies).
 */
export const PASSAGE_THRESHOLDS: Readonly<Record<Category, number>> = {
  collection: 0.6,
  sharing: 0.7,
  retention: 0.7,
  rights: 0.8,
  contact: 1,
  security: 0.9,
  cookies: 1,
  children: 0.9,
  international: 1,
  changes: 1.1,
};

/**
 * A label must also hold its own against the passage's main topic: a security paragraph that mentions "your
 * information" once is not about collection. Only the broad categories are checked; narrow ones stand on their cues.
 */
export const DOMINANCE_RATIO: Readonly<Partial<Record<Category, number>>> = {
  collection: 0.5,
  sharing: 0.4,
  rights: 0.4,
  retention: 0.3,
  // A way to reach the company given inside a rights or opt-out paragraph is still contact information: contact
  // cues need a channel or a detail, so only a passage with a far stronger topic drops it.
  contact: 0.1,
  security: 0.3,
  // Children is a narrow topic with distinctive cues (ages, parents, COPPA): a parent's right or an age limit told
  // inside a long contact or collection paragraph is still about children, so it is not checked.
};
