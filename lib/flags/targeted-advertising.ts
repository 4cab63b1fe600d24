import { defineCues, findCueEvidence, nonEmpty } from './cues';
import { mergeEvidence, recipientEvidence } from './facts-evidence';
import type { FlagRule } from './types';

const CUES = defineCues([
  {
    match:
      /\b(?:targeted|interest[- ]based|behaviou?ral(?:ly targeted)?|personali[sz]ed|tailored|customi[sz]ed|relevant|cross[- ]context behaviou?ral)\s+(?:ads|advertising|advertisements?|adverts?)\b/,
    reason: 'ads chosen for the person: targeted, interest-based, behavioural, personalised',
  },
  {
    match: /\b(?:re-?targeting|re-?marketing)\b/,
    reason: 'retargeting follows visitors with ads elsewhere',
  },
  {
    match: /\b(?:ad|advertising) networks?\b/,
    reason: 'ad networks profile visitors across sites',
  },
  { match: /\btargeting cookies\b/, reason: 'cookies whose stated purpose is ad targeting' },
  {
    match:
      /\b(?:ads|advertising|advertisements?)\b[^.;]{0,60}?\b(?:based on|match(?:es|ing)?|tailored to|relevant to|related to|according to)\b[^.;]{0,40}?\b(?:interests?|browsing|activit(?:y|ies)|behaviou?r|history|profiles?|preferences)\b/,
    reason: 'ads "based on" or "matching" interests, browsing or activity',
  },
  {
    match:
      /\b(?:tailor|target|personali[sz]e|customi[sz]e)(?:s|d|ed|ing)?\s+(?:\w+\s+){0,2}?(?:ads|advertising|advertisements?|adverts?)\b/,
    reason: 'ads tailored or targeted to the person',
  },
]);

export const targetedAdvertising: FlagRule = {
  id: 'targeted-advertising',
  severity: 'high',
  title: 'Targeted advertising',
  explanation:
    'Your data is used to show you ads based on your interests or behaviour, possibly by ad networks.',
  test({ doc, facts }) {
    return nonEmpty(
      mergeEvidence(
        findCueEvidence(doc, CUES, { negation: 'skip' }),
        recipientEvidence(facts, ['advertiser']),
      ),
    );
  },
};
