import { candidateSentences, defineCues, findCueEvidence, matchCue, nonEmpty } from './cues';
import type { FlagContext, FlagRule } from './types';

// "keep you updated" is about a request, not the policy, so bare "updated" does not count.
const CHANGE_WORDS =
  /\b(?:changes?|changed|changing|updates?|revisions?|revised?|amendments?|amended|amend|modifications?|modified|modify)\b/i;

const POLICY_WORDS = /\b(?:policy|statement|notice|terms|page)\b/i;

// Ways a policy makes its own changes bind the reader without telling them.
const BINDING_CUES = defineCues([
  {
    match: /\b(?:change|modify|revise|amend|alter|update)\w*\b[^.;]{0,80}?\bat any time\b/,
    also: POLICY_WORDS,
    reason: 'the policy may be changed at any time',
  },
  {
    match:
      /\bcontinu(?:ed|ing) (?:use|access|to use|to access)\b[^.;]{0,120}?\b(?:constitut|deem|mean|signif|indicat|consider|acknowledg|accept|agree|consent|bound)/,
    also: CHANGE_WORDS,
    reason:
      'continued use counts as accepting the changed policy (without changes it is consent-by-use)',
  },
  {
    match:
      /\b(?:check|review|visit|consult|revisit)\w*\s+(?:back\s+|this page\s+|(?:this|the|our) (?:privacy )?(?:policy|statement|notice|page)\s+)?(?:periodically|regularly|frequently|often|from time to time|for (?:any )?(?:changes|updates))/,
    also: /\b(?:you|your|please)\b/i,
    reason:
      'the reader is told to check the page for changes (not the company reviewing its own rules)',
  },
  {
    match: /\bwithout (?:any |prior |further |advance )*(?:notice|notification|informing you)\b/,
    also: /\b(?:change|modif|revis|amend|updat)\w*/i,
    reason: 'changes without notice, in so many words',
  },
  { match: /\bbinding on you\b/, reason: 'changes declared binding on the reader' },
  {
    match:
      /\b(?:changes|updates|revisions|amendments)\b[^.;]{0,40}?\b(?:will|shall) be (?:posted|published|effective)\b/,
    reason: 'changes are only posted where the reader must look for them',
  },
]);

// A direct notice to the reader (email, banner, prominent notice) about changes cancels the flag; the
// sentence must speak of changes, or sit in a section headed so.
// "Notice" by posting the new policy on the page is no notice at all: the reader still has to look.
const ONLY_BY_POSTING = /\bby (?:posting|updating|revising|amending)\b/i;
// "Contact us by email", "by emailing us" is the reader writing in, not the company telling them.
const READER_WRITES = /\b(?:contact(?:ing)? us|e-?mailing us|e-?mail us|write to us)\b/i;

const NOTICE_CUES = defineCues([
  {
    match:
      /\b(?:will|shall|would)\s+(?:\w+\s+){0,3}?(?:notify|notified|inform|informed|tell|alert|alerted|e-?mail|e-?mailed|contact|contacted|message)\b/,
    unless: ONLY_BY_POSTING,
    reason: 'a promise to notify the reader',
  },
  {
    match:
      /\b(?:will|shall|would)\s+(?:\w+\s+){0,3}?(?:provide|give|send|display|show)\s+(?:\w+\s+){0,3}?(?:notice|notification|banner|e-?mail)\b/,
    unless: ONLY_BY_POSTING,
    reason: 'a promise to give notice',
  },
  {
    match: /\b(?:by|via|through) (?:an? )?(?:e-?mail|direct notice|in-app|push)\b/,
    unless: READER_WRITES,
    reason: 'notice by email or directly',
  },
  {
    match:
      /\bby (?:notifying|e-?mailing|informing|alerting|messaging) (?:you|users|customers|members)\b/,
    reason: 'changes made "by notifying users"',
  },
  {
    match: /\b(?:prominent|conspicuous) (?:notice|banner|notification|message)\b/,
    reason: 'a prominent notice',
  },
]);

function promisesNotice({ doc }: FlagContext): boolean {
  for (const { sentence, text } of candidateSentences(doc, NOTICE_CUES)) {
    const heading = doc.sections[sentence.section]?.heading ?? '';
    if (!CHANGE_WORDS.test(text) && !CHANGE_WORDS.test(heading)) continue;
    if (matchCue(text, NOTICE_CUES, 'skip') !== null) return true;
  }
  return false;
}

export const changesWithoutNotice: FlagRule = {
  id: 'changes-without-notice',
  severity: 'medium',
  title: 'Changes without direct notice',
  explanation:
    'The policy can change and bind you without a direct notice: you are expected to re-read the page, or continued use counts as acceptance.',
  test(ctx) {
    const binding = findCueEvidence(ctx.doc, BINDING_CUES);
    if (binding.length === 0 || promisesNotice(ctx)) return null;
    return nonEmpty(binding);
  },
};
