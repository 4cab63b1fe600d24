import { analyzePolicy, buildDocument } from '../../lib/analyze';
import { classifyPassage } from '../../lib/analyze/classify/index';
import { extractRetention } from '../../lib/analyze/facts/retention';
import type { Category, Period } from '../../lib/schema';
import { loadRetentionRows, loadSeeds, loadSegments, loadSplit, type Seed } from './corpus';
import { scoreClassification, type ClassificationScore } from './classification';
import { scoreRetentionRecall, type RetentionRecall } from './retention-recall';
import { checkSeed, type SeedCheck } from './seed-checks';
import { sectionLabelStats, type SectionLabelStats } from './section-stats';

export interface SeedResult {
  seed: string;
  file: string;
  /** Wall time of analyzePolicy on this seed. */
  ms: number;
  /** Set when the pipeline threw: every check then fails. */
  error: string | null;
  checks: SeedCheck[];
  /** Null when the pipeline threw. */
  sectionLabels: SectionLabelStats | null;
}

export function evaluateSeed(seed: Seed): SeedResult {
  const started = performance.now();
  try {
    const summary = analyzePolicy({ text: seed.text, url: null, title: null });
    const ms = performance.now() - started;
    return {
      seed: seed.id,
      file: seed.expected.file,
      ms,
      error: null,
      checks: checkSeed(seed.expected, summary),
      sectionLabels: sectionLabelStats(seed.expected.sections, summary),
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      seed: seed.id,
      file: seed.expected.file,
      ms: performance.now() - started,
      error: message,
      checks: [
        { field: 'pipeline', name: 'analyzePolicy', pass: false, detail: `threw: ${message}` },
      ],
      sectionLabels: null,
    };
  }
}

export function evaluateSeeds(): SeedResult[] {
  return loadSeeds().map(evaluateSeed);
}

export interface OppResult {
  train: ClassificationScore;
  valid: ClassificationScore;
  all: ClassificationScore;
  /** Mean classifyPassage time per segment. */
  msPerSegment: number;
}

/** Scores classifyPassage on every OPP-115 segment; classifier errors count as an empty prediction. */
export function evaluateOpp115(): OppResult {
  const split = loadSplit();
  const valid = new Set(split.valid);
  const rows: { gold: Category[]; predicted: Category[]; valid: boolean }[] = [];
  const started = performance.now();
  for (const segment of loadSegments()) {
    let predicted: Category[] = [];
    try {
      predicted = classifyPassage(segment.text);
    } catch {
      predicted = [];
    }
    rows.push({ gold: segment.categories, predicted, valid: valid.has(segment.policy) });
  }
  const msPerSegment = rows.length ? (performance.now() - started) / rows.length : 0;
  return {
    train: scoreClassification(rows.filter((r) => !r.valid)),
    valid: scoreClassification(rows.filter((r) => r.valid)),
    all: scoreClassification(rows),
    msPerSegment,
  };
}

function periodKindsOf(text: string): ReadonlySet<Period['kind']> {
  try {
    return new Set(extractRetention(buildDocument({ text })).map((r) => r.period.kind));
  } catch {
    return new Set();
  }
}

export function evaluateRetention(): RetentionRecall[] {
  return scoreRetentionRecall(loadRetentionRows(), periodKindsOf);
}
