import { GAP, type CueRow } from './types';

const POLICY_OWNER = '(?:this|our|the|these|its) (?:online |website )?(?:privacy |cookie |data )?';
const POLICY_NOUN = '(?:policy|policies|statement|notice|terms)';
const POLICY = `${POLICY_OWNER}${POLICY_NOUN}`;
/** "changes", "ever changes", "is revised": the verb after a policy named as the subject of a condition. */
const CONDITIONAL_CHANGE =
  '(?:ever )?(?:changes?|(?:is|be) (?:ever )?(?:changed|modified|updated|revised|amended))\\b';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

// Policy change: how the policy changes, when it last did, and how users are told.
export const CHANGES_CUES: readonly CueRow[] = [
  {
    match: `\\b(?:change|changes|changed|changing|modify|modifies|modified|modification|modifications|update|updates|updated|updating|revise|revised|revision|revisions|amend|amended|amendment|amendments|alter|alterations)\\b${GAP}\\b${POLICY}`,
    weight: 1,
    reason: 'changing this policy',
  },
  {
    match: `(?<=\\b${POLICY_OWNER})${POLICY_NOUN}${GAP}\\b(?:change|changes|changed|modified|updated|revised|amended|subject to change)`,
    weight: 1,
    reason: 'the policy may be changed',
  },
  {
    match: `\\b(?:last|recently) (?:updated|revised|modified|amended|changed|reviewed|edited)\\b|\\beffective (?:date|as of|on|from|immediately)\\b|\\b(?:revision|revised|version) date\\b|\\b(?:updated|revised|effective|modified|amended):? (?:on |as of )?(?:${MONTH} \\d|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d\\d)`,
    weight: 1,
    reason: 'the policy’s date',
  },
  {
    match: `\\b(?:material (?:changes?|modifications?)|post (?:the|any|such|those|all) (?:changes|revised|updated|new|modifications)|posting (?:the|a) (?:revised|new|updated)|(?:notify|inform|tell|alert|email|let) (?:you|users)${GAP}\\b(?:changes?|modifications?|updates?|revisions?|amendments?)\\b|continued (?:use|access)\\b${GAP}\\b(?:constitutes|means|signif|accept|agree|deemed|indicates))`,
    weight: 1,
    reason: 'how users are told of changes',
  },
  {
    match: `\\b(?:check|review|visit|consult|refer to|look at) (?:${POLICY}|this page|back|it|this site|the site) (?:\\w+ )?(?:periodically|regularly|frequently|often|from time to time|each time|for (?:updates|changes))`,
    weight: 0.9,
    reason: 'asking users to check back',
  },
  {
    match: `\\breserves? the right to (?:\\w+ )?(?:change|modify|update|amend|revise|alter)\\b`,
    weight: 0.8,
    reason: 'reserving the right to change',
  },
  {
    match: `\\b(?:in a (?:manner|way) (?:materially )?(?:different|inconsistent)|in a new way|for (?:a |any )?new purposes?|different from (?:what|that|those) (?:was |were )?(?:stated|described|disclosed)|at the time (?:it|the information|of collection) was collected)`,
    weight: 0.6,
    reason: 'new uses needing notice',
  },
  {
    match: `\\b(?:from time to time|at any time|without (?:prior )?notice)\\b`,
    weight: 0.3,
    reason: 'timing of changes',
  },
  {
    match: `\\b(?:policy|statement|notice) (?:changes|updates|revisions)\\b|(?<=\\b(?:on|to|of) )this page\\b|\\bsubject to change\\b`,
    weight: 0.7,
    reason: 'where changes are posted',
  },
  {
    match: `\\b(?:posted|updated|revised|modified|effective|edited)\\b`,
    weight: 0.3,
    reason: 'revision vocabulary',
  },
  {
    match: `(?<=\\byou )(?:agree|accept|consent) to (?:the terms of )?(?:this|our|the)\\b|\\b(?:constitutes|signifies|indicates) (?:your )?(?:acceptance|agreement|consent)\\b`,
    weight: 0.5,
    reason: 'acceptance by use',
  },
  {
    match: `\\b(?:posting|publication) of (?:any |the |such )?(?:changes|revisions|amendments|modifications)\\b|\\b(?:changes|amendments|modifications|revisions) (?:will )?(?:become|are|be|shall be) effective\\b|\\b(?:be|been) notified\\b${GAP}\\b(?:change|changes|intentions|modifications)\\b|\\beffective (?:immediately )?(?:upon|when|on|after) (?:posting|posted|publication|being posted)\\b|\\b(?:changes|updates|revisions)\\b${GAP}\\b(?:will be|are|is) (?:posted|published) (?:here|on this page)\\b`,
    weight: 1,
    reason: 'when changes take effect and how users hear of them',
  },
  {
    match: `\\bby (?:using|accessing|visiting|registering|continuing)${GAP}\\byou (?:agree|accept|consent|are accepting|signify|acknowledge)`,
    weight: 0.5,
    reason: 'acceptance of the policy by use',
  },
  {
    match: `\\b(?:revision date|date of (?:last )?revision|version date|prior versions?|previous versions?|earlier versions?|going[- ]forward basis|(?:advance|prior) notice|notice (?:before|prior to)|(?:notify|contact|inform) you (?:before|beforehand|in advance|prior to))\\b`,
    weight: 0.8,
    reason: 'versions of the policy and notice before a change applies',
  },
  {
    match: `\\b(?:prior|previous|earlier|archived|older) versions? of ${POLICY}`,
    weight: 0.5,
    reason: 'earlier versions of this policy',
  },
  {
    // "It is your responsibility to review them for changes": reading the policy again because it may change.
    match: `\\b(?:review|check|consult|read|revisit) (?:them|it|back|(?:this|the|our|these) (?:online )?(?:privacy )?(?:page|policy|policies|statement|notice|notices)) (?:\\w+ )?(?:periodically |regularly |frequently |often )?for (?:any )?(?:changes|updates|revisions|modifications)\\b`,
    weight: 1.1,
    reason: 'asking users to review the policy for changes',
  },
  {
    match: `\\bnotice of (?:such |any |the |these |those |material )?(?:changes|modifications|revisions|amendments|updates)\\b|\\bprominent (?:notice|notification)\\b|\\bnotice on (?:our|the|this) (?:web ?site|site|home ?page|services?)\\b`,
    weight: 0.6,
    reason: 'the notice users get of a change',
  },
  {
    match: `\\b(?:notice|notify|notified|notification)\\b(?: \\w+){0,5},? (?:by|via|through) (?:e-?mail|posting|sending|placing|a notice|a prominent|means of)`,
    weight: 0.6,
    reason: 'how the notice of a change reaches users',
  },
  {
    // A new use, or a new owner's policy, is a change users are told about before it applies.
    match: `(?<=\\bin a )(?:manner|way) (?:that is )?not (?:described|disclosed|stated|set out|outlined|specified)\\b|\\bnotice of any (?:other|new|different|additional) (?:use|uses|purpose|purposes)\\b|\\bsubject to a different (?:privacy )?(?:policy|statement|notice)\\b`,
    weight: 0.6,
    reason: 'a use or policy other than the one stated',
  },
  {
    // The section heading itself, at the start of the passage ("10. Changes to this Privacy Policy").
    match: `(?<=^\\W{0,4}(?:[\\divx]{1,4}\\W{1,3})?)(?:changes|updates|modifications|amendments|revisions) (?:to|in|of) (?:this|our|the)\\b`,
    weight: 0.5,
    reason: 'a policy-changes heading',
  },
  {
    match: `\\b(?:prior|previous|earlier|archived|older) versions? of (?:\\S+ ){0,4}(?:privacy )?(?:policy|statement|notice)\\b`,
    weight: 0.5,
    reason: 'earlier versions of a named policy',
  },
  {
    // Also the change itself put as a condition ("should this policy change, we would ...", "if and when this policy
    // changes", "when this privacy policy is revised"): the policy speaks of its own next version. "The statement"
    // alone may be a bank statement, so "the" needs "privacy".
    match: `(?<=\\b(?:if|should|when) we (?:\\w+ )?)(?:choose|decide|elect|intend) to\\b|(?<=\\b(?:if|should|when|whenever) (?:this|our) (?:online )?(?:privacy )?)(?:policy|statement|notice) ${CONDITIONAL_CHANGE}|(?<=\\b(?:if|should|when|whenever) the (?:online )?)privacy (?:policy|statement|notice) ${CONDITIONAL_CHANGE}`,
    weight: 0.4,
    reason: 'a future decision or change the policy announces',
  },
  {
    // A statute's date ("as amended effective January 1, 2014", "Effective January 1, 2005, California Civil Code").
    match: `(?<=\\b(?:amended|enacted|law|code|act|statute|section \\d\\S*) (?:\\w+ ){0,3})effective\\b|\\beffective (?:${MONTH} \\d{1,2},? \\d{4}|\\d{4}),? (?:the )?(?:california|federal|state|civil|law|act|code)\\b`,
    weight: -0.8,
    reason: 'the date a law took effect is not the policy’s date',
  },
  {
    // The reader is asked; "we regularly review our compliance" is the company auditing itself.
    match: `(?<!\\bwe )\\b(?:periodically|regularly|frequently|often|occasionally) (?:check|review|visit|consult|re-?read|look at|return to) (?:this|our|the|back)\\b`,
    weight: 1.1,
    reason: 'asking users to check back',
  },
  {
    // A sale of the business puts users' data under a new owner and often a new policy; the notice users get of it is
    // a change notice ("you will be notified of the sale by email", "notice before your information is transferred").
    match: `\\b(?:notify|notified|notice|notification) (?:of|about) (?:the|a|any|such) (?:sale|merger|acquisition|change (?:in|of) (?:ownership|control))\\b|\\bbefore\\b${GAP}\\b(?:is|are) (?:\\w+ )?transferred\\b`,
    weight: 0.5,
    reason: 'notice of a sale or transfer of the business',
  },
  {
    // Re-reading the policy itself on a schedule ("review this Privacy Notice periodically") is about its changes; the
    // check-back cue above also takes "visit the site often", so it needs this company to stand alone.
    match: `(?<!\\bwe )\\b(?:check|review|consult|re-?read) ${POLICY} (?:periodically|regularly|frequently|often)\\b`,
    weight: 0.2,
    reason: 'asking users to re-read the policy on a schedule',
  },
];
