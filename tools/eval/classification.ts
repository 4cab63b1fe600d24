import type { Category } from '../../lib/schema';

/** The categories OPP-115 labels well enough to score (cookies there is Do Not Track only; international is never set). */
export const SCORED_CATEGORIES = [
  'collection',
  'sharing',
  'retention',
  'rights',
  'security',
  'changes',
  'children',
  'contact',
] as const satisfies readonly Category[];

export interface CategoryScore {
  category: Category;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationScore {
  segments: number;
  perCategory: CategoryScore[];
  /** Mean F1 over SCORED_CATEGORIES. */
  macroF1: number;
}

export interface LabelledPrediction {
  gold: readonly Category[];
  predicted: readonly Category[];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Per-category precision/recall/F1 over multi-label predictions; an empty category scores 0, not NaN. */
export function scoreClassification(
  rows: readonly LabelledPrediction[],
  categories: readonly Category[] = SCORED_CATEGORIES,
): ClassificationScore {
  const perCategory = categories.map((category): CategoryScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const row of rows) {
      const gold = row.gold.includes(category);
      const predicted = row.predicted.includes(category);
      if (gold && predicted) tp++;
      else if (predicted) fp++;
      else if (gold) fn++;
    }
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return {
      category,
      tp,
      fp,
      fn,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
    };
  });
  const macroF1 = ratio(
    perCategory.reduce((sum, c) => sum + c.f1, 0),
    perCategory.length,
  );
  return { segments: rows.length, perCategory, macroF1 };
}
