import type { PolicySummary } from '../../lib/schema';
import type { SeedExpectation } from './corpus';

/**
 * Section labels against the seeds' required categories. Extra labels are not errors by the seed README, but
 * held-out scoring is section-level F1, so their share is shown as a proxy for precision.
 */
export interface SectionLabelStats {
  required: number;
  found: number;
  predicted: number;
  extra: number;
}

export function sectionLabelStats(
  expected: SeedExpectation['sections'],
  summary: PolicySummary,
): SectionLabelStats {
  const stats: SectionLabelStats = { required: 0, found: 0, predicted: 0, extra: 0 };
  let from = 0;
  for (const want of expected) {
    stats.required += want.categories.length;
    const prefix = want.headingStartsWith.trim().toLowerCase();
    const index = summary.sections.findIndex(
      (s, i) => i >= from && (s.heading ?? '').trim().toLowerCase().startsWith(prefix),
    );
    if (index < 0) continue;
    from = index + 1;
    const got = summary.sections[index]!.categories;
    stats.found += want.categories.filter((c) => got.includes(c)).length;
    stats.predicted += got.length;
    stats.extra += got.filter((c) => !want.categories.includes(c)).length;
  }
  return stats;
}

export function addSectionStats(a: SectionLabelStats, b: SectionLabelStats): SectionLabelStats {
  return {
    required: a.required + b.required,
    found: a.found + b.found,
    predicted: a.predicted + b.predicted,
    extra: a.extra + b.extra,
  };
}
