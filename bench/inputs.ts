import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BenchInput {
  name: string;
  text: string;
}

const ROOT = path.resolve(import.meta.dirname, '..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus');
const SAMPLE = path.join(ROOT, 'cli', 'sample-policy.md');
export const LONG_WORDS = 10_000;

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

export { countWords };

/** Whole paragraphs from `sources`, in order and round again if needed, until `words` words. */
function assemble(sources: readonly string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let round = 0; count < words && sources.length > 0; round++) {
    for (const source of sources) {
      for (const paragraph of source.split(/\n\s*\n/)) {
        const n = countWords(paragraph);
        if (n === 0) continue;
        if (count + n > words) {
          out.push(
            paragraph
              .split(/\s+/)
              .slice(0, words - count)
              .join(' '),
          );
          return out.join('\n\n');
        }
        out.push(paragraph);
        count += n;
      }
    }
  }
  return out.join('\n\n');
}

/**
 * The seed policies and one 10,000-word policy assembled from the OPP-115 development policies, read from
 * ../shared/corpus at run time (never committed); without the corpus, the bundled sample repeated.
 */
export function loadBenchInputs(): { inputs: BenchInput[]; note: string } {
  const inputs: BenchInput[] = [];
  const seeds = path.join(CORPUS, 'seeds');
  const opp = path.join(CORPUS, 'opp115-dev', 'policies');
  if (existsSync(seeds)) {
    for (const file of readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort())
      inputs.push({
        name: `seed ${file.slice(0, 3)}`,
        text: readFileSync(path.join(seeds, file), 'utf8'),
      });
  }
  if (existsSync(opp)) {
    const sources = readdirSync(opp)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(path.join(opp, f), 'utf8'));
    inputs.push({ name: `${LONG_WORDS} words (OPP-115 dev)`, text: assemble(sources, LONG_WORDS) });
    return { inputs, note: `corpus: ${CORPUS}` };
  }
  const sample = readFileSync(SAMPLE, 'utf8');
  inputs.push({
    name: `${LONG_WORDS} words (sample repeated)`,
    text: assemble([sample], LONG_WORDS),
  });
  return { inputs, note: `corpus not found at ${CORPUS}: using the bundled sample repeated` };
}
