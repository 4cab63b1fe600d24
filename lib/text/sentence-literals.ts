import type { PolicyDocument } from '../analyze/types';
import { LiteralIndex, LiteralRegistry } from './literal-index';
import { toLowerSameLength } from './lower-case';
import { requiredLiterals } from './required-literals';

// One literal index per document, over its sentences, shared by every stage that filters sentences by a regex's
// required literals (facts and flags): the stages register their regexes when their modules load, and the first
// stage to ask builds the index with one scan of the text for all of them.

const registry = new LiteralRegistry();
const indexByDoc = new WeakMap<PolicyDocument, LiteralIndex>();

/**
 * Registers the literals one of which every match of `regex` contains and returns them, or null when the regex
 * requires none (such a regex must be run on every sentence).
 */
export function registerRegex(regex: RegExp): string[] | null {
  const literals = requiredLiterals(regex);
  if (literals) registry.add(literals);
  return literals;
}

/**
 * Registers the literals one of which every match of any of `regexes` contains, for a filter that stands for all
 * of them, and returns them; null when one of the regexes requires none.
 */
export function registerAnyOf(regexes: readonly RegExp[]): string[] | null {
  const lists = regexes.map((regex) => requiredLiterals(regex));
  if (lists.some((literals) => literals === null)) return null;
  const literals = [...new Set(lists.flatMap((l) => l ?? []))];
  registry.add(literals);
  return literals;
}

/** Registers literals found some other way (e.g. a lexicon's hints). */
export function registerLiterals(literals: readonly string[]): void {
  registry.add(literals);
}

/** The index of `doc.sentences` (span i is sentence i) for every literal registered so far. */
export function sentenceLiterals(doc: PolicyDocument): LiteralIndex {
  let index = indexByDoc.get(doc);
  // A regex registered after the index was built brings literals it lacks: build it again.
  if (!index || index.version !== registry.version) {
    index = registry.index(toLowerSameLength(doc.text), doc.sentences);
    indexByDoc.set(doc, index);
  }
  return index;
}

/**
 * For each sentence of `doc`, whether it holds one of `literals` (null: no filter, every sentence may match): a
 * lookup table for loops over the sentences.
 */
export function sentencesWithAny(
  doc: PolicyDocument,
  literals: readonly string[] | null,
): Uint8Array {
  if (!literals) return new Uint8Array(doc.sentences.length).fill(1);
  return sentenceLiterals(doc).spanMarks(literals);
}
