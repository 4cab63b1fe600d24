import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** ../shared/corpus beside the project; read in place, never copied into it. */
export const CORPUS_DIR = path.resolve(import.meta.dirname, '../../../shared/corpus');

/**
 * The plain-text policies of the corpus (seeds, then the OPP-115 development policies), each directory in name
 * order and cut to `perDirectory` files when given. Empty when the corpus is absent, so tests that use it as extra
 * material still run on their own samples.
 */
export function corpusTexts(perDirectory?: number): string[] {
  const dirs = [path.join(CORPUS_DIR, 'seeds'), path.join(CORPUS_DIR, 'opp115-dev', 'policies')];
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .slice(0, perDirectory)
          .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      : [],
  );
}
