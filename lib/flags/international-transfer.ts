import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

const ELSEWHERE =
  '(?:outside (?:of )?(?:the |your )?(?:EU|EEA|European \\w+|UK|United Kingdom|United States|US|country|countries|jurisdiction|state|province|region)|across (?:national |international )?borders|(?:to|in|into) (?:other|another|different|third|foreign|multiple) (?:countries|country|jurisdictions?)|internationally|overseas|abroad|to the (?:United States|US|U\\.S\\.))';

const CUES = defineCues([
  {
    match: new RegExp(
      `\\b(?:transfer\\w*|stor(?:e|ed|es|ing)|process(?:ed|es|ing)?|host(?:ed|s|ing)?|mov(?:e|ed|es)|access(?:ed|es)?|located|held|kept|maintained)\\b[^.;]{0,100}?\\b${ELSEWHERE}`,
    ),
    reason: 'data transferred, stored or processed outside the reader’s country or region',
  },
  { match: /\bcross[- ]border\b/, reason: 'cross-border transfers' },
  {
    match:
      /\b(?:standard contractual clauses|model (?:contract )?clauses|binding corporate rules|data privacy framework|privacy shield|safe harbou?r (?:program|framework|principles)|adequacy decisions?)\b/,
    reason: 'the legal safeguards that exist only for international transfers',
  },
  {
    match: /\btransfer\w*\b[^.;]{0,100}?\b(?:in|to|into) the (?:United States|US|U\.S\.)/,
    reason: 'data transferred to the United States (from wherever the reader is)',
  },
  {
    match:
      /\boutside (?:of )?the (?:United States|US|U\.S\.|EU|EEA|European Union|UK|United Kingdom)\b/,
    also: /\btransfer/i,
    reason: 'readers outside the company’s country told their data is transferred',
  },
  {
    match: /\binternational (?:data )?transfers?\b/,
    reason: 'international transfers, named as such',
  },
]);

export const internationalTransfer: FlagRule = {
  id: 'international-transfer',
  severity: 'medium',
  title: 'Data sent abroad',
  explanation:
    'Your data may be transferred to or stored in other countries, where different laws apply.',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES));
  },
};
