import type { ClassificationScore } from './classification';
import type { RetentionRecall } from './retention-recall';
import type { OppResult, SeedResult } from './run';
import { addSectionStats, type SectionLabelStats } from './section-stats';

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function formatSeeds(results: readonly SeedResult[], onlyFailures: boolean): string {
  const lines: string[] = [];
  for (const r of results) {
    const passed = r.checks.filter((c) => c.pass).length;
    lines.push(
      `\n== seed ${r.seed} (${r.file}): ${passed}/${r.checks.length} pass, ${r.ms.toFixed(1)} ms`,
    );
    if (r.error) lines.push(`   pipeline threw: ${r.error}`);
    for (const c of r.checks) {
      if (onlyFailures && c.pass) continue;
      const detail = c.detail ? `  ${cut(c.detail, 90)}` : '';
      lines.push(
        `   ${c.pass ? 'PASS' : 'FAIL'}  ${c.field.padEnd(26)} ${cut(c.name, 44).padEnd(44)}${detail}`,
      );
    }
  }
  lines.push('', formatSeedTotals(results), formatSectionStats(results));
  return lines.join('\n');
}

/** Pass counts per field across all seeds, so stage owners can find their row at a glance. */
export function formatSeedTotals(results: readonly SeedResult[]): string {
  const byField = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    for (const c of r.checks) {
      const t = byField.get(c.field) ?? { pass: 0, total: 0 };
      t.total++;
      if (c.pass) t.pass++;
      byField.set(c.field, t);
    }
  }
  const lines = ['Seed totals by field:'];
  let pass = 0;
  let total = 0;
  for (const [field, t] of byField) {
    lines.push(`   ${field.padEnd(28)} ${String(t.pass).padStart(4)}/${String(t.total).padEnd(4)}`);
    pass += t.pass;
    total += t.total;
  }
  lines.push(`   ${'ALL'.padEnd(28)} ${String(pass).padStart(4)}/${String(total).padEnd(4)}`);
  return lines.join('\n');
}

function formatScore(title: string, score: ClassificationScore): string {
  const lines = [
    `${title} (${score.segments} segments): macro F1 ${pct(score.macroF1)}`,
    `   ${'category'.padEnd(12)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}   tp/fp/fn`,
  ];
  for (const c of score.perCategory) {
    lines.push(
      `   ${c.category.padEnd(12)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}   ${c.tp}/${c.fp}/${c.fn}`,
    );
  }
  return lines.join('\n');
}

export function formatOpp(result: OppResult): string {
  return [
    `\nOPP-115 dev split, classifyPassage per segment (${result.msPerSegment.toFixed(3)} ms/segment)`,
    formatScore('train', result.train),
    formatScore('valid', result.valid),
    formatScore('all', result.all),
  ].join('\n');
}

export function formatRetention(rows: readonly RetentionRecall[]): string {
  const lines = [
    '\nRetention-period recall (extractRetention on OPP-115 retention segments, duplicates counted once)',
  ];
  for (const r of rows) {
    lines.push(`   ${r.value.padEnd(14)} ${pct(r.recall)}%  ${r.found}/${r.rows}`);
  }
  return lines.join('\n');
}

export function formatSectionStats(results: readonly SeedResult[]): string {
  let total: SectionLabelStats = { required: 0, found: 0, predicted: 0, extra: 0 };
  for (const r of results) if (r.sectionLabels) total = addSectionStats(total, r.sectionLabels);
  const recall = total.required ? total.found / total.required : 0;
  const precision = total.predicted ? (total.predicted - total.extra) / total.predicted : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return [
    'Seed section labels (extras are allowed by the seeds; shown as a precision proxy):',
    `   required labels found ${total.found}/${total.required} (${pct(recall)}%), labels not required ${total.extra}/${total.predicted}, proxy F1 ${pct(f1)}`,
  ].join('\n');
}
