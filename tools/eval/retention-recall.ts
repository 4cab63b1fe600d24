import type { Period } from '../../lib/schema';
import type { RetentionRow } from './corpus';

/** OPP-115 Retention Period values the engine can be scored on, and the Period kind each one means. */
export const RETENTION_VALUE_KINDS = {
  'Stated Period': 'duration',
  Indefinitely: 'indefinite',
  Limited: 'as-long-as-necessary',
} as const satisfies Record<string, Period['kind']>;
export type ScoredRetentionValue = keyof typeof RETENTION_VALUE_KINDS;

export interface RetentionRecall {
  value: ScoredRetentionValue | 'overall';
  rows: number;
  found: number;
  recall: number;
}

function isScoredValue(value: string): value is ScoredRetentionValue {
  return Object.hasOwn(RETENTION_VALUE_KINDS, value);
}

/**
 * Recall of period kinds per value. Rows repeating the same (policy, segment, value) count once: annotators'
 * duplicate spans would otherwise weight some segments several times.
 */
export function scoreRetentionRecall(
  rows: readonly RetentionRow[],
  periodKindsOf: (text: string) => ReadonlySet<Period['kind']>,
): RetentionRecall[] {
  const seen = new Set<string>();
  const tallies = new Map<ScoredRetentionValue, { rows: number; found: number }>();
  const cache = new Map<string, ReadonlySet<Period['kind']>>();
  for (const row of rows) {
    if (!isScoredValue(row.value)) continue;
    const key = `${row.policy}\u0000${row.segment}\u0000${row.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let kinds = cache.get(row.text);
    if (!kinds) {
      kinds = periodKindsOf(row.text);
      cache.set(row.text, kinds);
    }
    const tally = tallies.get(row.value) ?? { rows: 0, found: 0 };
    tally.rows++;
    if (kinds.has(RETENTION_VALUE_KINDS[row.value])) tally.found++;
    tallies.set(row.value, tally);
  }
  const result: RetentionRecall[] = (
    Object.keys(RETENTION_VALUE_KINDS) as ScoredRetentionValue[]
  ).map((value) => {
    const t = tallies.get(value) ?? { rows: 0, found: 0 };
    return { value, rows: t.rows, found: t.found, recall: t.rows ? t.found / t.rows : 0 };
  });
  const rowsAll = result.reduce((s, r) => s + r.rows, 0);
  const foundAll = result.reduce((s, r) => s + r.found, 0);
  result.push({
    value: 'overall',
    rows: rowsAll,
    found: foundAll,
    recall: rowsAll ? foundAll / rowsAll : 0,
  });
  return result;
}
