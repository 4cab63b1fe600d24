import { defineCues, findCueEvidence, nonEmpty } from './cues';
import { mergeEvidence, recipientEvidence } from './facts-evidence';
import type { FlagRule } from './types';

const CUES = defineCues([
  {
    match:
      /\b(?:mergers?|amalgamation|acquisitions?|(?:is|are|be|being) acquired|acquired by|reorgani[sz]ation|restructuring|bankruptcy|insolvency|receivership|divestiture|change (?:of|in) (?:control|ownership)|sale of (?:all|some|substantially|part|any|the|our|a|its)\b|(?:sell|buy) or (?:sell|buy) any business|successor)/,
    also: /\b(?:transfer\w*|disclos\w*|shar(?:e|ed|ing)|sold|sell|assets?|pass(?:ed)?|provid\w*)\b/,
    reason:
      'a corporate transaction named next to data being transferred, disclosed or counted among the assets',
  },
]);

export const transferOnMerger: FlagRule = {
  id: 'transfer-on-merger',
  severity: 'medium',
  title: 'Data passes to a buyer',
  explanation: 'If the company is merged, acquired or sold, your data goes to the new owner.',
  test({ doc, facts }) {
    return nonEmpty(
      mergeEvidence(findCueEvidence(doc, CUES), recipientEvidence(facts, ['acquirer'])),
    );
  },
};
