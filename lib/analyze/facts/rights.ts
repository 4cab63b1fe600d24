import { RIGHTS, type Right, type RightFinding } from '../../schema';
import type { PolicyDocument } from '../types';
import { registerRegex, sentencesWithAny } from '../../text/sentence-literals';
import { FindingSet, MAX_EVIDENCE } from './findings';
import { isNegatedAt } from './negation';
import { sentenceInfos, type SentenceInfo } from './sentence-context';

// The user's rights. Most right words ("access", "delete", "correct") are everyday words too, so a rule fires
// only in a sentence that speaks of the user's rights or choices (or in a list introduced by one, or under a
// rights heading); a few phrases are unambiguous on their own ("unsubscribe", "Do Not Sell My Personal
// Information", "lodge a complaint with a supervisory authority"). A right stated as denied is not reported.

interface RightRule {
  right: Right;
  pattern: RegExp;
  /** The phrase is a right wherever it stands. */
  standalone?: boolean;
  /** The phrase contains its own "not" ("Do Not Sell", "will not discriminate"). */
  negationInside?: boolean;
  reason: string;
}

const RULES: readonly RightRule[] = [
  {
    right: 'access',
    pattern:
      /\bright (?:of|to) access\b|\bright to know\b|\baccess (?:to )?(?:your |the |any |such |my |all |this |that )?(?:personal )?(?:data|information|PII|records|account information)\b|\baccess(?=,? (?:and |or )?(?:correct|rectif|updat|delet|review|amend|modif|port))|\brequest (?:a copy|access|copies|disclosure)\b|\bcop(?:y|ies) of (?:the |your |any |all )?(?:personal )?(?:data|information)\b|\bknow (?:what|which|whether|the categories|about the)\b|\bobtain (?:confirmation|access)\b|\breview (?:your|the|any) (?:personal )?(?:data|information|account)\b|\bwhat (?:personal )?(?:data|information) we (?:hold|have|collect|keep)\b/i,
    reason: 'see or get a copy of one\'s data ("right to know" included)',
  },
  {
    right: 'correct',
    pattern:
      /\bcorrect(?:ion|ed|ing)?\b|\brectif\w{1,7}|\bamend(?:ment)?\b|\bupdat(?:e|ing) (?:your |any |inaccurate |incorrect |such )(?:personal )?(?:data|information|details|account|profile)\b|\bchange or complete\b|\binaccura\w{2,4}\b|\bincorrect\b|\bmodify (?:your|their|the|any) (?:personal )?(?:data|information|details|profile)\b|\bmodify or delete\b|\bedit (?:your|their)\b/i,
    reason: 'correct or update inaccurate data',
  },
  {
    right: 'delete',
    pattern:
      /\bdelet(?:e|ion|ing)\b|\beras(?:e|ure|ing)\b|\bright to be forgotten\b|\bremov(?:e|al of) (?:your|the|any|such|all) (?:personal )?(?:data|information|account)\b|\bclose your account\b/i,
    reason: 'have data deleted',
  },
  {
    right: 'portability',
    pattern:
      /\bportab\w{2,5}|\bport (?:your|their|the|my) (?:personal )?(?:data|information)\b|\btransmit(?:ted)? (?:it |them )?(?:directly )?to another\b|\btransfer(?:red)? (?:it |them |your (?:personal )?(?:data|information) )?(?:directly )?to (?:another|a third party|other) (?:service|controller|provider)|\b(?:structured|machine[- ]readable)\b|\bcommonly[- ]used (?:electronic )?(?:form|format)\b|\bdigital copy\b|\bin a (?:portable|usable|transferable) (?:format|form)\b|\b(?:download|export) (?:a copy of )?your (?:personal )?(?:data|information)\b/i,
    reason: "receive one's data in a reusable format or have it sent elsewhere",
  },
  {
    right: 'restrict',
    pattern:
      /\brestrict(?:ion|ing)?\b(?! (?:access|our employees|the access))|\blimit (?:the |our )?(?:processing|use of your (?:personal )?(?:data|information)|how we (?:use|process))\b|\blimits on how we (?:use|process)\b|\bsuspend (?:the )?processing\b|\bblock(?:ing)? (?:the )?processing\b/i,
    reason: 'restrict processing (not CCPA "limit use of sensitive" and not access control)',
  },
  {
    right: 'object',
    pattern:
      /\bobject(?:ion)?s? to\b|\bright to object\b|\bobject\b(?= (?:at any time|where|if|on grounds|in certain))|\b[Oo]bject:|\bopt(?:-| )?out of (?:processing|profiling|automated|the processing)\b/i,
    reason: 'object to processing',
  },
  {
    right: 'withdraw-consent',
    pattern:
      /\b(?:withdraw|withdrawn|withdrawing|revoke|revoking|withdrawal of|revocation of)\b[^.;]{0,30}\bconsent\b|\bconsent\b[^.;]{0,40}\b(?:withdraw|revoke)\w{0,3}\b/i,
    standalone: true,
    reason: 'withdraw consent',
  },
  {
    right: 'opt-out-marketing',
    pattern:
      /\bunsubscrib\w{1,3}|\bopt(?:-| )?out\b[^.;]{0,60}\b(?:marketing|promotional|newsletters?|mailing lists?|e-?mails?|communications|messages|SMS|text messages|updates)\b|\b(?:marketing|promotional|newsletters?|mailing lists?)\b[^.;]{0,80}\bopt(?:-| )?out\b|\bnot to (?:process|use) your (?:personal )?(?:data|information) for (?:direct )?marketing\b|\b(?:stop|cease) (?:receiving|sending you) (?:marketing|promotional|e-?mails?|newsletters?)\b|\bobject\b[^.;]{0,80}\bdirect marketing\b/i,
    standalone: true,
    reason: 'stop marketing messages: unsubscribe, opt out of marketing',
  },
  {
    right: 'opt-out-sale',
    pattern:
      /\bopt(?:-| )?out\b[^.;]{0,40}\b(?:sale|sell|selling)\b|\bdo not (?:sell|share)(?: or (?:sell|share))? my\b|\bright to (?:direct|request|tell) (?:us|a business|businesses) (?:not to|to not) (?:sell|share)\b|\bopt(?:-| )?out of cross-context behaviou?ral advertising\b/i,
    standalone: true,
    negationInside: true,
    reason: 'CCPA opt-out of sale or sharing ("Do Not Sell My Personal Information")',
  },
  {
    right: 'limit-sensitive',
    pattern:
      /\blimit (?:the )?(?:use|disclosure|processing)(?: (?:and|or) (?:use|disclosure|processing))? of (?:your |my )?sensitive\b/i,
    standalone: true,
    reason: 'CCPA right to limit use of sensitive personal information',
  },
  {
    right: 'non-discrimination',
    pattern: /\bdiscriminat\w{1,5}|\bnon-?discrimination\b|\bretaliat\w{1,5}/i,
    negationInside: true,
    reason: 'no discrimination for exercising privacy rights',
  },
  {
    right: 'complain',
    pattern:
      /\b(?:lodge|file|make|submit|bring|raise|escalate|register)\b[^.;]{0,20}\bcomplaints?\b|\bcomplain\b|\bright to complain\b/i,
    standalone: true,
    reason: 'complain to a supervisory authority (checked for an authority in the same sentence)',
  },
];

