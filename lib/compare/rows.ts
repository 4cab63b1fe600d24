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
  formatRetention,
  GDPR_RIGHTS,
  OTHER_RIGHTS,
  RECIPIENT_KIND_LABELS,
  RIGHT_LABELS,
  SELLS_DATA_LABELS,
  SENSITIVE_DATA_TYPES,
} from './labels';
import { t } from '../i18n';
import { dataRetention } from '../analyze/facts/retention-cookies';

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
    label: t('compare_rowGrade'),
    rule: t('compare_ruleGrade'),
    cell: (s) => ({
      text: s.grade,
      items: [{ label: s.grade }],
      score: -GRADES.indexOf(s.grade),
      evidence: flagEvidence(s.flags.filter((f) => f.severity !== 'low')),
      noEvidenceReason: t('compare_whyGrade'),
    }),
  },
  flagRow('high-flags', t('compare_rowHighFlags'), 'high', t('compare_whyHighFlags')),
  flagRow('medium-flags', t('compare_rowMediumFlags'), 'medium', t('compare_whyMediumFlags')),
  {
    id: 'data-collected',
    label: t('dataHeading'),
    rule: t('compare_ruleData'),
    cell: (s) => {
      const types = s.dataCollected;
      const sensitive = types.filter((d) => SENSITIVE_DATA_TYPES.has(d.type)).length;
      return {
        text:
          types.length === 0
            ? t('compare_noneStated')
            : types
                .map(
                  (d) =>
                    DATA_TYPE_LABELS[d.type] +
                    (SENSITIVE_DATA_TYPES.has(d.type) ? ` ${t('compare_sensitive')}` : ''),
                )
                .join('; '),
        items: types.map((d) => ({
          label: DATA_TYPE_LABELS[d.type],
          sensitive: SENSITIVE_DATA_TYPES.has(d.type),
        })),
        score: -(sensitive * 100 + types.length),
        evidence: types.flatMap((d) => quotes(DATA_TYPE_LABELS[d.type], d.evidence)),
        noEvidenceReason: t('compare_whyData'),
      };
    },
  },
  {
    id: 'sells-data',
    label: t('compare_rowSells'),
    rule: t('compare_ruleSells', undefined, [SELLS_DATA_LABELS.no, SELLS_DATA_LABELS.yes]),
    cell: (s) => {
      const v = s.sharing.sellsData;
      const related = s.flags.filter((f) => f.id === 'sells-data' || f.id === 'does-not-sell');
      return {
        text: SELLS_DATA_LABELS[v],
        items: [{ label: SELLS_DATA_LABELS[v] }],
        score: v === 'no' ? 1 : v === 'yes' ? -1 : 0,
        evidence: flagEvidence(related),
        noEvidenceReason:
          v === 'not-stated' ? t('compare_whySellsNotStated') : t('compare_whySellsNoQuote'),
      };
    },
  },
  {
    id: 'recipients',
    label: t('compare_rowRecipients'),
    rule: t('compare_ruleRecipients'),
    cell: (s) => {
      const recipients = s.sharing.recipients;
      const kinds = new Set(recipients.map((r) => r.kind));
      const items = recipients.map((r) => ({
        label: r.name
          ? t('compare_recipientNamed', undefined, [r.name, RECIPIENT_KIND_LABELS[r.kind]])
          : RECIPIENT_KIND_LABELS[r.kind],
      }));
      const uniqueItems = [...new Map(items.map((i) => [i.label, i])).values()];
      return {
        text:
          uniqueItems.length === 0
            ? t('compare_noneStated')
            : uniqueItems.map((i) => i.label).join('; '),
        items: uniqueItems,
        score: -kinds.size,
        evidence: recipients.flatMap((r) =>
          quotes(r.name ?? RECIPIENT_KIND_LABELS[r.kind], r.evidence),
        ),
        noEvidenceReason: t('compare_whyRecipients'),
      };
    },
  },
  {
    id: 'retention',
    label: t('retentionHeading'),
    rule: t('compare_ruleRetention'),
    cell: retentionCell,
  },
  rightsRow('rights-gdpr', t('compare_rowRightsGdpr'), GDPR_RIGHTS),
  rightsRow('rights-ccpa', t('compare_rowRightsCcpa'), CCPA_RIGHTS),
  rightsRow('rights-other', t('compare_rowRightsOther'), OTHER_RIGHTS),
  {
    id: 'contacts',
    label: t('compare_rowContacts'),
    rule: t('compare_ruleContacts'),
    cell: (s) => {
      const c = s.contacts;
      const items = [...c.emails, ...c.phones, ...c.addresses, ...c.urls].map((label) => ({
        label,
      }));
      return {
        text: items.length === 0 ? t('compare_noneStated') : items.map((i) => i.label).join('; '),
        items,
        score: Math.min(items.length, 3),
        evidence: [],
        noEvidenceReason:
          items.length === 0 ? t('compare_whyNoContacts') : t('compare_whyContacts'),
      };
    },
  },
  {
    id: 'last-updated',
    label: t('lastUpdated'),
    rule: t('compare_ruleUpdated'),
    cell: (s) => ({
      text: s.lastUpdated ?? t('compare_notStated'),
      items: [{ label: s.lastUpdated ?? t('compare_notStated') }],
      score: s.lastUpdated ? Date.parse(`${s.lastUpdated}T00:00:00Z`) / 86_400_000 : -Infinity,
      evidence: [],
      noEvidenceReason: t('compare_whyUpdated'),
    }),
  },
  {
    id: 'policy-length',
    label: t('compare_rowLength'),
    rule: t('compare_ruleLength'),
    cell: (s) => {
      const minutes = Math.max(1, Math.round(s.wordCount / WORDS_PER_MINUTE));
      const text = t('compare_lengthText', undefined, [s.wordCount.toLocaleString('en'), minutes]);
      return {
        text,
        items: [{ label: text }],
        score: null,
        evidence: [],
        noEvidenceReason: t('compare_whyLength'),
      };
    },
  },
];

