import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/analyze';
import { evaluateFlags } from '../../lib/flags';
import { makeFacts } from './helpers';

// The sentence-cue side of the flags on the seed policies, with facts held empty: flags that depend on the
// facts stage are checked end to end by tests/eval. Corpus text is read at run time, never copied here.
const SEEDS = path.resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const FACT_DRIVEN = new Set([
  'sells-data',
  'does-not-sell',
  'indefinite-retention',
  'sensitive-data',
  'no-retention-period',
  'stated-retention-periods',
  'no-privacy-contact',
]);

const seeds = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')) : [];
if (seeds.length === 0) console.warn(`tests/flags/seeds: ${SEEDS} not found, skipping seed checks`);

describe.skipIf(seeds.length === 0)('cue flags on the seed policies', () => {
  it.each(seeds)('%s', (file) => {
    const expected = JSON.parse(
      readFileSync(path.join(SEEDS, file.replace(/\.txt$/, '.expected.json')), 'utf8'),
    ) as {
      flags: { must: string[]; mustNot: string[] };
    };
    const doc = buildDocument({ text: readFileSync(path.join(SEEDS, file), 'utf8') });
    const ids = new Set(evaluateFlags(doc, makeFacts(doc)).map((f) => f.id));
    const must = expected.flags.must.filter((id) => !FACT_DRIVEN.has(id));
    const mustNot = expected.flags.mustNot.filter((id) => !FACT_DRIVEN.has(id));
    expect(
      must.filter((id) => !ids.has(id)),
      'missing',
    ).toEqual([]);
    expect(
      mustNot.filter((id) => ids.has(id)),
      'wrongly raised',
    ).toEqual([]);
  });
});
