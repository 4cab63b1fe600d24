import type { SiteChange } from '../../lib/compare/changes';
import {
  describeRetentionChange,
  type SectionChange,
  type SectionSide,
} from '../../lib/compare/diff';
import {
  DATA_TYPE_LABELS,
  formatDate,
  RECIPIENT_KIND_LABELS,
  RIGHT_LABELS,
  SELLS_DATA_LABELS,
  SENSITIVE_DATA_TYPES,
} from '../../lib/compare/labels';
import type { RecipientRef } from '../../lib/compare/diff';
import './changes.css';

// "Changed since DATE": what a new version of a site's policy changed, as a reader would list it.
// Shared by the popup and the comparison page; every string from the policy is rendered as React text.

interface Line {
  sign: '+' | '−' | '→';
  text: string;
}

const SIGN_WORDS: Record<Line['sign'], string> = { '+': 'Added', '−': 'Removed', '→': 'Changed' };

function recipientText(r: RecipientRef): string {
  return r.name ? `${r.name} (${RECIPIENT_KIND_LABELS[r.kind]})` : RECIPIENT_KIND_LABELS[r.kind];
}

function changeLines(change: SiteChange): { heading: string; lines: Line[] }[] {
  const d = change.diff;
  const groups: { heading: string; lines: Line[] }[] = [];
  const summary: Line[] = [];
  if (d.grade) summary.push({ sign: '→', text: `Grade ${d.grade.before} → ${d.grade.after}` });
  if (d.sellsData)
    summary.push({
      sign: '→',
      text: `Sells data: ${SELLS_DATA_LABELS[d.sellsData.before]} → ${SELLS_DATA_LABELS[d.sellsData.after]}`,
    });
  if (d.lastUpdated)
    summary.push({
      sign: '→',
      text: `Last updated: ${d.lastUpdated.before ?? 'not stated'} → ${d.lastUpdated.after ?? 'not stated'}`,
    });
  groups.push({ heading: 'Overall', lines: summary });
  groups.push({
    heading: 'Flags',
    lines: [
      ...d.flags.added.map((f): Line => ({ sign: '+', text: `${f.title} (${f.severity})` })),
      ...d.flags.removed.map((f): Line => ({ sign: '−', text: `${f.title} (${f.severity})` })),
    ],
  });
  const typeText = (t: keyof typeof DATA_TYPE_LABELS) =>
    DATA_TYPE_LABELS[t] + (SENSITIVE_DATA_TYPES.has(t) ? ' (sensitive)' : '');
  groups.push({
    heading: 'Data collected',
    lines: [
      ...d.dataTypes.added.map((t): Line => ({ sign: '+', text: typeText(t) })),
      ...d.dataTypes.removed.map((t): Line => ({ sign: '−', text: typeText(t) })),
    ],
  });
  groups.push({
    heading: 'Shared with',
    lines: [
      ...d.recipients.added.map((r): Line => ({ sign: '+', text: recipientText(r) })),
      ...d.recipients.removed.map((r): Line => ({ sign: '−', text: recipientText(r) })),
    ],
  });
  groups.push({
    heading: 'Rights',
    lines: [
      ...d.rights.gained.map((r): Line => ({ sign: '+', text: `${RIGHT_LABELS[r]} (gained)` })),
      ...d.rights.lost.map((r): Line => ({ sign: '−', text: `${RIGHT_LABELS[r]} (lost)` })),
    ],
  });
  groups.push({
    heading: 'Retention',
    lines: d.retention.map((c): Line => ({
      sign: c.before && c.after ? '→' : c.after ? '+' : '−',
      text: describeRetentionChange(c),
    })),
  });
  return groups.filter((g) => g.lines.length > 0);
}

function SideText({
  side,
  other,
  label,
}: {
  side: SectionSide | null;
  other: SectionSide | null;
  label: string;
}) {
  const otherQuotes = new Set(other?.quotes ?? []);
  return (
    <div className="changes-side">
      <h5>{label}</h5>
      {side === null ? (
        <p className="changes-muted">Not in this version.</p>
      ) : side.text !== null ? (
        <p className="changes-text">{side.text}</p>
      ) : side.quotes.length > 0 ? (
        <ul className="changes-quotes">
          {side.quotes.map((q, i) => {
            const differs = other !== null && !otherQuotes.has(q);
            return (
              <li key={i} className={differs ? 'changes-differs' : undefined}>
                {differs && <span className="visually-hidden">Only in this version: </span>}
                <blockquote>{q}</blockquote>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="changes-muted">
          No sentence of this section was quoted ({side.length.toLocaleString('en')} characters).
        </p>
      )}
    </div>
  );
}

const STATUS_WORDS: Record<SectionChange['status'], string> = {
  added: 'new section',
  removed: 'section removed',
  changed: 'section changed',
};

function SectionDiff({
  section,
  since,
  now,
}: {
  section: SectionChange;
  since: number;
  now: number;
}) {
  return (
    <details className="changes-section">
      <summary>
        {section.heading ?? 'Untitled opening section'}{' '}
        <span className="changes-status">({STATUS_WORDS[section.status]})</span>
      </summary>
      <div className="changes-sides">
        <SideText
          side={section.before}
          other={section.after}
          label={`Before (${formatDate(since)})`}
        />
        <SideText side={section.after} other={section.before} label={`Now (${formatDate(now)})`} />
      </div>
    </details>
  );
}

export function ChangedSince({
  change,
  site,
  onMarkSeen,
  headingLevel = 2,
}: {
  change: SiteChange;
  site: string;
  onMarkSeen?: () => void;
  headingLevel?: 2 | 3;
}) {
  const groups = changeLines(change);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const textOnly = change.diff.sections.every(
    (s) => (s.before?.text ?? s.after?.text ?? null) === null,
  );
  return (
    <section
      className="changes"
      data-testid="changed-since"
      aria-label={`Policy changes for ${site}`}
    >
      <Heading className="changes-title">
        Changed since {formatDate(change.since)}
        {change.unseen && <span className="changes-new"> · new</span>}
      </Heading>
      {groups.length === 0 ? (
        <p className="changes-muted">The wording changed; no finding in the summary did.</p>
      ) : (
        groups.map((g) => (
          <div key={g.heading} className="changes-group">
            <h4>{g.heading}</h4>
            <ul>
              {g.lines.map((l, i) => (
                <li key={i} data-sign={l.sign}>
                  <span className="changes-sign" aria-hidden="true">
                    {l.sign}
                  </span>
                  <span className="visually-hidden">{SIGN_WORDS[l.sign]}: </span>
                  {l.text}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {change.diff.sections.length > 0 && (
        <div className="changes-group">
          <h4>Changed sections</h4>
          {textOnly && (
            <p className="changes-muted">
              Saved summaries keep the sentences each finding quotes, not whole sections, so these
              are shown side by side; sentences in bold appear in only one of the two versions.
            </p>
          )}
          {change.diff.sections.map((s, i) => (
            <SectionDiff key={i} section={s} since={change.since} now={change.after.analyzedAt} />
          ))}
        </div>
      )}
      {change.unseen && onMarkSeen && (
        <button type="button" className="changes-seen" onClick={onMarkSeen}>
          Mark as seen
        </button>
      )}
    </section>
  );
}
