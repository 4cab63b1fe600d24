import type { Evidence } from '../schema';
import type { Facts } from '../analyze/types';
import { uniqueEvidence } from './cues';

type RecipientKind = Facts['sharing']['recipients'][number]['kind'];

/** Evidence of the recipients of the given kinds, as the facts stage found them. */
export function recipientEvidence(facts: Facts, kinds: readonly RecipientKind[]): Evidence[] {
  return facts.sharing.recipients.filter((r) => kinds.includes(r.kind)).flatMap((r) => r.evidence);
}

/** Merges evidence from several sources, keeping a few distinct sentences in text order. */
export function mergeEvidence(...lists: readonly Evidence[][]): Evidence[] {
  return uniqueEvidence(lists.flat());
}
