import {
  GRADES,
  type Evidence,
  type Flag,
  type PolicySummary,
  type Right,
  type SiteRecord,
} from '../schema';
import {
  CCPA_RIGHTS,
  DATA_TYPE_LABELS,
  formatDays,
  formatPeriod,
  GDPR_RIGHTS,
  OTHER_RIGHTS,
  RECIPIENT_KIND_LABELS,
  RIGHT_LABELS,
  SELLS_DATA_LABELS,
  SENSITIVE_DATA_TYPES,
} from './labels';

// The side-by-side table as data: the page renders it and the exports print it, so both say the same thing.

export type Mark = 'better' | 'worse' | null;

export interface CellItem {
  label: string;
  /** A data type the contract counts as sensitive. */
  sensitive?: boolean;
  /** For checklists: whether the policy grants it. */
  present?: boolean;
}

export interface CellEvidence {
  /** What the quote supports, e.g. "Email address" or a flag's title. */
  label: string;
  quote: string;
}

export interface Cell {
  site: string;
  /** One line for exports and screen readers. */
  text: string;
  items: CellItem[];
  mark: Mark;
  evidence: CellEvidence[];
  /** Why there are no quotes, when there are none to show. */
  noEvidenceReason?: string;
}

export type RowId =
  | 'grade'
  | 'high-flags'
  | 'medium-flags'
  | 'data-collected'
  | 'sells-data'
  | 'recipients'
  | 'retention'
  | 'rights-gdpr'
  | 'rights-ccpa'
  | 'rights-other'
  | 'contacts'
  | 'last-updated'
  | 'policy-length';

export interface Row {
  id: RowId;
  label: string;
  /** What "better" means in this row, for the legend and the row header. */
  rule: string;
  cells: Cell[];
}

export interface CompareColumn {
  site: string;
  company: string | null;
  analyzedAt: number;
  url: string;
}

interface CellDraft extends Omit<Cell, 'mark' | 'site'> {
  /** Higher is better; null when the cell cannot be ranked. */
  score: number | null;
}

interface RowSpec {
  id: RowId;
  label: string;
  rule: string;
  cell(s: PolicySummary): CellDraft;
}

const WORDS_PER_MINUTE = 230;

