import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../lib/text/required-literals';

describe('requiredLiterals', () => {
  it('reads the literals a match must contain', () => {
    expect(requiredLiterals(/\bbinding on you\b/)).toEqual(['binding on you']);
    expect(requiredLiterals(/\bIP\b|\binternet protocol\b/gi)).toEqual(['internet protocol', 'ip']);
    expect(requiredLiterals(/\b(?:third[- ]part(?:y|ies))\b/i)).toEqual([
      'third parties',
      'third party',
      'third-parties',
      'third-party',
    ]);
    expect(requiredLiterals(/colou?r/)).toEqual(['color', 'colour']);
    expect(requiredLiterals(/\be-?mails?\b/)).toEqual(['e-mail', 'email']);
  });

  it('keeps the longest literal run of a sequence with unknown parts', () => {
    expect(requiredLiterals(/[^.;]{0,80}?\bfrom\s+partners/)).toEqual(['partners']);
    expect(requiredLiterals(/r[eé]sum[eé]/i)).toEqual(['sum']);
  });

  it('ignores lookarounds, which may look outside the match', () => {
    expect(requiredLiterals(/(?<!\bwe (?:and|or) )\bour partners(?! only)/)).toEqual([
      'our partners',
    ]);
  });

  it('says nothing is required when a match can avoid every literal', () => {
    expect(requiredLiterals(/\w+/)).toBeNull();
    expect(requiredLiterals(/x|\w/)).toBeNull();
    expect(requiredLiterals(/(?:abc)?/)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toEqual(['a']);
    expect(requiredLiterals(/\p{L}+x/u)).toBeNull();
  });

  it('lower-cases literals of case-sensitive regexes and of escapes', () => {
    expect(requiredLiterals(/Google Analytics/)).toEqual(['google analytics']);
    expect(requiredLiterals(/\x41\u0042\.c/)).toEqual(['ab.c']);
  });

  // Random regexes over a small alphabet: every match, lower-cased, must contain one of the literals.
  const piece: fc.Arbitrary<string> = fc.letrec<{ re: string }>((tie) => ({
    re: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(
        'a',
        'b',
        'B',
        'ab',
        'ba',
        ' ',
        '-',
        '.',
        '\\w',
        '\\s',
        '\\b',
        '[ab]',
        '[^a]',
        '[a-c]',
        'A',
      ),
      fc.tuple(tie('re'), tie('re')).map(([x, y]) => x + y),
      fc.tuple(tie('re'), tie('re')).map(([x, y]) => `(?:${x}|${y})`),
      fc
        .tuple(tie('re'), fc.constantFrom('?', '*', '+', '{2}', '{0,2}', '{1,3}', '??', '+?'))
        .map(([x, q]) => `(?:${x})${q}`),
      fc
        .tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('re'))
        .map(([l, x]) => `${l}${x})`),
    ),
  })).re;

  it('never misses a match of a random regex', () => {
    fc.assert(
      fc.property(
        piece,
        fc.boolean(),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', 'c', ' ', '-', '.'), maxLength: 30 }),
        (source, ignoreCase, text) => {
          const regex = new RegExp(source, ignoreCase ? 'gi' : 'g');
          const literals = requiredLiterals(regex);
          if (!literals) return;
          for (const m of text.matchAll(regex)) {
            const found = m[0].toLowerCase();
            expect(literals.some((l) => found.includes(l))).toBe(true);
          }
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });
});
