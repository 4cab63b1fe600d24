import { describe, expect, it } from 'vitest';
import { corpusTexts } from '../support/corpus-texts';
import { buildDocument } from '../../lib/analyze';
import { DATA_TYPE_TERMS } from '../../lib/analyze/facts/data-type-lexicon';
import { KIND_TERMS } from '../../lib/analyze/facts/recipient-lexicon';
import { registerRegex, sentencesWithAny } from '../../lib/text/sentence-literals';

// The facts stages run a term's regex only on sentences the shared literal index marks for it. A sentence the regex
// matches but the index leaves out would lose a finding silently, so on real policies every matching sentence
// must be marked (and most others left out, or the filter buys nothing).
const SAMPLE =
  'We collect your name, e-mail address and IP address. Our service providers, advertisers and affiliates may receive it.\n\nWe never sell data. Contact us at privacy@example.com.';

describe('sentencesWithAny', () => {
  const regexes = [...DATA_TYPE_TERMS, ...KIND_TERMS].map((t) => new RegExp(t.pattern, 'i'));
  const literals = regexes.map((r) => registerRegex(r));

  it('marks every sentence a lexicon regex matches in, and few others', () => {
    let matching = 0;
    let marked = 0;
    let sentences = 0;
    for (const text of [SAMPLE, ...corpusTexts(30)]) {
      const doc = buildDocument({ text });
      regexes.forEach((regex, r) => {
        const marks = sentencesWithAny(doc, literals[r]!);
        doc.sentences.forEach((s, i) => {
          if (regex.test(s.text)) {
            matching++;
            expect(marks[i], `${regex.source.slice(0, 40)} in "${s.text}"`).toBe(1);
          }
          marked += marks[i]!;
          sentences++;
        });
      });
    }
    expect(matching).toBeGreaterThan(500);
    expect(marked).toBeLessThan(sentences / 5);
  });

  it('marks every sentence without a filter (a regex requiring no literal)', () => {
    const doc = buildDocument({ text: SAMPLE });
    expect([...sentencesWithAny(doc, registerRegex(/\w+/))]).toEqual(doc.sentences.map(() => 1));
  });
});
