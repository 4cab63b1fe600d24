import { describe, expect, it } from 'vitest';
import { isCorpusPresent, loadSeeds, CORPUS_DIR } from '../../tools/eval/corpus';
import { evaluateSeed } from '../../tools/eval/run';

// Each gold expectation of each seed policy is its own test, so a stage owner sees exactly which ones fail.
const present = isCorpusPresent();
if (!present) console.warn(`seeds.test: skipped, no corpus at ${CORPUS_DIR}`);

describe.skipIf(!present)('seed policies meet their gold expectations', () => {
  for (const seed of present ? loadSeeds() : []) {
    const result = evaluateSeed(seed);
    describe(`seed ${seed.id}`, () => {
      it('analyzes without throwing', () => {
        expect(result.error).toBeNull();
      });
      result.checks.forEach((c, i) => {
        it(`${c.field} ${c.name} (#${i})`, () => {
          expect(c.pass, c.detail).toBe(true);
        });
      });
    });
  }
});
