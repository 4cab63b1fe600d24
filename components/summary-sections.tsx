import { useState, type ReactNode } from 'react';
import { isSessionEnd } from '../lib/analyze/facts/retention-cookies';
import type { Contacts, Evidence, Period, PolicySummary, Retention } from '../lib/schema';
import { EvidenceList, type ShowInPage } from './evidence-quote';
import { dataTypeLabels, messages, recipientKindLabels, rightLabels } from './strings';

/** One finding: its label (and tag) as a disclosure whose body is the evidence. */
function Finding({
  id,
  label,
  tag,
  evidence,
  onShowInPage,
}: {
  id?: string;
  label: string;
  tag?: string | null;
  evidence: Evidence[];
  onShowInPage?: ShowInPage;
}) {
  // Evidence is rendered once opened: a long policy has dozens of findings, and the popup must paint at once.
  const [open, setOpen] = useState(false);
  return (
    <li data-finding={id}>
      <details className="finding" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <span className="finding-label">{label}</span>
          {tag && <span className="tag">{tag}</span>}
        </summary>
        {open && <EvidenceList evidence={evidence} onShowInPage={onShowInPage} />}
      </details>
    </li>
  );
}

function Section({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <details className="section" open data-section={id}>
      <summary>
        <h2>{title}</h2>
        {count !== undefined && <span className="count">{count}</span>}
      </summary>
      <div className="section-body">{children}</div>
    </details>
  );
}

export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'duration':
      // 0 days is data not kept at all ("we do not store your card number"), never "0 years".
      return period.days === 0 ? messages.period.notKept : messages.period.days(period.days);
    case 'indefinite':
      return messages.period.indefinite;
    case 'as-long-as-necessary':
      return messages.period.necessary;
  }
}

/** A retention finding's label: a cookie's 0-day lifetime is the browser session, not "not kept". */
function retentionLabel(item: Retention): string {
  if (isSessionEnd(item)) return messages.period.untilSessionEnds;
  return formatPeriod(item.period);
}

function ContactList({ contacts }: { contacts: Contacts }) {
  const rows: [string, string[], 'mail' | 'link' | 'text'][] = [
    [messages.emails, contacts.emails, 'mail'],
    [messages.phones, contacts.phones, 'text'],
    [messages.addresses, contacts.addresses, 'text'],
    [messages.links, contacts.urls, 'link'],
  ];
  const present = rows.filter(([, values]) => values.length > 0);
  if (present.length === 0) return <p className="muted">{messages.nothingFound}</p>;
  return (
    <dl className="contacts">
      {present.map(([label, values, kind]) => (
        <div key={label}>
          <dt>{label}</dt>
          {values.map((value) => (
            <dd key={value}>
              {kind === 'mail' ? (
                <a href={`mailto:${value}`}>{value}</a>
              ) : kind === 'link' && /^https?:\/\//i.test(value) ? (
                <a href={value} target="_blank" rel="noreferrer noopener">
                  {value}
                </a>
              ) : (
                value
              )}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}

export function SummarySections({
  summary,
  onShowInPage,
}: {
  summary: PolicySummary;
  onShowInPage?: ShowInPage;
}) {
  const { dataCollected, sharing, retention, rights, contacts } = summary;
  const howTo: Contacts = {
    emails: contacts.emails,
    phones: [],
    addresses: [],
    urls: contacts.urls,
  };
  return (
    <>
      <Section id="data" title={messages.dataHeading} count={dataCollected.length}>
        {dataCollected.length === 0 ? (
          <p className="muted">{messages.nothingFound}</p>
        ) : (
          <ul className="findings">
            {dataCollected.map((item) => (
              <Finding
                key={item.type}
                id={item.type}
                label={dataTypeLabels[item.type]}
                evidence={item.evidence}
                onShowInPage={onShowInPage}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section id="sharing" title={messages.sharingHeading} count={sharing.recipients.length}>
        <p className={`sells sells-${sharing.sellsData}`}>{messages.sells[sharing.sellsData]}</p>
        {sharing.recipients.length > 0 && (
          <ul className="findings">
            {sharing.recipients.map((recipient, i) => (
              <Finding
                key={`${recipient.kind}-${recipient.name ?? i}`}
                id={recipient.kind}
                label={recipient.name ?? recipientKindLabels[recipient.kind]}
                tag={recipient.name ? recipientKindLabels[recipient.kind] : null}
                evidence={recipient.evidence}
                onShowInPage={onShowInPage}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section id="retention" title={messages.retentionHeading} count={retention.length}>
        {retention.length === 0 ? (
          <p className="muted">{messages.nothingFound}</p>
        ) : (
          <ul className="findings">
            {retention.map((item, i) => (
              <Finding
                key={i}
                id={item.period.kind}
                label={retentionLabel(item)}
                tag={item.subject ?? messages.unspecifiedSubject}
                evidence={item.evidence}
                onShowInPage={onShowInPage}
              />
            ))}
          </ul>
        )}
      </Section>

      <Section id="rights" title={messages.rightsHeading} count={rights.length}>
        {rights.length === 0 ? (
          <p className="muted">{messages.nothingFound}</p>
        ) : (
          <ul className="findings">
            {rights.map((item) => (
              <Finding
                key={item.right}
                id={item.right}
                label={rightLabels[item.right]}
                evidence={item.evidence}
                onShowInPage={onShowInPage}
              />
            ))}
          </ul>
        )}
        <h3>{messages.howToExercise}</h3>
        <ContactList contacts={howTo} />
      </Section>

      <Section id="contact" title={messages.contactHeading}>
        <ContactList contacts={contacts} />
      </Section>
    </>
  );
}
