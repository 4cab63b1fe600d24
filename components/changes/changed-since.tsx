import type { SiteChange } from '../../lib/compare/changes';
import {
  describeRetentionChange,
  sectionTextView,
  type RecipientRef,
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
import { t, type MessageKey } from '../../lib/i18n';
import { severityLabels } from '../strings';
import './changes.css';

// "Changed since DATE": what a new version of a site's policy changed, as a reader would list it.
// Shared by the popup and the comparison page; every string from the policy is rendered as React text,
// and every string of our own comes from locales/en.json (changes_* keys).

interface Line {
  sign: '+' | '−' | '→';
  text: string;
}

const SIGN_WORDS: Record<Line['sign'], MessageKey> = {
  '+': 'changes_signAdded',
  '−': 'changes_signRemoved',
  '→': 'changes_signChanged',
};

/** The summary fields a migrated version may lack (SummaryDiff.notCompared), as the reader calls them. */
const FIELD_WORDS: Record<string, MessageKey> = {
  lastUpdated: 'changes_fieldLastUpdated',
  flags: 'changes_fieldFlags',
  dataCollected: 'changes_fieldData',
  'sharing.recipients': 'changes_fieldRecipients',
  rights: 'changes_fieldRights',
  retention: 'changes_fieldRetention',
  sections: 'changes_fieldSections',
};

const STATUS_WORDS: Record<SectionChange['status'], MessageKey> = {
  added: 'changes_statusAdded',
  removed: 'changes_statusRemoved',
  changed: 'changes_statusChanged',
};

const tr = (key: MessageKey, ...subs: (string | number)[]) => t(key, undefined, subs);

function recipientText(r: RecipientRef): string {
  const kind = RECIPIENT_KIND_LABELS[r.kind];
  return r.name ? tr('changes_withDetail', r.name, kind) : kind;
}

function changeLines(change: SiteChange): { heading: string; lines: Line[] }[] {
  const d = change.diff;
  const groups: { heading: string; lines: Line[] }[] = [];
  const summary: Line[] = [];
  const notStated = tr('changes_notStated');
  if (d.grade)
    summary.push({ sign: '→', text: tr('changes_grade', d.grade.before, d.grade.after) });
  if (d.sellsData)
    summary.push({
      sign: '→',
      text: tr(
        'changes_sellsData',
        SELLS_DATA_LABELS[d.sellsData.before],
        SELLS_DATA_LABELS[d.sellsData.after],
      ),
    });
  if (d.lastUpdated)
    summary.push({
      sign: '→',
      text: tr(
        'changes_lastUpdated',
        d.lastUpdated.before ?? notStated,
        d.lastUpdated.after ?? notStated,
      ),
    });
  groups.push({ heading: tr('changes_groupOverall'), lines: summary });
  const flagText = (f: SiteChange['diff']['flags']['added'][number]) =>
    tr('changes_withDetail', f.title, severityLabels[f.severity]);
  groups.push({
    heading: tr('changes_groupFlags'),
    lines: [
      ...d.flags.added.map((f): Line => ({ sign: '+', text: flagText(f) })),
      ...d.flags.removed.map((f): Line => ({ sign: '−', text: flagText(f) })),
    ],
  });
  const typeText = (type: keyof typeof DATA_TYPE_LABELS) =>
    SENSITIVE_DATA_TYPES.has(type)
      ? tr('changes_sensitive', DATA_TYPE_LABELS[type])
      : DATA_TYPE_LABELS[type];
  groups.push({
    heading: tr('changes_groupData'),
    lines: [
      ...d.dataTypes.added.map((type): Line => ({ sign: '+', text: typeText(type) })),
      ...d.dataTypes.removed.map((type): Line => ({ sign: '−', text: typeText(type) })),
    ],
  });
  groups.push({
    heading: tr('changes_groupRecipients'),
    lines: [
      ...d.recipients.added.map((r): Line => ({ sign: '+', text: recipientText(r) })),
      ...d.recipients.removed.map((r): Line => ({ sign: '−', text: recipientText(r) })),
    ],
  });
  groups.push({
    heading: tr('changes_groupRights'),
    lines: [
      ...d.rights.gained.map((r): Line => ({
        sign: '+',
        text: tr('changes_rightGained', RIGHT_LABELS[r]),
      })),
      ...d.rights.lost.map((r): Line => ({
        sign: '−',
        text: tr('changes_rightLost', RIGHT_LABELS[r]),
      })),
    ],
  });
  groups.push({
    heading: tr('changes_groupRetention'),
    lines: d.retention.map((c): Line => ({
      sign: c.before && c.after ? '→' : c.after ? '+' : '−',
      text: describeRetentionChange(c),
    })),
  });
  return groups.filter((g) => g.lines.length > 0);
}

/** A sentence the other version lacks: bold, and announced, so the mark is not visual only. */
function OnlyHere({ text }: { text: string }) {
  return (
    <strong className="changes-only">
      <span className="visually-hidden">{tr('changes_onlyHere')} </span>
      {text}
    </strong>
  );
}

/**
 * The kept section text, paragraph by paragraph, sentences the other side lacks in bold; in a long section, runs of
 * unchanged paragraphs are folded into a count. Text only, never HTML.
 */
function SectionText({
  side,
  other,
}: {
  side: SectionSide & { text: string };
  other: SectionSide | null;
}) {
  const parts = sectionTextView(side.text, other?.text ?? null);
  return (
    <div className="changes-text" data-testid="changes-text">
      {parts.map((part, i) =>
        part.kind === 'unchanged' ? (
          <p key={i} className="changes-muted changes-folded">
            {t('changes_unchangedParagraphs', part.paragraphs)}
          </p>
        ) : (
          <p key={i}>
            {part.sentences.map((s, j) => (
              <span key={j}>
                {j > 0 && ' '}
                {s.onlyHere ? <OnlyHere text={s.text} /> : s.text}
              </span>
            ))}
          </p>
        ),
      )}
      {side.truncated && <p className="changes-muted">{tr('changes_truncated')}</p>}
    </div>
  );
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
        <p className="changes-muted">{tr('changes_notInVersion')}</p>
      ) : side.text !== null && (other === null || other.text !== null) ? (
        <SectionText side={{ ...side, text: side.text }} other={other} />
      ) : side.quotes.length > 0 ? (
        <ul className="changes-quotes">
          {side.quotes.map((q, i) => {
            const differs = other !== null && !otherQuotes.has(q);
            return (
              <li key={i} className={differs ? 'changes-differs' : undefined}>
                {differs && <span className="visually-hidden">{tr('changes_onlyHere')} </span>}
                <blockquote>{q}</blockquote>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="changes-muted">{tr('changes_noQuotes', side.length.toLocaleString('en'))}</p>
      )}
    </div>
  );
}

function SectionDiff({
  section,
  since,
  now,
  open,
}: {
  section: SectionChange;
  since: number;
  now: number;
  open: boolean;
}) {
  return (
    <details className="changes-section" open={open} data-testid="changes-section">
      <summary>
        {section.heading ?? tr('changes_untitledSection')}{' '}
        <span className="changes-status">({tr(STATUS_WORDS[section.status])})</span>
      </summary>
      <div className="changes-sides">
        <SideText
          side={section.before}
          other={section.after}
          label={tr('changes_before', formatDate(since))}
        />
        <SideText
          side={section.after}
          other={section.before}
          label={tr('changes_now', formatDate(now))}
        />
      </div>
    </details>
  );
}

/** A section whose text both versions kept can be compared sentence by sentence; otherwise only quotes can. */
const hasBothTexts = (s: SectionChange) =>
  (s.before === null || s.before.text !== null) && (s.after === null || s.after.text !== null);

// Changed sections open by themselves only when there are few, so a long rewrite does not bury the summary lines.
const OPEN_SECTIONS_UP_TO = 3;

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
  const sections = change.diff.sections;
  const quotesOnly = sections.some((s) => !hasBothTexts(s));
  const notCompared = change.diff.notCompared
    .map((field) => (FIELD_WORDS[field] ? tr(FIELD_WORDS[field]) : field))
    .join(', ');
  return (
    <section
      className="changes"
      data-testid="changed-since"
      aria-label={tr('changes_ariaLabel', site)}
    >
      <Heading className="changes-title">
        {tr('changes_title', formatDate(change.since))}
        {change.unseen && <span className="changes-new"> · {tr('changes_newMark')}</span>}
      </Heading>
      {groups.length === 0 ? (
        <p className="changes-muted">{tr('changes_wordingOnly')}</p>
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
                  <span className="visually-hidden">{tr(SIGN_WORDS[l.sign])}: </span>
                  {l.text}
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
      {notCompared && (
        <p className="changes-muted" data-testid="changes-not-compared">
          {tr('changes_notCompared', notCompared)}
        </p>
      )}
      {sections.length > 0 && (
        <div className="changes-group">
          <h4>{tr('changes_sectionsHeading')}</h4>
          <p className="changes-muted">
            {tr(quotesOnly ? 'changes_sectionsQuotesNote' : 'changes_sectionsTextNote')}
          </p>
          {sections.map((s, i) => (
            <SectionDiff
              key={i}
              section={s}
              since={change.since}
              now={change.after.analyzedAt}
              open={sections.length <= OPEN_SECTIONS_UP_TO}
            />
          ))}
        </div>
      )}
      {change.unseen && onMarkSeen && (
        <button type="button" className="changes-seen" onClick={onMarkSeen}>
          {tr('changes_markSeen')}
        </button>
      )}
    </section>
  );
}
