import { defineCues, findCueEvidence, nonEmpty } from './cues';
import { mergeEvidence, recipientEvidence } from './facts-evidence';
import { noTrackerEvidence } from './no-third-party-trackers';
import type { FlagRule } from './types';

// Unmistakable: these technologies exist to let third parties observe visitors.
const STRONG_CUES = defineCues([
  {
    match:
      /\b(?:google analytics|google tag manager|google ads|doubleclick|facebook pixel|meta pixel|hotjar|mixpanel|adobe analytics|linkedin insight|tiktok pixel|microsoft clarity|quantcast|criteo)\b/,
    reason: 'widely used third-party analytics and advertising tags',
  },
  {
    match:
      /\b(?:pixel tags?|tracking pixels?|(?:facebook|meta|conversion|advertising) pixels?|web beacons?|clear gifs?|pixel gifs?|tracking tags?)\b/,
    reason: 'pixels and web beacons',
  },
  {
    match:
      /\b(?:third[- ]party|analytics?|analytical|advertising|targeting|marketing|tracking)(?:\s*\/\s*\w+)?\s+cookies\b/,
    reason: 'analytics, advertising or third-party cookies',
  },
  {
    match: /\bthird[- ]part(?:y|ies)\b[^.;]{0,80}?\b(?:cookies|tracking|trackers|pixels|beacons)\b/,
    reason: 'third parties setting cookies or tracking',
  },
  {
    match:
      /\b(?:advertisers|advertising (?:companies|partners|networks)|ad servers|(?:other|these|such) companies|(?:third[- ]party )?vendors|sponsors)\b[^.;]{0,80}?\b(?:cookies|web beacons|pixels|tracking technolog(?:y|ies))\b/,
    reason: 'advertisers or other companies placing their own cookies or beacons',
  },
  {
    match: /\b(?:cookies|tags|web beacons),? (?:and |or )?pixels\b/,
    reason: 'pixels listed among tracking technologies',
  },
  {
    match:
      /\be-?mails?\b[^.;]{0,60}?\b(?:(?:has|have|was|were|been) opened|open rates?|tracking)\b/,
    reason: 'email open tracking',
  },
  {
    match:
      /\btrack\w*\b[^.;]{0,40}?\bacross (?:other |different |third[- ]party )?(?:websites|sites|apps|services|devices)\b/,
    reason: 'tracking across sites or devices',
  },
]);

// Plausible but weaker: yield to an explicit statement that no third-party trackers are used.
const WEAK_CUES = defineCues([
  {
    match:
      /\banalytics (?:tools?|providers?|services?|partners?|vendors?|companies|software|scripts)\b/,
    reason: 'analytics tools or providers observe visits',
  },
  {
    match: /\bweb (?:traffic )?analy(?:sis|tics) (?:services?|providers?)\b/,
    reason: 'web traffic analysis services',
  },
]);

export const thirdPartyTracking: FlagRule = {
  id: 'third-party-tracking',
  severity: 'medium',
  title: 'Third-party tracking',
  explanation:
    'Analytics or advertising cookies, pixels or web beacons let other companies observe your visits or emails.',
  test(ctx) {
    const strong = findCueEvidence(ctx.doc, STRONG_CUES);
    if (strong.length > 0) return strong;
    if (noTrackerEvidence(ctx).length > 0) return null;
    return nonEmpty(
      mergeEvidence(
        findCueEvidence(ctx.doc, WEAK_CUES),
        recipientEvidence(ctx.facts, ['analytics']),
      ),
    );
  },
};
