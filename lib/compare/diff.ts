import type {
  DataType,
  Evidence,
  Flag,
  Grade,
  Period,
  PolicySummary,
  RecipientKind,
  Right,
  SellsData,
} from '../schema';
import { formatPeriod } from './labels';

// A semantic diff of two summaries of the same site: what a reader would call a change in the policy,
// not a change in the engine's bookkeeping (offsets, confidence, evidence order).

export interface ValueChange<T> {
  before: T;
  after: T;
}

export interface RecipientRef {
  name: string | null;
  kind: RecipientKind;
}

export interface RetentionChange {
  subject: string | null;
  before: Period | null;
  after: Period | null;
}

/** What one section looked like in one version: the summary stores offsets and quotes, not the text. */
export interface SectionSide {
  heading: string | null;
  categories: string[];
  length: number;
  /** The section's own text when the summary carries it (optional `text` on a section). */
  text: string | null;
  /** The evidence sentences that fall inside the section, in reading order. */
  quotes: string[];
}

export interface SectionChange {
  heading: string | null;
  status: 'added' | 'removed' | 'changed';
  before: SectionSide | null;
  after: SectionSide | null;
}

export interface SummaryDiff {
  grade: ValueChange<Grade> | null;
  sellsData: ValueChange<SellsData> | null;
  lastUpdated: ValueChange<string | null> | null;
  flags: { added: Flag[]; removed: Flag[] };
  dataTypes: { added: DataType[]; removed: DataType[] };
  recipients: { added: RecipientRef[]; removed: RecipientRef[] };
  rights: { gained: Right[]; lost: Right[] };
  retention: RetentionChange[];
  sections: SectionChange[];
}

export function diffSummaries(before: PolicySummary, after: PolicySummary): SummaryDiff {
  return {
    grade: valueChange(before.grade, after.grade),
    sellsData: valueChange(before.sharing.sellsData, after.sharing.sellsData),
    lastUpdated: valueChange(before.lastUpdated, after.lastUpdated),
    flags: addedRemoved(before.flags, after.flags, (f) => f.id),
    dataTypes: addedRemoved(
      before.dataCollected.map((d) => d.type),
      after.dataCollected.map((d) => d.type),
      (t) => t,
    ),
    recipients: diffRecipients(before, after),
    rights: renameKeys(
      addedRemoved(
        before.rights.map((r) => r.right),
        after.rights.map((r) => r.right),
        (r) => r,
      ),
    ),
    retention: diffRetention(before, after),
    sections: diffSections(before, after),
  };
}

export function hasChanges(diff: SummaryDiff): boolean {
  return (
    diff.grade !== null ||
    diff.sellsData !== null ||
    diff.lastUpdated !== null ||
    diff.flags.added.length + diff.flags.removed.length > 0 ||
    diff.dataTypes.added.length + diff.dataTypes.removed.length > 0 ||
    diff.recipients.added.length + diff.recipients.removed.length > 0 ||
    diff.rights.gained.length + diff.rights.lost.length > 0 ||
    diff.retention.length > 0 ||
    diff.sections.length > 0
  );
}

function valueChange<T>(before: T, after: T): ValueChange<T> | null {
  return before === after ? null : { before, after };
}

function addedRemoved<T>(before: readonly T[], after: readonly T[], key: (t: T) => string) {
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  return {
    added: uniqueBy(after, key).filter((t) => !beforeKeys.has(key(t))),
    removed: uniqueBy(before, key).filter((t) => !afterKeys.has(key(t))),
  };
}

