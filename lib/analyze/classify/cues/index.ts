import type { Category } from '../../../schema';
import { anchorsOf } from '../anchors';
import { CHANGES_CUES } from './changes';
import { CHILDREN_CUES } from './children';
import { COLLECTION_CUES } from './collection';
import { CONTACT_CUES } from './contact';
import { COOKIES_CUES } from './cookies';
import { INTERNATIONAL_CUES } from './international';
import { RETENTION_CUES } from './retention';
import { RIGHTS_CUES } from './rights';
import { SECURITY_CUES } from './security';
import { SHARING_CUES } from './sharing';
import type { Cue, CueRow } from './types';

export type { Cue, CueRow } from './types';

/** The one list of passage cues, by category. */
export const CUE_ROWS: Readonly<Record<Category, readonly CueRow[]>> = {
  collection: COLLECTION_CUES,
  sharing: SHARING_CUES,
  retention: RETENTION_CUES,
  rights: RIGHTS_CUES,
  contact: CONTACT_CUES,
  security: SECURITY_CUES,
  cookies: COOKIES_CUES,
  children: CHILDREN_CUES,
  international: INTERNATIONAL_CUES,
  changes: CHANGES_CUES,
};

let compiled: Cue[] | null = null;

/** Every cue with its pattern compiled; built on first use, then shared. */
export function compiledCues(): readonly Cue[] {
  compiled ??= Object.entries(CUE_ROWS).flatMap(([category, rows]) =>
    rows.map((row) => ({
      ...row,
      category: category as Category,
      // Anchored cues are tried only where an anchor word starts (sticky); the rest scan the passage.
      pattern: new RegExp(row.match, anchorsOf(row.match) ? 'iy' : 'i'),
      anchors: anchorsOf(row.match),
    })),
  );
  return compiled;
}
