// Phrases that tell a privacy policy from its neighbours (terms, cookie notices, blog posts, help pages).
// Data, not code: each entry has the reason it is there. Compiled once, on first use; dependency-free so the
// all-pages detector can use it. Patterns are bounded alternations: no nested quantifiers. They run on text whose
// whitespace is already collapsed to single spaces (normalised blocks, the detector's sample), so a space is a space.

export interface Cue {
  pattern: string;
  reason: string;
}

export const PRIVACY_CUES: readonly Cue[] = [
  {
    pattern: 'personal(?:ly)?[ -](?:data|information|identifiable)',
    reason: 'the object every privacy policy is about',
  },
  {
    pattern:
      '\\b(?:we|may) (?:collect|gather|obtain)|information (?:we|that we) collect|collection of (?:your )?(?:personal|information|data)',
    reason: 'collection practices',
  },
  { pattern: 'third[- ]part(?:y|ies)', reason: 'sharing practices' },
  {
    pattern: '\\bcookies?\\b|web beacons?|tracking technolog',
    reason: 'tracking disclosures',
  },
  { pattern: '\\b(?:retain|retention|how long we keep)', reason: 'retention clauses' },
  {
    pattern: '\\b(?:opt[- ]out|unsubscribe|do not track|withdraw (?:your )?consent)',
    reason: 'choices offered to the user',
  },
  {
    pattern:
      '\\byour (?:privacy )?rights\\b|right to (?:access|erasure|delete|deletion|object|rectif|data portability)',
    reason: 'data-subject rights',
  },
  {
    pattern:
      '\\b(?:gdpr|ccpa|cpra|coppa|general data protection regulation|california consumer privacy)\\b',
    reason: 'privacy laws policies cite',
  },
  {
    pattern:
      '\\bthis (?:privacy|data protection) (?:policy|notice|statement)|\\b(?:our|the) privacy (?:policy|notice|statement) (?:describes|explains|applies|sets out)',
    reason: 'the document naming itself',
  },
  {
    pattern:
      '\\bdata (?:controller|processor|protection officer)|\\bprocess(?:ing)? (?:of )?(?:your )?(?:personal )?data',
    reason: 'data-protection terminology',
  },
  {
    pattern: '\\b(?:ip address(?:es)?|device identifiers?|browser type)',
    reason: 'technical data policies list',
  },
  {
    pattern: '\\b(?:children|minors) under (?:the age of )?1[3-8]',
    reason: "children's privacy clauses",
  },
  {
    pattern: '\\b(?:sell|share) (?:your )?personal information|we do not sell',
    reason: 'sale-of-data statements',
  },
  {
    pattern: "\\b(?:your|the|users['’]?) privacy\\b|\\bprivacy of (?:our|your|its)",
    reason: 'the subject of the document, in its own words',
  },
  {
    pattern:
      '\\bnon-?personal(?:ly)? identifiable|\\b(?:anonymous|aggregated?) (?:information|data|statistics)|\\bidentify (?:you|yourself|individual)',
    reason: 'identifiability distinctions',
  },
  {
    pattern:
      '\\b(?:sell|rent|lease|trade) (?:or (?:sell|rent|share|lease) )?(?:your |any )?(?:personal )?(?:information|data|e-?mail)|\\bnever (?:sell|rent|share)',
    reason: 'sale and rental promises',
  },
  {
    pattern: '\\be-?mail address(?:es)?|\\bcontact (?:details|information)|\\bmailing address',
    reason: 'contact data policies list',
  },
  {
    pattern:
      '\\b(?:advertis(?:ers|ing) (?:networks?|partners|companies)|interest-based advertising|analytics (?:providers?|services?|tools?))',
    reason: 'advertising and analytics disclosures',
  },
  {
    pattern:
      '\\bsecurity measures|safeguard(?:s|ing)? (?:your )?(?:personal )?(?:data|information)',
    reason: 'security clauses',
  },
];

export const TERMS_CUES: readonly Cue[] = [
  {
    pattern:
      '\\bterms (?:of|and) (?:service|use|conditions)|\\bterms ?& ?conditions|\\buser agreement',
    reason: 'the terms document naming itself',
  },
  {
    pattern: '\\blimitation of liability|\\bliable for|\\bliability\\b',
    reason: 'liability clauses',
  },
  {
    pattern: '\\bwarrant(?:y|ies)\\b|\\bon an? ["“]?as[- ]is',
    reason: 'warranty disclaimers',
  },
  {
    pattern: '\\bgoverning law|\\bjurisdiction of the courts|\\bvenue\\b',
    reason: 'choice-of-law clauses',
  },
  { pattern: '\\barbitration\\b|\\bclass action waiver', reason: 'dispute clauses' },
  { pattern: '\\bindemnif(?:y|ication)|\\bhold harmless', reason: 'indemnity clauses' },
  {
    pattern:
      '\\b(?:grant|granted) (?:you )?a (?:limited|non-exclusive|revocable)|\\blicen[sc]e (?:to|agreement)|\\bintellectual property',
    reason: 'licence grants',
  },
  {
    pattern: '\\bterminat(?:e|ion) (?:your|of your) (?:account|access|use)',
    reason: 'termination clauses',
  },
  {
    pattern: '\\bprohibited (?:uses?|conduct)|\\byou agree not to',
    reason: 'acceptable-use rules',
  },
];

/** Pages that talk about privacy without being the policy: posts, news, help articles. */
export const ARTICLE_CUES: readonly Cue[] = [
  {
    pattern: '\\b(?:posted|published|written) (?:by|on)\\b|\\bby [A-Z][a-z]+ [A-Z][a-z]+ ?[|·•]',
    reason: 'bylines',
  },
  {
    pattern:
      '\\b\\d{1,2} min(?:ute)?s? read\\b|\\bread more\\b|\\brelated (?:posts|articles|stories)',
    reason: 'blog furniture',
  },
  {
    pattern:
      '\\b(?:was this (?:article|page) helpful|still need help|contact support|help cent(?:er|re))',
    reason: 'help-centre furniture',
  },
  {
    pattern:
      '\\b(?:share this|leave a (?:comment|reply)|subscribe to our newsletter|\\d+ comments?)\\b',
    reason: 'engagement widgets',
  },
  {
    pattern:
      '\\b(?:according to|said (?:in a statement|on (?:monday|tuesday|wednesday|thursday|friday))|\\breported (?:that|on)|regulators? (?:fined|said))',
    reason: 'news reporting',
  },
];

const compiled = new Map<readonly Cue[], RegExp[]>();

/** How many distinct cues of a list occur in the text. */
export function countCues(cues: readonly Cue[], text: string): number {
  let list = compiled.get(cues);
  if (!list) {
    list = cues.map((c) => new RegExp(c.pattern, 'i'));
    compiled.set(cues, list);
  }
  let count = 0;
  for (const re of list) if (re.test(text)) count++;
  return count;
}
