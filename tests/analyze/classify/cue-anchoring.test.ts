import { describe, expect, it } from 'vitest';
import { compiledCues } from '../../../lib/analyze/classify/cues';

// Scoring stays cheap only while cues are tried where they can start: a cue with no anchor word is run over every
// passage. These categories' cues must each have anchors, a required literal, or start at the passage start.
const CHECKED = new Set([
  'collection',
  'sharing',
  'contact',
  'children',
  'cookies',
  'international',
]);

describe('cue anchoring (collection, sharing, contact, children, cookies, international)', () => {
  it('gives every cue an anchor word, a required literal or a start-of-passage pattern', () => {
    const unanchored = compiledCues()
      .filter((cue) => CHECKED.has(cue.category))
      .filter((cue) => !cue.anchors && !cue.requires && !cue.match.startsWith('^'))
      .map((cue) => `${cue.category}: ${cue.reason}`);
    expect(unanchored).toEqual([]);
  });
});
