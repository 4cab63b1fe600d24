import { GAP, type CueRow } from './types';

// Children: minors, age limits, COPPA and parental consent.
export const CHILDREN_CUES: readonly CueRow[] = [
  {
    match: `\\b(?:children|child|childrens|children's|kids|minors?|teens?|teenagers?|juveniles?)\\b`,
    weight: 1,
    reason: 'minors mentioned',
  },
  {
    // Also "if you are age 13 or older", "students 13 and older"; not an ad segment's age band ("women ages 18-24").
    match: `\\bunder (?:the age of |age )?(?:13|thirteen|16|sixteen|18|eighteen)\\b|\\b(?:13|16|18|thirteen|sixteen|eighteen) years (?:of age|old)\\b|\\bage of (?:13|16|18|thirteen|sixteen|eighteen|majority|consent)\\b|\\b(?:age|aged) (?:13|16|18|thirteen|sixteen|eighteen)\\b(?!-)|\\b(?:13|16|18|thirteen|sixteen|eighteen) (?:and|or) (?:older|over|above|up|under|younger)\\b`,
    weight: 1,
    reason: 'age thresholds',
  },
  {
    match: `\\bparent(?:s|al)? (?:or (?:legal )?guardians?|consent|permission)|\\bparents?\\b|\\bguardians?\\b`,
    weight: 0.8,
    reason: 'parents and parental consent',
  },
  {
    // The children's privacy statute is named only about children ("Learn more about COPPA here"): a cue on its own.
    match: `\\bcoppa\\b|\\bchildren.s online privacy protection\\b`,
    weight: 1,
    reason: 'COPPA, the children’s privacy law',
  },
  {
    match: `\\b(?:general audience|directed (?:to|at|towards) (?:children|kids|minors))\\b`,
    weight: 0.8,
    reason: 'audience statements',
  },
  {
    // Parents acting on a child's data ("parents can revoke consent", "a parent may review") are about minors even
    // when no child is named.
    match: `\\bparents?\\b (?:\\w+ ){0,4}(?:consent|revoke|review|access|delete|request)\\b`,
    weight: 0.6,
    reason: 'parents acting on their child’s data',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -1,
    reason:
      'an overview of what the policy covers names children among its topics without stating a practice',
  },
  {
    // Two section titles of the "How we use / How we share" kind in one clause, with no sentence between them, is
    // a list of headings (a table of contents or jump links): "Children's Privacy" in it states no practice.
    match: `\\bhow (?:we|do we) (?:use|share|collect|disclose|protect|secure|store|retain)\\b[^.;:!?]{0,150}\\bhow (?:we|do we|to) (?:use|share|collect|disclose|protect|secure|store|retain|contact|access|update|correct)\\b`,
    weight: -3,
    reason: 'a list of section titles names children without stating a practice',
  },
];
