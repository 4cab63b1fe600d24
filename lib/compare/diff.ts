import type {
  DataType,
  Evidence,
  Flag,
  Grade,
  Period,
  PolicySummary,
  RecipientKind,
  Right,
  SectionText,
  SellsData,
} from '../schema';
import { BLOCK_SEPARATOR } from '../analyze/normalize';
import { sentenceRanges } from '../analyze/sentences';
import { t } from '../i18n';
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

/** What one section looked like in one version: its text when the version kept it, else the quotes inside it. */
export interface SectionSide {
  heading: string | null;
  categories: string[];
  length: number;
  /** The section's own text when the stored version kept it (StoredVersion.sectionTexts). */
  text: string | null;
  /** The kept text was cut short (storage caps): a difference past the cut cannot be seen. */
  truncated: boolean;
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
  /**
   * Parts left out because one of the two summaries was migrated from an older schema that did not record them
   * (summary field names, as in StoredVersion.migration.filled): an empty list there is "not known", not "none".
   */
  notCompared: string[];
}

/** What a stored version may carry beside its summary. */
export interface DiffExtras {
  /** Section texts aligned with the summary's sections (StoredVersion.sectionTexts). */
  sectionTexts?: readonly SectionText[];
  /** Fields a migration had to fill in (StoredVersion.migration.filled). */
  filled?: readonly string[];
}

/** The summary fields each part of the diff reads; a part is skipped when either side filled one of them. */
const DIFF_FIELDS = {
  lastUpdated: 'lastUpdated',
  flags: 'flags',
  dataTypes: 'dataCollected',
  recipients: 'sharing.recipients',
  rights: 'rights',
  retention: 'retention',
  sections: 'sections',
} as const;