/** A complaint right is to an authority; a complaint to the company is customer service. */
const AUTHORITY =
  /\b(?:supervisory|data protection|regulatory|privacy|competent|government\w{0,2}|relevant|local|national) (?:authorit(?:y|ies)|agenc(?:y|ies)|regulators?|commission(?:er)?|office)\b|\bregulators?\b|\bInformation Commissioner|\bICO\b|\bCNIL\b|\bGarante\b|\bombudsman\b|\bAttorney General\b|\bFederal Trade Commission\b|\bFTC\b|\bDPA\b|\bauthorit(?:y|ies)\b|\bcommissioner\b/i;

/** Non-discrimination is a privacy right only when it is about exercising rights or choices. */
const EXERCISE =
  /\bexercis\w{1,3}|\brights?\b|\brequests?\b|\bCCPA\b|\bCPRA\b|\bopt(?:-| )?out\b|\bchoices?\b/i;

const RIGHTS_CUE =
  /\brights?\b|\byou (?:can|may|have|are entitled|could|might|will be able)\b|\b(?:users?|visitors?|customers?) (?:can|may)\b|\brequest\w{0,3}\b|\bask (?:us|that)\b|\bentitled\b|\bexercis\w{1,3}|\bopt(?:-| )?out\b|\bunsubscrib|\bwithdraw|\bchoices?\b|\boptions?\b|\bcontact us\b|\bat any time\b/i;
