import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextIndex, findQuoteSpan, foldText } from '../../lib/content/text-index';

// linkedom gives a DOM in Node; the browser behaviour (highlight, scrolling) is covered by tests/e2e/popup.test.ts.
function pageOf(html: string): Document {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document as unknown as Document;
}

function quoteText(doc: Document, quote: string): string | null {
  const span = findQuoteSpan(buildTextIndex(doc.body), quote);
  if (!span) return null;
  // linkedom has no usable Range: show the text between the boundary points, "…" marking a node change.
  const { startNode, startOffset, endNode, endOffset } = span;
  if (startNode === endNode) return startNode.data.slice(startOffset, endOffset);
  return `${startNode.data.slice(startOffset)}…${endNode.data.slice(0, endOffset)}`;
}

describe('foldText', () => {
  it('keeps only lower-case letters and digits', () => {
    expect(foldText('We keep logs for “90 days” — then delete them.')).toBe(
      'wekeeplogsfor90daysthendeletethem',
    );
  });
});

describe('findQuoteSpan', () => {
  it('finds a sentence whatever the spacing, case and quotes, including its final full stop', () => {
    const doc = pageOf('<p>Intro.   We  keep server\n logs for 90 days. Then we delete them.</p>');
    expect(quoteText(doc, 'We keep server logs for 90 days.')).toBe(
      'We  keep server\n logs for 90 days.',
    );
  });

  it('spans inline markup', () => {
    const doc = pageOf('<p>We <b>never</b> sell your <a href="#">personal information</a>.</p>');
    expect(quoteText(doc, 'We never sell your personal information.')).toBe(
      'We …personal information',
    );
  });

  it('ignores script and style text', () => {
    const doc = pageOf('<script>var a = "we share data";</script><p>Other text.</p>');
    expect(quoteText(doc, 'we share data')).toBeNull();
  });

  it('falls back to the opening of a long quote the page splits differently', () => {
    const long = `${'We collect the information you give us when you create an account '.repeat(2)}and more besides.`;
    const doc = pageOf(`<p>${long.slice(0, 120)}</p><p>Unrelated paragraph.</p>`);
    expect(quoteText(doc, `${long} Extra words that are not on the page.`)).not.toBeNull();
  });

  it('returns null for an empty or absent quote', () => {
    const doc = pageOf('<p>Some text.</p>');
    expect(quoteText(doc, '  ...  ')).toBeNull();
    expect(quoteText(doc, 'Not here at all.')).toBeNull();
  });
});
