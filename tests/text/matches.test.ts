import { describe, expect, it } from 'vitest';
import { allMatches } from '../../lib/text/matches';

const summary = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('finds what matchAll finds, captures and offsets included', () => {
    const re = /\b(we|they) (collect|share)\b/gi;
    const text = 'We collect data. They share it; we share more, and WE COLLECT again.';
    expect(summary(allMatches(re, text))).toEqual(summary([...text.matchAll(re)]));
    expect(allMatches(re, text)).toHaveLength(4);
  });

  it('starts from the beginning whatever lastIndex was, and leaves lastIndex at 0', () => {
    const re = /a/g;
    re.lastIndex = 3;
    expect(allMatches(re, 'aaaa').map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(re.lastIndex).toBe(0);
  });

  it('steps past empty matches instead of looping', () => {
    const re = /x*/g;
    const text = 'axxb';
    expect(summary(allMatches(re, text))).toEqual(summary([...text.matchAll(re)]));
  });

  it('steps over a whole surrogate pair after an empty match in unicode mode', () => {
    const re = /(?:)/gu;
    const text = 'a😀b';
    expect(allMatches(re, text).map((m) => m.index)).toEqual(
      [...text.matchAll(re)].map((m) => m.index),
    );
    expect(allMatches(re, text).map((m) => m.index)).toEqual([0, 1, 3, 4]);
  });

  it('lets the caller run the same regex again while reading the matches', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of allMatches(re, '1 22 333'))
      seen.push(`${m[0]}:${allMatches(re, m[0] + ' 9').length}`);
    expect(seen).toEqual(['1:2', '22:2', '333:2']);
  });

  it('refuses a non-global regex, which exec would match forever at the same place', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(TypeError);
  });
});
