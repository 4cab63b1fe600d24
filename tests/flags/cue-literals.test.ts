import { describe, expect, it } from 'vitest';
import { corpusTexts } from '../support/corpus-texts';
import { buildDocument } from '../../lib/analyze';
import type { PolicyDocument } from '../../lib/analyze/types';
import '../../lib/flags';
import {
  candidateSentences,
  cueSetLiterals,
  declaredCueSets,
  matchCue,
  searchableSentences,
  type Cue,
  type NegationMode,
} from '../../lib/flags/cues';

// The flags look only at sentences holding one of the literals their cues require (one scan for every flag).
// These tests hold that filter to the rule it replaced: a scan of the whole text per cue set.
const SAMPLE = [
  'We may share your information with our partners and other third parties. We use Google Analytics and tracking cookies.',
  'If we are involved in a merger or acquisition, your data may be transferred as one of the assets.',
  'We do not use third-party advertising cookies. We will notify you by email of any changes to this policy.',
  'By using the site you agree to this policy, which we may change at any time without notice.',
  'We may disclose information to law enforcement or in response to a court order. We charge a reasonable fee.',
].join('\n\n');

/** The whole-text scan the flags used before the literal filter. */
function scanned(doc: PolicyDocument, cues: readonly Cue[]): number[] {
  const list = searchableSentences(doc);
  const finder = new RegExp(cues.map((c) => `(?:${c.match.source})`).join('|'), 'gi');
  const out: number[] = [];
  for (let m = finder.exec(doc.text); m !== null; m = finder.exec(doc.text)) {
    let i = -1;
    for (let k = 0; k < list.length && list[k]!.sentence.start <= m.index; k++) i = k;
    const hit = i >= 0 ? list[i]! : null;
    if (hit && m.index < hit.sentence.end) {
      out.push(hit.sentence.start);
      finder.lastIndex = hit.sentence.end;
    } else {
      const next = list[i + 1];
      if (!next) break;
      finder.lastIndex = Math.max(next.sentence.start, m.index + 1);
    }
  }
  return out;
}

const MODES: NegationMode[] = ['skip', 'only', 'ignore'];

describe('flag cue literals', () => {
  const sets = declaredCueSets();

  it('every flag declares its cue sets, and each set requires literals', () => {
    expect(sets.length).toBeGreaterThanOrEqual(15);
    for (const set of sets) expect(cueSetLiterals(set)?.length ?? 0).toBeGreaterThan(0);
  });

  it('the filtered sentences read by matchCue are those the whole-text scan gave', () => {
    const docs = [SAMPLE, ...corpusTexts(25)].map((text) => buildDocument({ text }));
    let matched = 0;
    for (const doc of docs) {
      const list = searchableSentences(doc);
      const textAt = new Map(list.map((s) => [s.sentence.start, s.text]));
      for (const cues of sets) {
        const before = scanned(doc, cues);
        const now = [...candidateSentences(doc, cues)].map((s) => s.sentence.start);
        for (const mode of MODES) {
          const read = (starts: number[]) =>
            starts.filter((start) => matchCue(textAt.get(start)!, cues, mode) !== null);
          expect(read(now)).toEqual(read(before));
          matched += read(now).length;
        }
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