function flagRow(
  id: RowId,
  label: string,
  severity: Flag['severity'],
  noneRaised: string,
): RowSpec {
  return {
    id,
    label,
    rule: t('compare_ruleFlags'),
    cell: (s) => {
      const flags = s.flags.filter((f) => f.severity === severity);
      return {
        text: flags.length === 0 ? t('compare_none') : flags.map((f) => f.title).join('; '),
        items: flags.map((f) => ({ label: f.title })),
        score: -flags.length,
        evidence: flagEvidence(flags),
        noEvidenceReason: noneRaised,
      };
    },
  };
}

function rightsRow(id: RowId, label: string, rights: readonly Right[]): RowSpec {
  return {
    id,
    label,
    rule: t('compare_ruleRights'),
    cell: (s) => {
      const found = new Map(s.rights.map((r) => [r.right, r]));
      const items = rights.map((r) => ({ label: RIGHT_LABELS[r], present: found.has(r) }));
      const offered = items.filter((i) => i.present);
      return {
        text: offered.length
          ? t('compare_rightsCountList', undefined, [
              offered.length,
              rights.length,
              offered.map((i) => i.label).join('; '),
            ])
          : t('compare_rightsCount', undefined, [0, rights.length]),
        items,
        score: offered.length,
        evidence: rights.flatMap((r) => {
          const f = found.get(r);
          return f ? quotes(RIGHT_LABELS[r], f.evidence) : [];
        }),
        noEvidenceReason: t('compare_whyRights'),
      };
    },
  };
}

function retentionCell(s: PolicySummary): CellDraft {
  // How long a cookie lasts is not how long the company keeps data: the cell compares the latter (as the retention
  // flags do); the cookie lifetimes stay among the evidence, labelled.
  const periods = dataRetention(s.retention).map((r) => r.period);
  const days = periods.flatMap((p) => (p.kind === 'duration' ? [p.days] : []));
  const indefinite = periods.some((p) => p.kind === 'indefinite');
  const necessary = periods.some((p) => p.kind === 'as-long-as-necessary');
  const parts: string[] = [];
  if (days.length > 0) {
    const min = Math.min(...days);
    const max = Math.max(...days);
    parts.push(
      min === max
        ? formatDays(min)
        : t('compare_retentionRange', undefined, [formatDays(min), formatDays(max)]),
    );
  }
  if (indefinite) parts.push(t('compare_retentionIndefinite'));
  if (necessary) parts.push(t('compare_retentionNecessary'));
  const text = parts.length ? parts.join('; ') : t('compare_notStated');
  // Order: any "indefinitely" < nothing said < only "as long as necessary" < stated periods, shorter first.
  const score = indefinite ? -3e6 : days.length ? -Math.max(...days) : necessary ? -1e6 : -2e6;
  return {
    text,
    items: parts.length ? parts.map((label) => ({ label })) : [{ label: t('compare_notStated') }],
    score,
    evidence: s.retention.flatMap((r) =>
      quotes(
        r.subject
          ? t('compare_labelled', undefined, [r.subject, formatRetention(r)])
          : formatRetention(r),
        r.evidence,
      ),
    ),
    noEvidenceReason: t('compare_whyRetention'),
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