export function diffSummaries(
  before: PolicySummary,
  after: PolicySummary,
  extras: { before?: DiffExtras; after?: DiffExtras } = {},
): SummaryDiff {
  const filled = new Set([...(extras.before?.filled ?? []), ...(extras.after?.filled ?? [])]);
  const notCompared = Object.values(DIFF_FIELDS).filter((field) => filled.has(field));
  const compared = (part: keyof typeof DIFF_FIELDS) => !filled.has(DIFF_FIELDS[part]);
  const none = { added: [], removed: [] };
  return {
    grade: valueChange(before.grade, after.grade),
    sellsData: valueChange(before.sharing.sellsData, after.sharing.sellsData),
    lastUpdated: compared('lastUpdated')
      ? valueChange(before.lastUpdated, after.lastUpdated)
      : null,
    flags: compared('flags') ? addedRemoved(before.flags, after.flags, (f) => f.id) : none,
    dataTypes: compared('dataTypes')
      ? addedRemoved(
          before.dataCollected.map((d) => d.type),
          after.dataCollected.map((d) => d.type),
          (t) => t,
        )
      : none,
    recipients: compared('recipients') ? diffRecipients(before, after) : none,
    rights: compared('rights')
      ? renameKeys(
          addedRemoved(
            before.rights.map((r) => r.right),
            after.rights.map((r) => r.right),
            (r) => r,
          ),
        )
      : { gained: [], lost: [] },
    retention: compared('retention') ? diffRetention(before, after) : [],
    sections: compared('sections')
      ? diffSections(
          sectionSides(before, extras.before?.sectionTexts),
          sectionSides(after, extras.after?.sectionTexts),
        )
      : [],
    notCompared,
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
  const change =
    c.before && c.after
      ? t('changes_retentionChanged', undefined, [formatPeriod(c.before), formatPeriod(c.after)])
      : c.after
        ? t('changes_retentionAdded', undefined, [formatPeriod(c.after)])
        : c.before
          ? t('changes_retentionRemoved', undefined, [formatPeriod(c.before)])
          : '';
  return c.subject ? t('changes_retentionSubject', undefined, [c.subject, change]) : change;
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

/**
 * The key sections are paired by: the heading as a reader would compare it. Policies renumber their sections when
 * one is inserted ("4. Retention" becomes "5. Retention"), so leading numbering (1., 2.3, IV., (a), A)) and
 * trailing punctuation are left out, along with case and spacing.
 */
export function headingKey(heading: string | null): string {
  return normalizeName(heading)
    .replace(/^(?:section\s+)?(?:\(?(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.):]|\d+(?:\.\d+)*)\s+/, '')
    .replace(/[\s.:;,\-–—]+$/, '')
    .trim();
}

/** Kept texts are usable only when they line up with the summary's sections. */
function alignedTexts(
  s: PolicySummary,
  texts: readonly SectionText[] | undefined,
): readonly SectionText[] | null {
  return texts && texts.length === s.sections.length ? texts : null;
}

export interface KeyedSide {
  key: string;
  side: SectionSide;
}

export function sectionSides(s: PolicySummary, texts?: readonly SectionText[]): KeyedSide[] {
  const evidence = allEvidence(s);
  const kept = alignedTexts(s, texts);
  const seen = new Map<string, number>();
  return s.sections.map((section, i) => {
    // Repeated headings ("Details") are told apart by how many times the heading came before.
    const base = headingKey(section.heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      key: `${base}\u0000${n}`,
      side: {
        heading: section.heading,
        categories: [...section.categories].sort(),
        length: Math.max(0, section.end - section.start),
        text: kept?.[i]?.text ?? null,
        truncated: kept?.[i]?.truncated ?? false,
        quotes: evidence
          .filter((e) => e.start >= section.start && e.start < section.end)
          .map((e) => e.quote),
      },
    };
  });
}

/** Texts that differ only in spacing are the same text. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function sameSide(a: SectionSide, b: SectionSide): boolean {
  if (a.text !== null && b.text !== null) return squash(a.text) === squash(b.text);
  // Without the text, a section whose length, categories and quoted sentences all match is taken as unchanged.
  return (
    a.length === b.length &&
    a.categories.join(',') === b.categories.join(',') &&
    a.quotes.length === b.quotes.length &&
    a.quotes.every((q, i) => q === b.quotes[i])
  );
}

/** Pairs sections by heading key; lists those added, removed, or whose text (or, lacking it, quotes) differ. */
export function diffSections(
  old: readonly KeyedSide[],
  cur: readonly KeyedSide[],
): SectionChange[] {
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

/** One sentence of a section's text, marked when the other version's text of the section does not have it. */
export interface MarkedSentence {
  text: string;
  onlyHere: boolean;
}

/** A kept section text as paragraphs of sentences (the normalised text separates blocks with a blank line). */
function sentencesOf(text: string): string[][] {
  return text
    .split(BLOCK_SEPARATOR)
    .map((paragraph) => sentenceRanges(paragraph).map(([a, b]) => paragraph.slice(a, b)))
    .filter((sentences) => sentences.length > 0);
}

/**
 * A section's text, sentence by sentence, with the sentences the other version lacks marked, so the changed wording
 * stands out in the side-by-side view. With no other side (a section added or removed), nothing is marked: the
 * whole section is the change.
 */
export function markSentences(text: string, other: string | null): MarkedSentence[][] {
  const theirs = other === null ? null : new Set(sentencesOf(other).flat().map(squash));
  return sentencesOf(text).map((paragraph) =>
    paragraph.map((sentence) => ({
      text: sentence,
      onlyHere: theirs !== null && !theirs.has(squash(sentence)),
    })),
  );
}

/** What the side-by-side view shows of a section's text: paragraphs, and runs of unchanged ones folded away. */
export type TextPart =
  { kind: 'paragraph'; sentences: MarkedSentence[] } | { kind: 'unchanged'; paragraphs: number };

/** Below this length a section is shown whole: it fits on a screen at popup width, and context helps. */
export const FOLD_UNCHANGED_ABOVE_CHARS = 1500;

/**
 * The section text to show beside the other version's: every paragraph for a short section or one without a
 * counterpart; for a long one, the paragraphs with a differing sentence, and a count where unchanged ones were left
 * out (a policy without headings is one long section, and the change is one sentence in it).
 */
export function sectionTextView(text: string, other: string | null): TextPart[] {
  const paragraphs = markSentences(text, other);
  if (other === null || text.length <= FOLD_UNCHANGED_ABOVE_CHARS)
    return paragraphs.map((sentences) => ({ kind: 'paragraph', sentences }));
  const parts: TextPart[] = [];
  for (const sentences of paragraphs) {
    if (sentences.some((s) => s.onlyHere)) {
      parts.push({ kind: 'paragraph', sentences });
      continue;
    }
    const last = parts.at(-1);
    if (last?.kind === 'unchanged') last.paragraphs++;
    else parts.push({ kind: 'unchanged', paragraphs: 1 });
  }
  return parts;
}