const RIGHTS_HEADING =
  /\bright|\bchoice|\bcontrol|^(?:[\d.]+\s*)?(?:your )?access\b|\baccess(?:,| and| &) (?:correct|updat|delet|choice|control)|\bopt(?:-| )?out|\boptions?\b|\brequests?\b|\bcalifornia\b|\bGDPR\b|\bCCPA\b|\bdeletion\b|\bcorrection\b/i;

/** Sentences that tell how to exercise rights: attached as evidence to the rights of their section. */
const HOW_TO_EXERCISE = /\b(?:to|how to|wish to|want to|like to) exercise\b/i;

function inRightsContext(doc: PolicyDocument, info: SentenceInfo): boolean {
  if (RIGHTS_CUE.test(info.sentence.text)) return true;
  if (!info.isItem) return false;
  const lead = info.lead >= 0 ? doc.sentences[info.lead]?.text : undefined;
  if (lead) return RIGHTS_CUE.test(lead) || RIGHTS_HEADING.test(info.headings);
  return RIGHTS_HEADING.test(info.headings);
}

/** Each rule's required literals, registered for the shared sentence scan: most sentences hold none of them. */
const RULE_LITERALS = RULES.map((rule) => registerRegex(rule.pattern));
const HOW_TO_LITERALS = registerRegex(HOW_TO_EXERCISE);

export function extractRights(doc: PolicyDocument): RightFinding[] {
  const found = new FindingSet<Right>();
  const howTo: SentenceInfo[] = [];
  const mayMatch = RULE_LITERALS.map((literals) => sentencesWithAny(doc, literals));
  const mayTellHow = sentencesWithAny(doc, HOW_TO_LITERALS);
  for (const info of sentenceInfos(doc)) {
    if (info.isHeading && doc.blocks[info.sentence.block]?.kind === 'heading') continue;
    const text = info.sentence.text;
    let context: boolean | undefined;
    for (let r = 0; r < RULES.length; r++) {
      if (!mayMatch[r]![info.index]) continue;
      const rule = RULES[r]!;
      const m = rule.pattern.exec(text);
      if (!m) continue;
      if (!rule.standalone && !(context ??= inRightsContext(doc, info))) continue;
      if (!rule.negationInside && isNegatedAt(text, m.index, { maxChars: 50, commaBreaks: true }))
        continue;
      if (rule.right === 'complain' && !AUTHORITY.test(text)) continue;
      if (rule.right === 'non-discrimination' && !EXERCISE.test(text)) continue;
      found.add(rule.right, rule.right, info.sentence);
    }
    if (mayTellHow[info.index] && HOW_TO_EXERCISE.test(text)) howTo.push(info);
  }
  const sectionAt = new Map(doc.sentences.map((s) => [s.start, s.section]));
  for (const { value: right, evidence } of found.values()) {
    if (evidence.length >= MAX_EVIDENCE) continue;
    const section = sectionAt.get(evidence[0]!.start);
    const how = howTo.find(
      (i) => i.sentence.section === section && !evidence.some((e) => e.start === i.sentence.start),
    );
    if (how) found.add(right, right, how.sentence);
  }
  const byRight = new Map(found.values().map((f) => [f.value, f.evidence]));
  return RIGHTS.filter((r) => byRight.has(r)).map((right) => ({
    right,
    evidence: byRight.get(right)!,
  }));
}
