import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledCues } from '../../../lib/analyze/classify/cues';
import { requiredWordsOf } from '../../../lib/analyze/classify/required-words';
import { corpusTexts } from '../../support/corpus-texts';
import { expectSameScores } from './naive-scores';

describe('requiredWordsOf', () => {
  it('lists the word starts of each mandatory part, one clause per part', () => {
    expect(
      requiredWordsOf('\\bwe (?:\\w+ ){0,2}?(?:receive|obtain)\\b (?:\\w+ ){0,6}?from\\b'),
    ).toEqual([[['we'], ['receive', 'obtain'], ['from']]]);
  });

  it('gives one entry per top-level alternative', () => {
    expect(requiredWordsOf('\\bopt out\\b|\\bunsubscribe')).toEqual([
      [['opt'], ['out']],
      [['unsubscribe']],
    ]);
  });

  it('proves nothing from optional parts, and keeps only the start of a word cut by a group', () => {
    expect(requiredWordsOf('\\bcookies?\\b(?: policy)?')).toEqual([[['cookie']]]);
    expect(requiredWordsOf('\\bha(?:ve|s) the right')).toEqual([[['ha'], ['the'], ['right']]]);
  });

  it('does not take letters inside a word for a word start', () => {
    // "mail" follows an optional hyphen: in "email" it starts no word.
    expect(requiredWordsOf('\\be-?mail\\b')).toEqual([[['e']]]);
    // Without \b a match may begin mid-word ("rewrite to us").
    expect(requiredWordsOf('write to us')).toEqual([[['to'], ['us']]]);
  });

  it('reads the words of a lookbehind, and none of a negative lookaround', () => {
    expect(requiredWordsOf('(?<=\\bwe )(?:store|keep)\\b')).toEqual([[['we'], ['store', 'keep']]]);
    expect(requiredWordsOf('(?<!\\bnot )\\bshare\\b(?! with)')).toEqual([[['share']]]);
  });

  it('proves nothing for an alternative without words, or an unbalanced source', () => {
    expect(requiredWordsOf('\\bshare\\b|[\\w.]+@\\w+')).toEqual([]);
    expect(requiredWordsOf('\\bshare)')).toEqual([]);
  });

  it('treats classes that can hold letters, and code escapes, as words', () => {
    // [ -~] holds letters, so "x" after it may be mid-word; \x41 is a letter, not the word "41".
    expect(requiredWordsOf('[ -~]x')).toEqual([]);
    expect(requiredWordsOf('\\bab\\x41cd')).toEqual([[['ab']]]);
  });
});

describe('scoring with required words', () => {
  // Passages made of the very words the cues need, in random order: the near misses a filter could get wrong.
  const vocabulary = [
    ...new Set(compiledCues().flatMap((cue) => requiredWordsOf(cue.match).flat(2))),
  ];
  const separators = [' ', ' ', ' ', ', ', '. ', '-', ' the ', ' your ', ' to '];

  it('scores exactly as a full scan on passages built from the required words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), {
          minLength: 1,
          maxLength: 30,
        }),
        (parts) => expectSameScores(parts.map(([w, s]) => w + s).join('')),
      ),
      { numRuns: 400 },
    );
  });

  it('scores exactly as a full scan on the corpus paragraphs', () => {
    const paragraphs = corpusTexts(12).flatMap((text) =>
      text.split(/\n\s*\n/).filter((p) => p.trim().length > 0),
    );
    for (const paragraph of paragraphs) expectSameScores(paragraph);
  });
});
