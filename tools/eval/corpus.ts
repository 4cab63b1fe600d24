import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { categorySchema } from '../../lib/schema';

// The corpus lives beside the project, never inside it: these readers only ever read it in place.
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.resolve(PROJECT_ROOT, '../shared/corpus');
export const SEEDS_DIR = path.join(CORPUS_DIR, 'seeds');
export const OPP_DIR = path.join(CORPUS_DIR, 'opp115-dev');

export function isCorpusPresent(): boolean {
  return existsSync(SEEDS_DIR) && existsSync(OPP_DIR);
}

const listSchema = z.object({ must: z.array(z.string()), mustNot: z.array(z.string()) });

export const seedExpectationSchema = z.object({
  file: z.string(),
  company: z.object({ accept: z.array(z.string().nullable()) }),
  isPolicy: z.boolean(),
  lastUpdated: z.string().nullable(),
  contacts: z.object({
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    addressesContain: z.array(z.string()),
  }),
  dataCollected: listSchema,
  sellsData: z.enum(['yes', 'no', 'not-stated']),
  recipients: z.object({
    namedMust: z.array(z.string()),
    kindsMust: z.array(z.string()),
    kindsMustNot: z.array(z.string()),
  }),
  retention: z.object({
    durationsDays: z.array(z.number()),
    durationsDaysOptional: z.array(z.number()).optional(),
    indefinite: z.boolean(),
    asLongAsNecessary: z.boolean(),
  }),
  rights: listSchema,
  flags: listSchema,
  sections: z.array(
    z.object({ headingStartsWith: z.string(), categories: z.array(categorySchema) }),
  ),
});
export type SeedExpectation = z.infer<typeof seedExpectationSchema>;

export interface Seed {
  /** The file's number, e.g. "000". */
  id: string;
  text: string;
  expected: SeedExpectation;
}

export function loadSeeds(): Seed[] {
  const names = readdirSync(SEEDS_DIR)
    .filter((n) => n.endsWith('.expected.json'))
    .sort();
  return names.map((name) => {
    const expected = seedExpectationSchema.parse(
      JSON.parse(readFileSync(path.join(SEEDS_DIR, name), 'utf8')),
    );
    return {
      id: name.split('_')[0] ?? name,
      text: readFileSync(path.join(SEEDS_DIR, expected.file), 'utf8'),
      expected,
    };
  });
}

const segmentSchema = z.object({
  policy: z.string(),
  segment: z.number(),
  text: z.string(),
  categories: z.array(categorySchema),
});
export type Segment = z.infer<typeof segmentSchema>;

const retentionRowSchema = z.object({
  policy: z.string(),
  segment: z.number(),
  text: z.string(),
  selectedText: z.string().nullable(),
  value: z.string(),
});
export type RetentionRow = z.infer<typeof retentionRowSchema>;

const splitSchema = z.object({ train: z.array(z.string()), valid: z.array(z.string()) });
export type Split = z.infer<typeof splitSchema>;

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => schema.parse(JSON.parse(line)));
}

export function loadSegments(): Segment[] {
  return readJsonl(path.join(OPP_DIR, 'segments.jsonl'), segmentSchema);
}

export function loadRetentionRows(): RetentionRow[] {
  return readJsonl(path.join(OPP_DIR, 'retention.jsonl'), retentionRowSchema);
}

export function loadSplit(): Split {
  return splitSchema.parse(JSON.parse(readFileSync(path.join(OPP_DIR, 'split.json'), 'utf8')));
}
