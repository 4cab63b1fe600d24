import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SummarySections } from '../../components/summary-sections';
import type { Retention } from '../../lib/schema';
import { makeSummary } from '../compare/fixtures';

// How the popup's Retention list words a period: a session cookie's 0-day lifetime is the browser session, other
// data with 0 days is not kept at all, and neither ever reads "0 years" or "0 days".

const evidence = [{ quote: 'A sentence.', start: 0, end: 11 }];

function retentionLabels(retention: Retention[]): string[] {
  const html = renderToStaticMarkup(<SummarySections summary={makeSummary({ retention })} />);
  // The Retention section alone: the markup from its data-section up to the next section's.
  const section = html.split('data-section="').find((part) => part.startsWith('retention"')) ?? '';
  return [...section.matchAll(/<span class="finding-label">([^<]*)<\/span>/g)].map((m) => m[1]!);
}

describe('popup retention labels', () => {
  it('a session cookie lasts until the browser session ends', () => {
    expect(
      retentionLabels([
        { subject: 'session cookies', period: { kind: 'duration', days: 0 }, evidence },
      ]),
    ).toEqual(['Until the browser session ends']);
  });

  it('data with a 0-day period is not kept', () => {
    expect(
      retentionLabels([
        { subject: 'card number', period: { kind: 'duration', days: 0 }, evidence },
      ]),
    ).toEqual(['Not kept']);
    expect(
      retentionLabels([{ subject: null, period: { kind: 'duration', days: 0 }, evidence }]),
    ).toEqual(['Not kept']);
  });

  it('other periods read as before, for cookies too', () => {
    expect(
      retentionLabels([
        { subject: 'persistent cookies', period: { kind: 'duration', days: 730 }, evidence },
        { subject: 'log files', period: { kind: 'duration', days: 90 }, evidence },
        { subject: null, period: { kind: 'as-long-as-necessary' }, evidence },
      ]),
    ).toEqual(['2 years', '3 months', 'As long as necessary']);
  });
});
