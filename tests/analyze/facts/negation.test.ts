import { describe, expect, it } from 'vitest';
import { clauseBefore, hasNegation, isNegatedAt } from '../../../lib/analyze/facts/negation';
import { findVerbs, governingVerb } from '../../../lib/analyze/facts/governing';

const at = (text: string, word: string) => text.indexOf(word);

describe('negation', () => {
  it('denies a verb in its own clause', () => {
    const t = 'We do not collect health data.';
    expect(isNegatedAt(t, at(t, 'collect'))).toBe(true);
    const u = 'We never sell your data.';
    expect(isNegatedAt(u, at(u, 'sell'))).toBe(true);
  });

  it('does not reach across a clause boundary', () => {
    const t = 'If you do not agree, we collect nothing; we collect your email.';
    expect(isNegatedAt(t, t.lastIndexOf('collect'))).toBe(false);
    const u = 'Although we do not sell data, we share it with vendors.';
    expect(isNegatedAt(u, at(u, 'share'), { commaBreaks: true })).toBe(false);
  });

  it('ignores negation words that deny nothing', () => {
    expect(hasNegation('including but not limited to your name')).toBe(false);
    expect(hasNegation('not only your name but also your email')).toBe(false);
    expect(hasNegation('when it is no longer needed')).toBe(false);
  });

  it('sees "no X is collected" and contractions', () => {
    expect(hasNegation('no personal data is collected')).toBe(true);
    expect(hasNegation("we don't")).toBe(true);
    expect(hasNegation('we dont')).toBe(true);
  });

  it('sees "at no time" and "at no point" before an inverted verb', () => {
    const t = 'At no time do we sell your information.';
    expect(isNegatedAt(t, at(t, 'sell'))).toBe(true);
    expect(hasNegation('at no point will we share it')).toBe(true);
    expect(hasNegation('at any time we may share it')).toBe(false);
  });

  it('clauseBefore stops at sentence punctuation and turning words', () => {
    expect(clauseBefore('We sell nothing. However we share', 33)).toBe(' we share');
  });
});

describe('governing verb', () => {
  const VERBS = /\b(?:collect|stored?|share|use)\b/gi;

  it('coordinated verbs share the denial ("do not collect, store or share")', () => {
    const t = 'We do not collect, store or share health data.';
    const verbs = findVerbs(t, VERBS);
    expect(verbs.map((v) => v.affirmed)).toEqual([false, false, false]);
    expect(governingVerb(verbs, at(t, 'health'), at(t, 'health') + 6)?.affirmed).toBe(false);
  });

  it("another party's practice is not affirmed for the organisation", () => {
    const t = 'These websites may collect data about you.';
    expect(findVerbs(t, VERBS)[0]?.affirmed).toBe(false);
  });

  it("the user's own verbs do not govern what the organisation collects", () => {
    const t = 'When you use our site, we collect your IP address.';
    const verbs = findVerbs(t, VERBS);
    expect(verbs[0]?.userSubject).toBe(true);
    const verb = governingVerb(verbs, at(t, 'IP'), at(t, 'IP') + 2);
    expect(t.slice(verb!.start, verb!.end)).toBe('collect');
  });

  it('a passive verb after the noun governs it', () => {
    const t = 'Your name is never stored.';
    const verb = governingVerb(findVerbs(t, VERBS), 5, 9);
    expect(verb?.affirmed).toBe(false);
  });
});
