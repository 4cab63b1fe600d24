import type { Evidence } from '../../schema';
import { evidenceOf, type Sentence } from '../types';

/** How many quotes one finding keeps: enough to show it is stated, few enough for the popup. */
export const MAX_EVIDENCE = 3;

/**
 * Collects findings under a key (one per data type, right, recipient...) with up to MAX_EVIDENCE distinct
 * sentences each, in the order they were first found.
 */
export class FindingSet<V> {
  private readonly entries = new Map<string, { value: V; evidence: Evidence[] }>();

  add(key: string, value: V, sentence: Pick<Sentence, 'text' | 'start' | 'end'>): void {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { value, evidence: [] };
      this.entries.set(key, entry);
    }
    if (entry.evidence.length >= MAX_EVIDENCE) return;
    if (entry.evidence.some((e) => e.start === sentence.start)) return;
    entry.evidence.push(evidenceOf(sentence));
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  values(): { value: V; evidence: Evidence[] }[] {
    return [...this.entries.values()];
  }
}
