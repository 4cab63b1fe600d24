import type { ReactNode } from 'react';
import { messages } from './strings';

/** A plain message panel for every state that is not a summary. */
export function StatusPanel({
  title,
  children,
  busy = false,
  testId,
}: {
  title: string;
  children?: ReactNode;
  busy?: boolean;
  testId?: string;
}) {
  return (
    <section className="status" data-testid={testId} aria-busy={busy || undefined}>
      <h1 className="status-title">
        {busy && <span className="spinner" aria-hidden="true" />}
        {title}
      </h1>
      {children}
    </section>
  );
}

export function ActionButton({
  label,
  onClick,
  busy = false,
}: {
  label: string;
  onClick: () => void;
  busy?: boolean;
}) {
  return (
    <button type="button" className="primary" onClick={onClick} disabled={busy}>
      {label}
    </button>
  );
}

export function PolicyLinkNote({ link }: { link: string }) {
  return (
    <p>
      {messages.linkFound}{' '}
      {/^https?:\/\//i.test(link) ? (
        <a href={link} target="_blank" rel="noreferrer noopener" className="policy-link">
          {link}
        </a>
      ) : (
        <span className="policy-link">{link}</span>
      )}
    </p>
  );
}