function renameKeys<T>({ added, removed }: { added: T[]; removed: T[] }) {
  return { gained: added, lost: removed };
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

function normalizeName(name: string | null): string {
  return (name ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function diffRecipients(before: PolicySummary, after: PolicySummary) {
  const ref = (r: { name: string | null; kind: RecipientKind }): RecipientRef => ({
    name: r.name,
    kind: r.kind,
  });
  // Casing and spacing of a name vary between extractions of the same sentence; the kind does not.
  const key = (r: RecipientRef) => `${r.kind}\u0000${normalizeName(r.name)}`;
  return addedRemoved(before.sharing.recipients.map(ref), after.sharing.recipients.map(ref), key);
}

function periodKey(p: Period): string {
  return p.kind === 'duration' ? `d${p.days}` : p.kind;
}

/**
 * Periods are grouped by what they apply to. Within one subject, a period that disappeared and one that
 * appeared are read as the same period changed (30 -> 90 days), which is how policies are edited.
 * Periods whose subject wording changed are paired the same way among the leftovers of both sides.
 */
function diffRetention(before: PolicySummary, after: PolicySummary): RetentionChange[] {
  const group = (s: PolicySummary) => {
    const bySubject = new Map<string, { subject: string | null; periods: Period[] }>();
    for (const r of s.retention) {
      const k = normalizeName(r.subject);
      const entry = bySubject.get(k) ?? { subject: r.subject, periods: [] };
      if (!entry.periods.some((p) => periodKey(p) === periodKey(r.period)))
        entry.periods.push(r.period);
      bySubject.set(k, entry);
    }
    return bySubject;
  };
  const old = group(before);
  const cur = group(after);
  const changes: RetentionChange[] = [];
  const leftoverOld: { subject: string | null; period: Period }[] = [];
  const leftoverNew: { subject: string | null; period: Period }[] = [];

  for (const k of new Set([...old.keys(), ...cur.keys()])) {
    const o = old.get(k);
    const n = cur.get(k);
    const oPeriods = o?.periods ?? [];
    const nPeriods = n?.periods ?? [];
    const removed = oPeriods.filter((p) => !nPeriods.some((q) => periodKey(q) === periodKey(p)));
    const added = nPeriods.filter((p) => !oPeriods.some((q) => periodKey(q) === periodKey(p)));
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++)
      changes.push({
        subject: n?.subject ?? o?.subject ?? null,
        before: removed[i]!,
        after: added[i]!,
      });
    for (const p of removed.slice(paired))
      leftoverOld.push({ subject: o?.subject ?? null, period: p });
    for (const p of added.slice(paired))
      leftoverNew.push({ subject: n?.subject ?? null, period: p });
  }

  // A period still stated somewhere in the other version has not changed, only its subject's wording.
  const oldAll = new Set(before.retention.map((r) => periodKey(r.period)));
  const newAll = new Set(after.retention.map((r) => periodKey(r.period)));
  const goneOld = leftoverOld.filter((l) => !newAll.has(periodKey(l.period)));
  const goneNew = leftoverNew.filter((l) => !oldAll.has(periodKey(l.period)));
  const paired = Math.min(goneOld.length, goneNew.length);
  for (let i = 0; i < paired; i++)
    changes.push({
      subject: goneNew[i]!.subject ?? goneOld[i]!.subject,
      before: goneOld[i]!.period,
      after: goneNew[i]!.period,
    });
  for (const l of goneOld.slice(paired))
    changes.push({ subject: l.subject, before: l.period, after: null });
  for (const l of goneNew.slice(paired))
    changes.push({ subject: l.subject, before: null, after: l.period });
  return changes;
}

export function describeRetentionChange(c: RetentionChange): string {
  const what = c.subject ? `${c.subject}: ` : '';
  if (c.before && c.after) return `${what}${formatPeriod(c.before)} → ${formatPeriod(c.after)}`;
  if (c.after) return `${what}now kept ${formatPeriod(c.after)}`;
  if (c.before) return `${what}no longer says ${formatPeriod(c.before)}`;
  return what;
}

function allEvidence(s: PolicySummary): Evidence[] {
  const out: Evidence[] = [];
  for (const d of s.dataCollected) out.push(...d.evidence);
  for (const r of s.sharing.recipients) out.push(...r.evidence);
  for (const r of s.retention) out.push(...r.evidence);
  for (const r of s.rights) out.push(...r.evidence);
  for (const f of s.flags) out.push(...f.evidence);
  const byStart = new Map<number, Evidence>();
  for (const e of out) if (!byStart.has(e.start)) byStart.set(e.start, e);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

type SectionWithText = PolicySummary['sections'][number] & { text?: unknown };

function sectionSides(s: PolicySummary): { key: string; side: SectionSide }[] {
  const evidence = allEvidence(s);
  const seen = new Map<string, number>();
  return s.sections.map((section: SectionWithText) => {
    // Repeated headings ("Details") are told apart by how many times the heading came before.
    const base = normalizeName(section.heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      key: `${base}\u0000${n}`,
      side: {
        heading: section.heading,
        categories: [...section.categories].sort(),
        length: Math.max(0, section.end - section.start),
        text: typeof section.text === 'string' ? section.text : null,
        quotes: evidence
          .filter((e) => e.start >= section.start && e.start < section.end)
          .map((e) => e.quote),
      },
    };
  });
}

function sameSide(a: SectionSide, b: SectionSide): boolean {
  if (a.text !== null && b.text !== null) return a.text === b.text;
  // Without the text, a section whose length, categories and quoted sentences all match is taken as unchanged.
  return (
    a.length === b.length &&
    a.categories.join(',') === b.categories.join(',') &&
    a.quotes.length === b.quotes.length &&
    a.quotes.every((q, i) => q === b.quotes[i])
  );
}

function diffSections(before: PolicySummary, after: PolicySummary): SectionChange[] {
  const old = sectionSides(before);
  const cur = sectionSides(after);
  const oldByKey = new Map(old.map((o) => [o.key, o.side]));
  const curKeys = new Set(cur.map((c) => c.key));
  const changes: SectionChange[] = [];
  for (const { key, side } of cur) {
    const prev = oldByKey.get(key);
    if (!prev) changes.push({ heading: side.heading, status: 'added', before: null, after: side });
    else if (!sameSide(prev, side))
      changes.push({ heading: side.heading, status: 'changed', before: prev, after: side });
  }
  for (const { key, side } of old)
    if (!curKeys.has(key))
      changes.push({ heading: side.heading, status: 'removed', before: side, after: null });
  return changes;
}
