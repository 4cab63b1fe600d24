import { describe, expect, it } from 'vitest';
import { LiteralRegistry } from '../../lib/text/literal-index';

/** Spans of the sentences of `text`, split at ". " (enough for these tests). */
function spansOf(text: string) {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split('. ')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

describe('LiteralRegistry', () => {
  const text = 'we share data with partners. cookies are set. a sale of data. nothing here';
  const spans = spansOf(text);

  it('lists, per literal, the spans holding it, in order', () => {
    const registry = new LiteralRegistry();
    registry.add(['partners', 'cookie', 'data']);
    const index = registry.index(text, spans);
    expect(index.spansWithAny(['partners'])).toEqual([0]);
    expect(index.spansWithAny(['data'])).toEqual([0, 2]);
    expect(index.spansWithAny(['cookie', 'partners'])).toEqual([0, 1]);
  });

  it('finds literals that overlap or start inside another', () => {
    const registry = new LiteralRegistry();
    registry.add(['sale of', 'of data', 'ale']);
    const index = registry.index(text, spans);
    expect(index.spansWithAny(['of data'])).toEqual([2]);
    expect(index.spansWithAny(['ale'])).toEqual([2]);
  });

  it('finds a literal containing a shorter one where the shorter occurs, and only where it is whole', () => {
    const registry = new LiteralRegistry();
    registry.add(['sale of data', 'sale', 'of data', 'data sale']);
    const t = 'sale of data. for sale. of data. a data sale of data';
    const index = registry.index(t, spansOf(t));
    expect(index.spansWithAny(['sale'])).toEqual([0, 1, 3]);
    expect(index.spansWithAny(['sale of data'])).toEqual([0, 3]);
    expect(index.spansWithAny(['data sale'])).toEqual([3]);
    expect(index.spansWithAny(['of data'])).toEqual([0, 2, 3]);
  });

  it('handles one-character literals and literals ending a longer one', () => {
    const registry = new LiteralRegistry();
    registry.add(['%', 'fee %', 'ab', 'cab']);
    const t = 'a fee % here. cab. no fee. 5 %';
    const index = registry.index(t, spansOf(t));
    expect(index.spansWithAny(['fee %'])).toEqual([0]);
    expect(index.spansWithAny(['%'])).toEqual([0, 3]);
    expect(index.spansWithAny(['cab'])).toEqual([1]);
    expect(index.spansWithAny(['ab'])).toEqual([1]);
  });

  it('ignores occurrences outside every span', () => {
    const registry = new LiteralRegistry();
    registry.add(['heading']);
    const t = 'heading\n\nbody text';
    expect(registry.index(t, [{ start: 9, end: 18 }]).spansWithAny(['heading'])).toEqual([]);
  });

  it('is rebuilt knowingly: the version changes when literals are added, and unknown literals are refused', () => {
    const registry = new LiteralRegistry();
    registry.add(['data']);
    const index = registry.index(text, spans);
    const before = registry.version;
    registry.add(['data']);
    expect(registry.version).toBe(before);
    registry.add(['cookie']);
    expect(registry.version).not.toBe(index.version);
    expect(() => index.spansWithAny(['cookie'])).toThrow();
    expect(() => registry.index(text, spans).spansWithAny(['unknown'])).toThrow();
  });
});
