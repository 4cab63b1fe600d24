import type { Evidence } from '../schema';
import type { Facts } from '../analyze/types';
import { MAX_EVIDENCE } from './cues';

type RecipientKind = Facts['sharing']['recipients'][number]['kind'];

/** Evidence of the recipients of the given kinds, as the facts stage found them. */
export function recipientEvidence(facts: Facts, kinds: readonly RecipientKind[]): Evidence[] {
  return facts.sharing.recipients.filter((r) => kinds.includes(r.kind)).flatMap((r) => r.evidence);
}

/**
 * Merges evidence from several sources, keeping a few distinct sentences. The first list goes first: rules pass
 * their own cue matches before the facts stage's findings, because a cue match quotes the practice itself.
 */
export function mergeEvidence(...lists: readonly Evidence[][]): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const e of lists.flat()) {
    if (seen.has(e.start)) continue;
    seen.add(e.start);
    out.push(e);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}
