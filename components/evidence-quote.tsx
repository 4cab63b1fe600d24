import { useState } from 'react';
import type { Evidence } from '../lib/schema';
import { messages } from './strings';

export type ShowInPage = (quote: string) => Promise<boolean>;

/** The sentence a finding came from, with a button that finds it in the page when the page is the policy. */
export function EvidenceQuote({
  evidence,
  onShowInPage,
}: {
  evidence: Evidence;
  onShowInPage?: ShowInPage;
}) {
  const [missing, setMissing] = useState(false);
  return (
    <figure className="evidence">
      <blockquote>{evidence.quote}</blockquote>
      {onShowInPage && (
        <figcaption>
          <button
            type="button"
            className="link-button"
            onClick={() => void onShowInPage(evidence.quote).then((found) => setMissing(!found))}
          >
            {messages.showInPage}
          </button>
          {missing && <span className="muted"> {messages.notInPage}</span>}
        </figcaption>
      )}
    </figure>
  );
}

export function EvidenceList({
  evidence,
  onShowInPage,
  limit = 2,
}: {
  evidence: Evidence[];
  onShowInPage?: ShowInPage;
  limit?: number;
}) {
  if (evidence.length === 0) return null;
  return (
    <div className="evidence-list">
      {evidence.slice(0, limit).map((item) => (
        <EvidenceQuote
          key={`${item.start}-${item.end}`}
          evidence={item}
          onShowInPage={onShowInPage}
        />
      ))}
    </div>
  );
}