const ROWS: readonly RowSpec[] = [
  {
    id: 'grade',
    label: 'Grade',
    rule: 'A is best, E is worst',
    cell: (s) => ({
      text: s.grade,
      items: [{ label: s.grade }],
      score: -GRADES.indexOf(s.grade),
      evidence: flagEvidence(s.flags.filter((f) => f.severity !== 'low')),
      noEvidenceReason: 'The grade comes from the flags; this policy raised none.',
    }),
  },
  flagRow('high-flags', 'High-risk flags', 'high'),
  flagRow('medium-flags', 'Medium-risk flags', 'medium'),
  {
    id: 'data-collected',
    label: 'Data collected',
    rule: 'fewer sensitive types, then fewer types, is better',
    cell: (s) => {
      const types = s.dataCollected;
      const sensitive = types.filter((d) => SENSITIVE_DATA_TYPES.has(d.type)).length;
      return {
        text:
          types.length === 0
            ? 'None stated'
            : types
                .map(
                  (d) =>
                    DATA_TYPE_LABELS[d.type] +
                    (SENSITIVE_DATA_TYPES.has(d.type) ? ' (sensitive)' : ''),
                )
                .join('; '),
        items: types.map((d) => ({
          label: DATA_TYPE_LABELS[d.type],
          sensitive: SENSITIVE_DATA_TYPES.has(d.type),
        })),
        score: -(sensitive * 100 + types.length),
        evidence: types.flatMap((d) => quotes(DATA_TYPE_LABELS[d.type], d.evidence)),
        noEvidenceReason: 'The policy names no data it collects.',
      };
    },
  },
  {
    id: 'sells-data',
    label: 'Sells data',
    rule: '"No" is best, "Yes" is worst',
    cell: (s) => {
      const v = s.sharing.sellsData;
      const related = s.flags.filter((f) => f.id === 'sells-data' || f.id === 'does-not-sell');
      return {
        text: SELLS_DATA_LABELS[v],
        items: [{ label: SELLS_DATA_LABELS[v] }],
        score: v === 'no' ? 1 : v === 'yes' ? -1 : 0,
        evidence: flagEvidence(related),
        noEvidenceReason:
          v === 'not-stated'
            ? 'The policy does not say whether it sells data.'
            : 'No sentence was kept for this answer.',
      };
    },
  },
  {
    id: 'recipients',
    label: 'Shared with',
    rule: 'fewer kinds of recipients is better',
    cell: (s) => {
      const recipients = s.sharing.recipients;
      const kinds = new Set(recipients.map((r) => r.kind));
      const items = recipients.map((r) => ({
        label: r.name
          ? `${r.name} (${RECIPIENT_KIND_LABELS[r.kind]})`
          : RECIPIENT_KIND_LABELS[r.kind],
      }));
      const uniqueItems = [...new Map(items.map((i) => [i.label, i])).values()];
      return {
        text: uniqueItems.length === 0 ? 'None stated' : uniqueItems.map((i) => i.label).join('; '),
        items: uniqueItems,
        score: -kinds.size,
        evidence: recipients.flatMap((r) =>
          quotes(r.name ?? RECIPIENT_KIND_LABELS[r.kind], r.evidence),
        ),
        noEvidenceReason: 'The policy names no one it shares data with.',
      };
    },
  },
  {
    id: 'retention',
    label: 'Retention',
    rule: 'short stated periods are best; "indefinitely" is worst, then not stated',
    cell: retentionCell,
  },
  rightsRow('rights-gdpr', 'Rights (GDPR)', GDPR_RIGHTS),
  rightsRow('rights-ccpa', 'Rights (CCPA)', CCPA_RIGHTS),
  rightsRow('rights-other', 'Other choices', OTHER_RIGHTS),
  {
    id: 'contacts',
    label: 'Privacy contacts',
    rule: 'more ways to reach the company is better; none is worst',
    cell: (s) => {
      const c = s.contacts;
      const items = [...c.emails, ...c.phones, ...c.addresses, ...c.urls].map((label) => ({
        label,
      }));
      return {
        text: items.length === 0 ? 'None stated' : items.map((i) => i.label).join('; '),
        items,
        score: Math.min(items.length, 3),
        evidence: [],
        noEvidenceReason:
          items.length === 0
            ? 'No email, phone, address or contact page was found.'
            : 'The contacts are quoted as found.',
      };
    },
  },
  {
    id: 'last-updated',
    label: 'Last updated',
    rule: 'more recent is better; not stated is worst',
    cell: (s) => ({
      text: s.lastUpdated ?? 'Not stated',
      items: [{ label: s.lastUpdated ?? 'Not stated' }],
      score: s.lastUpdated ? Date.parse(`${s.lastUpdated}T00:00:00Z`) / 86_400_000 : -Infinity,
      evidence: [],
      noEvidenceReason: 'The date is read from the policy text.',
    }),
  },
  {
    id: 'policy-length',
    label: 'Policy length',
    rule: 'not ranked: a longer policy is not better or worse by itself',
    cell: (s) => {
      const minutes = Math.max(1, Math.round(s.wordCount / WORDS_PER_MINUTE));
      const text = `${s.wordCount.toLocaleString('en')} words (about ${minutes} min)`;
      return {
        text,
        items: [{ label: text }],
        score: null,
        evidence: [],
        noEvidenceReason: 'Counted from the whole page.',
      };
    },
  },
];

function flagRow(id: RowId, label: string, severity: Flag['severity']): RowSpec {
  return {
    id,
    label,
    rule: 'fewer is better',
    cell: (s) => {
      const flags = s.flags.filter((f) => f.severity === severity);
      return {
        text: flags.length === 0 ? 'None' : flags.map((f) => f.title).join('; '),
        items: flags.map((f) => ({ label: f.title })),
        score: -flags.length,
        evidence: flagEvidence(flags),
        noEvidenceReason: `No ${severity}-risk flag was raised.`,
      };
    },
  };
}

