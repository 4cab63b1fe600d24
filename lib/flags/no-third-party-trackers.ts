import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagContext, FlagRule } from './types';

const TRACKERS =
  '(?:third[- ]party|tracking|advertising|analytics|marketing|targeting|cross[- ]site)\\s+(?:or\\s+\\w+\\s+)?(?:cookies|trackers|tracking|pixels|analytics|scripts|tags|beacons|technologies|tools|services)';

// Matched only when negated ("we do not use …"): the statement is the good flag.
const DENIAL_CUES = defineCues([
  {
    match: new RegExp(
      `\\b(?:use|uses|using|deploy|deploys|employ|employs|set|sets|load|loads|embed|embeds|include|includes|allow|allows|permit|permits|run|runs|place|places|install|serve|serves)\\s+(?:any\\s+)?(?:\\w+\\s+){0,2}?${TRACKERS}\\b`,
    ),
    reason: 'a denial of using third-party, tracking or advertising cookies and trackers',
  },
  {
    match: /\b(?:track|tracks|follow)\s+(?:you|users|visitors)\b/,
    reason: 'a denial of tracking people',
  },
]);

// Already negative in themselves ("no third-party trackers").
const NO_TRACKER_CUES = defineCues([
  {
    match: new RegExp(`\\b(?:no|zero|free of)\\s+(?:\\w+\\s+){0,1}?${TRACKERS}\\b`),
    reason: '"no third-party trackers", "no tracking cookies"',
  },
]);

/** The policy's explicit statements that it uses no third-party tracking. */
export function noTrackerEvidence({ doc }: FlagContext) {
  const denied = findCueEvidence(doc, DENIAL_CUES, { negation: 'only' });
  return denied.length > 0 ? denied : findCueEvidence(doc, NO_TRACKER_CUES, { negation: 'ignore' });
}

export const noThirdPartyTrackers: FlagRule = {
  id: 'no-third-party-trackers',
  severity: 'good',
  title: 'No third-party trackers',
  explanation: 'The policy says it uses no third-party cookies, trackers or analytics.',
  test(ctx) {
    return nonEmpty(noTrackerEvidence(ctx));
  },
};
