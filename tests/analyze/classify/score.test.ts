import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorsOf } from '../../../lib/analyze/classify/anchors';
import { compiledCues } from '../../../lib/analyze/classify/cues';
import { scorePassage } from '../../../lib/analyze/classify/score';
import { classifyPassage } from '../../../lib/analyze/classify/index';
import { expectSameScores } from './naive-scores';

const WORDS = [
  'we',
  'may',
  'share',
  'your',
  'personal',
  'information',
  'with',
  'third',
  'parties',
  'retain',
  'for',
  '30',
  'days',
  'opt-out',
  'cookies',
  'children',
  'under',
  '13',
  'contact',
  'us',
  'at',
  'info@example.com',
  'security',
  'SSL',
  'changes',
  'to',
  'this',
  'policy',
  'transfer',
  'outside',
  'the',
  'EEA',
  'collect',
  'use',
  'not',
  'do',
  'sell',
  'Collected',
  'AUTOMATICALLY',
  'e-mail',
  'address',
  'as',
  'long',
  'necessary',
  'right',
  'access',
  'delete',
  '.',
  ',',
];

describe('scorePassage', () => {
  it('scores exactly as a full scan of every cue would (anchored sticky matching loses nothing)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        expectSameScores(words.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('explains each label with the reasons of the cues that matched', () => {
    const evidence = scorePassage('We use SSL encryption to protect your data.').get('security');
    expect(evidence?.reasons).toContain('technical protection measures');
  });

  it('gives every cue a reason and a non-zero weight', () => {
    for (const cue of compiledCues()) {
      expect(cue.reason.length, cue.match).toBeGreaterThan(3);
      expect(cue.weight, cue.match).not.toBe(0);
    }
  });
});

describe('anchorsOf', () => {
  it('reads the leading words of alternations', () => {
    expect(anchorsOf('\\b(?:retain|retention)\\b')).toEqual(['retain', 'retention']);
    expect(anchorsOf('\\bopt(?:[- ]?out)\\b|\\bunsubscrib\\w*')).toEqual(['opt', 'unsubscrib']);
  });

  it('anchors a pattern that opens with a lookbehind on what follows it', () => {
    expect(anchorsOf('(?<=\\bwe )(?:store|keep)\\b')).toEqual(['store', 'keep']);
  });

  it('drops a quantified last letter and gives up on patterns without a literal start', () => {
    expect(anchorsOf('\\bcookies?\\b')).toEqual(['cookie']);
    expect(anchorsOf('[\\w.]+@example')).toBeNull();
    expect(anchorsOf('^(?:to|for) ')).toBeNull();
    expect(anchorsOf('\\b(?:data )?breach')).toBeNull();
  });
});

describe('classifyPassage on hostile input', () => {
  const cases: [string, string][] = [
    ['a 200,000-character word', 'a'.repeat(200_000)],
    ['5 MB of repeated policy text', 'We may share your data with third parties. '.repeat(120_000)],
    [
      'binary garbage',
      Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join(''),
    ],
    ['many digits and at-signs', '1@2.3 '.repeat(50_000)],
    ['long runs without sentence ends', 'we '.repeat(60_000) + 'share'],
  ];
  for (const [name, text] of cases) {
    it(`stays fast and does not throw on ${name}`, () => {
      const started = performance.now();
      expect(() => classifyPassage(text)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  }
});