function rightsRow(id: RowId, label: string, rights: readonly Right[]): RowSpec {
  return {
    id,
    label,
    rule: 'more rights offered is better',
    cell: (s) => {
      const found = new Map(s.rights.map((r) => [r.right, r]));
      const items = rights.map((r) => ({ label: RIGHT_LABELS[r], present: found.has(r) }));
      const offered = items.filter((i) => i.present);
      return {
        text:
          `${offered.length} of ${rights.length}` +
          (offered.length ? `: ${offered.map((i) => i.label).join('; ')}` : ''),
        items,
        score: offered.length,
        evidence: rights.flatMap((r) => {
          const f = found.get(r);
          return f ? quotes(RIGHT_LABELS[r], f.evidence) : [];
        }),
        noEvidenceReason: 'The policy mentions none of these rights.',
      };
    },
  };
}

function retentionCell(s: PolicySummary): CellDraft {
  const periods = s.retention.map((r) => r.period);
  const days = periods.flatMap((p) => (p.kind === 'duration' ? [p.days] : []));
  const indefinite = periods.some((p) => p.kind === 'indefinite');
  const necessary = periods.some((p) => p.kind === 'as-long-as-necessary');
  const parts: string[] = [];
  if (days.length > 0) {
    const min = Math.min(...days);
    const max = Math.max(...days);
    parts.push(
      min === max ? formatDays(min) : `shortest ${formatDays(min)}, longest ${formatDays(max)}`,
    );
  }
  if (indefinite) parts.push('some data indefinitely');
  if (necessary) parts.push('"as long as necessary"');
  const text = parts.length ? parts.join('; ') : 'Not stated';
  // Order: any "indefinitely" < nothing said < only "as long as necessary" < stated periods, shorter first.
  const score = indefinite ? -3e6 : days.length ? -Math.max(...days) : necessary ? -1e6 : -2e6;
  return {
    text,
    items: parts.length ? parts.map((label) => ({ label })) : [{ label: 'Not stated' }],
    score,
    evidence: s.retention.flatMap((r) =>
      quotes(
        r.subject ? `${r.subject}: ${formatPeriod(r.period)}` : formatPeriod(r.period),
        r.evidence,
      ),
    ),
    noEvidenceReason: 'The policy does not say how long it keeps data.',
  };
}

function quotes(label: string, evidence: readonly Evidence[]): CellEvidence[] {
  return evidence.map((e) => ({ label, quote: e.quote }));
}

function flagEvidence(flags: readonly Flag[]): CellEvidence[] {
  return flags.flatMap((f) => quotes(f.title, f.evidence));
}

/** Marks the best and worst cells of a row; a row where every cell ranks the same is left unmarked. */
function markCells(scores: readonly (number | null)[]): Mark[] {
  const ranked = scores.filter((s): s is number => s !== null);
  if (ranked.length < 2) return scores.map(() => null);
  const best = Math.max(...ranked);
  const worst = Math.min(...ranked);
  if (best === worst) return scores.map(() => null);
  return scores.map((s) =>
    s === null ? null : s === best ? 'better' : s === worst ? 'worse' : null,
  );
}

export function compareColumns(records: readonly SiteRecord[]): CompareColumn[] {
  return records.flatMap((r) => {
    const v = r.versions[0];
    return v
      ? [{ site: r.site, company: v.summary.company, analyzedAt: v.analyzedAt, url: v.url }]
      : [];
  });
}

/** The comparison of each record's current version, one row per aspect, cells in the records' order. */
export function compareRows(records: readonly SiteRecord[]): Row[] {
  const current = records.flatMap((r) =>
    r.versions[0] ? [{ site: r.site, summary: r.versions[0].summary }] : [],
  );
  return ROWS.map((spec) => {
    const drafts = current.map((c) => ({ site: c.site, ...spec.cell(c.summary) }));
    const marks = markCells(drafts.map((d) => d.score));
    const cells = drafts.map(({ score: _score, ...d }, i): Cell => ({
      ...d,
      mark: marks[i] ?? null,
    }));
    return { id: spec.id, label: spec.label, rule: spec.rule, cells };
  });
}
