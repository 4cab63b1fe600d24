import type { Flag, Severity } from '../lib/schema';
import { EvidenceList, type ShowInPage } from './evidence-quote';
import { messages, severityLabels } from './strings';

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, good: 3 };

export function sortFlags(flags: readonly Flag[]): Flag[] {
  return [...flags].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

function FlagItem({ flag, onShowInPage }: { flag: Flag; onShowInPage?: ShowInPage }) {
  return (
    <li className={`flag flag-${flag.severity}`} data-flag={flag.id}>
      <p className="flag-head">
        <span className={`chip chip-${flag.severity}`}>{severityLabels[flag.severity]}</span>
        <span className="flag-title">{flag.title}</span>
      </p>
      <p className="flag-explanation">{flag.explanation}</p>
      <EvidenceList evidence={flag.evidence} onShowInPage={onShowInPage} limit={1} />
    </li>
  );
}

export function FlagList({
  flags,
  onShowInPage,
}: {
  flags: readonly Flag[];
  onShowInPage?: ShowInPage;
}) {
  const sorted = sortFlags(flags);
  const bad = sorted.filter((flag) => flag.severity !== 'good');
  const good = sorted.filter((flag) => flag.severity === 'good');
  return (
    <>
      <section className="flags" aria-labelledby="flags-heading">
        <h2 id="flags-heading">{messages.flagsHeading}</h2>
        {bad.length === 0 ? (
          <p className="muted">{messages.noFlags}</p>
        ) : (
          <ul className="flag-list">
            {bad.map((flag) => (
              <FlagItem key={flag.id} flag={flag} onShowInPage={onShowInPage} />
            ))}
          </ul>
        )}
      </section>
      {good.length > 0 && (
        <section className="flags" aria-labelledby="good-heading">
          <h2 id="good-heading">{messages.goodHeading}</h2>
          <ul className="flag-list">
            {good.map((flag) => (
              <FlagItem key={flag.id} flag={flag} onShowInPage={onShowInPage} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
