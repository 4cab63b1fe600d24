import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../lib/analyze';
import {
  candidateSentences,
  cueSetLiterals,
  findCueEvidence,
  isNegatedAt,
  matchCue,
  searchableSentences,
  type Cue,
} from '../../lib/flags/cues';

const CUES: readonly Cue[] = [
  {
    match: /\bshare\b[^.;]{0,40}?\bpartners\b/,
    reason: 'a gap that can run across sentences in the whole text',
  },
  { match: /\bcookies\b/, reason: 'a plain word' },
  { match: /\bnot sold\b/, reason: 'contains a negation word itself' },
];

const WORDS = [
  'we',
  'share',
  'data',
  'with',
  'partners',
  'cookies',
  'not',
  'sold',
  'Privacy',
  'and',
  '#',
  '1.',
];
const SEPARATORS = [' ', ' ', ' ', '. ', '.\n\n', '\n\n## ', ', ', '; '];
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 80 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('candidateSentences', () => {
  it('finds every sentence a per-sentence test finds, in text order, each once', () => {
    fc.assert(
      fc.property(text, (t) => {
        const doc = buildDocument({ text: t });
        const expected = searchableSentences(doc)
          .filter((s) => matchCue(s.text, CUES, 'ignore') !== null)
          .map((s) => s.sentence.start);
        const found = [...candidateSentences(doc, CUES)].map((s) => s.sentence.start);
        for (const start of expected) expect(found).toContain(start);
        expect(found).toEqual([...new Set(found)].sort((a, b) => a - b));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('falls back to scanning the whole text for a cue that requires no literal', () => {
    const free: readonly Cue[] = [
      { match: /\b\w+ed by partners\b/, reason: 'no fixed word first' },
    ];
    expect(cueSetLiterals(free)).toEqual(['ed by partners']);
    const none: readonly Cue[] = [{ match: /\b[a-z]{5}\d\b/, reason: 'no literal at all' }];
    expect(cueSetLiterals(none)).toBeNull();
    const doc = buildDocument({
      text: 'Data is shared by partners. Codes like abcde1 appear. Nothing else.',
    });
    expect([...candidateSentences(doc, free)].map((s) => s.text)).toEqual([
      'Data is shared by partners.',
    ]);
    expect([...candidateSentences(doc, none)].map((s) => s.text)).toEqual([
      'Codes like abcde1 appear.',
    ]);
  });

  it('never offers a heading', () => {
    const doc = buildDocument({ text: '# Cookies\n\nWe use cookies.' });
    expect([...candidateSentences(doc, CUES)].map((s) => s.text)).toEqual(['We use cookies.']);
  });
});

describe('negation', () => {
  const at = (text: string, word: string) => isNegatedAt(text, text.indexOf(word));

  it('sees a denial in the same clause', () => {
    expect(at('We do not sell your data.', 'sell')).toBe(true);
    expect(at("We don't use advertising cookies.", 'advertising')).toBe(true);
    expect(at('We never share data with partners.', 'partners')).toBe(true);
  });

  it('stops at a new clause with its own subject', () => {
    expect(at('We do not sell your data, and we use Google Analytics.', 'Google')).toBe(false);
    expect(at('We do not sell data; we use cookies.', 'cookies')).toBe(false);
    expect(at('Nothing is sold but we share data with partners.', 'partners')).toBe(false);
  });

  it('treats denials as close to what they deny when asked for denials', () => {
    const doc = buildDocument({
      text: 'This information does not identify users and is used by us to analyse trends and to track users on the site.',
    });
    const cues: readonly Cue[] = [{ match: /\btrack users\b/, reason: 'test' }];
    expect(findCueEvidence(doc, cues, { negation: 'only' })).toEqual([]);
    expect(findCueEvidence(doc, cues, { negation: 'ignore' })).toHaveLength(1);
  });
});
