import type { CueRow } from './types';

// Cookies and tracking technologies, including Do Not Track.
export const COOKIES_CUES: readonly CueRow[] = [
  {
    match: `\\b(?:cookies?|web beacons?|beacons|pixel tags?|pixels|tracking pixels?|clear gifs?|single-pixel gifs?|local storage|flash cookies|local shared objects|tracking technolog(?:y|ies)|similar technolog(?:y|ies)|sdks?|fingerprinting)\\b`,
    weight: 1,
    reason: 'cookies and similar technologies',
  },
  { match: `\\b(?:do not track|do-not-track|dnt)\\b`, weight: 1, reason: 'Do Not Track signals' },
];
