import type { ReactNode } from 'react';
import type { PolicySummary } from '../lib/schema';
import type { ShowInPage } from './evidence-quote';
import { FlagList } from './flag-list';
import { GradeBadge } from './grade-badge';
import { messages } from './strings';
import { SummarySections } from './summary-sections';

const WORDS_PER_MINUTE = 238;
/** Reading this summary takes about a minute; that is not saved. */
export function readingMinutesSaved(wordCount: number): number {
  return Math.max(0, Math.round(wordCount / WORDS_PER_MINUTE) - 1);
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function SummaryView({
  summary,
  url,
  onShowInPage,
  afterHeader,
}: {
  summary: PolicySummary;
  url: string | null;
  onShowInPage?: ShowInPage;
  /** Shown between the header and the flags (the popup puts "Changed since" there). */
  afterHeader?: ReactNode;
}) {
  const domain = hostOf(url ?? summary.source.url);
  const saved = readingMinutesSaved(summary.wordCount);
  return (
    <article className="summary" data-testid="summary">
      <header className="summary-header">
        <div className="identity">
          <h1 className="company">{summary.company ?? domain ?? messages.appName}</h1>
          {domain && <p className="domain">{domain}</p>}
          <p className="meta">
            {messages.lastUpdated}: {summary.lastUpdated ?? messages.unknownDate}
          </p>
          <p className="meta">
            {saved > 0 ? messages.readingSaved(saved) : messages.words(summary.wordCount)}
          </p>
        </div>
        <GradeBadge grade={summary.grade} />
      </header>
      {afterHeader}
      <FlagList flags={summary.flags} onShowInPage={onShowInPage} />
      <SummarySections summary={summary} onShowInPage={onShowInPage} />
    </article>
  );
}
