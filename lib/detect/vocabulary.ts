// Phrases that tell a privacy policy from its neighbours (terms, cookie notices, blog posts, help pages).
// Data, not code: each entry has the reason it is there, in the comment above it (comments cost nothing in the
// script shipped to every page; tests/detect/reasons.test.ts checks that none is missing). Compiled once, on first
// use; dependency-free so the all-pages detector can use it. Patterns are bounded alternations: no nested quantifiers. They run on text whose
// whitespace is already collapsed to single spaces (normalised blocks, the detector's sample), so a space is a space.

export const PRIVACY_CUES: readonly string[] = [
  // The object every privacy policy is about.
  'personal(?:ly)?[ -](?:data|information|identifiable)',
  // Collection practices.
  '\\b(?:we|may) (?:collect|gather|obtain)|information (?:we|that we) collect|collection of (?:your )?(?:personal|information|data)',
  // Sharing practices.
  'third[- ]part(?:y|ies)',
  // Tracking disclosures.
  '\\bcookies?\\b|web beacons?|tracking technolog',
  // Retention clauses.
  '\\b(?:retain|retention|how long we keep)',
  // Choices offered to the user.
  '\\b(?:opt[- ]out|unsubscribe|do not track|withdraw (?:your )?consent)',
  // Data-subject rights.
  '\\byour (?:privacy )?rights\\b|right to (?:access|erasure|delete|deletion|object|rectif|data portability)',
  // Privacy laws policies cite.
  '\\b(?:gdpr|ccpa|cpra|coppa|general data protection regulation|california consumer privacy)\\b',
  // The document naming itself.
  '\\bthis (?:privacy|data protection) (?:policy|notice|statement)|\\b(?:our|the) privacy (?:policy|notice|statement) (?:describes|explains|applies|sets out)',
  // Data-protection terminology.
  '\\bdata (?:controller|processor|protection officer)|\\bprocess(?:ing)? (?:of )?(?:your )?(?:personal )?data',
  // Technical data policies list.
  '\\b(?:ip address(?:es)?|device identifiers?|browser type)',
  // Children's privacy clauses.
  '\\b(?:children|minors) under (?:the age of )?1[3-8]',
  // Sale-of-data statements.
  '\\b(?:sell|share) (?:your )?personal information|we do not sell',
  // The subject of the document, in its own words.
  "\\b(?:your|the|users['’]?) privacy\\b|\\bprivacy of (?:our|your|its)",
  // Identifiability distinctions.
  '\\bnon-?personal(?:ly)? identifiable|\\b(?:anonymous|aggregated?) (?:information|data|statistics)|\\bidentify (?:you|yourself|individual)',
  // Sale and rental promises.
  '\\b(?:sell|rent|lease|trade) (?:or (?:sell|rent|share|lease) )?(?:your |any )?(?:personal )?(?:information|data|e-?mail)|\\bnever (?:sell|rent|share)',
  // Contact data policies list.
  '\\be-?mail address(?:es)?|\\bcontact (?:details|information)|\\bmailing address',
  // Advertising and analytics disclosures.
  '\\b(?:advertis(?:ers|ing) (?:networks?|partners|companies)|interest-based advertising|analytics (?:providers?|services?|tools?))',
  // Security clauses.
  '\\bsecurity measures|safeguard(?:s|ing)? (?:your )?(?:personal )?(?:data|information)',
];

export const TERMS_CUES: readonly string[] = [
  // The terms document naming itself.
  '\\bterms (?:of|and) (?:service|use|conditions)|\\bterms ?& ?conditions|\\buser agreement',
  // Liability clauses.
  '\\blimitation of liability|\\bliable for|\\bliability\\b',
  // Warranty disclaimers.
  '\\bwarrant(?:y|ies)\\b|\\bon an? ["“]?as[- ]is',
  // Choice-of-law clauses.
  '\\bgoverning law|\\bjurisdiction of the courts|\\bvenue\\b',
  // Dispute clauses.
  '\\barbitration\\b|\\bclass action waiver',
  // Indemnity clauses.
  '\\bindemnif(?:y|ication)|\\bhold harmless',
  // Licence grants.
  '\\b(?:grant|granted) (?:you )?a (?:limited|non-exclusive|revocable)|\\blicen[sc]e (?:to|agreement)|\\bintellectual property',
  // Termination clauses.
  '\\bterminat(?:e|ion) (?:your|of your) (?:account|access|use)',
  // Acceptable-use rules.
  '\\bprohibited (?:uses?|conduct)|\\byou agree not to',
];

/** Pages that talk about privacy without being the policy: posts, news, help articles. */
export const ARTICLE_CUES: readonly string[] = [
  // Bylines.
  '\\b(?:posted|published|written) (?:by|on)\\b|\\bby [A-Z][a-z]+ [A-Z][a-z]+ ?[|·•]',
  // Blog furniture.
  '\\b\\d{1,2} min(?:ute)?s? read\\b|\\bread more\\b|\\brelated (?:posts|articles|stories)',
  // Help-centre furniture.
  '\\b(?:was this (?:article|page) helpful|still need help|contact support|help cent(?:er|re))',
  // Engagement widgets.
  '\\b(?:share this|leave a (?:comment|reply)|subscribe to our newsletter|\\d+ comments?)\\b',
  // News reporting.
  '\\b(?:according to|said (?:in a statement|on (?:monday|tuesday|wednesday|thursday|friday))|\\breported (?:that|on)|regulators? (?:fined|said))',
];

const compiled = new Map<readonly string[], RegExp[]>();

/** How many distinct cues of a list occur in the text. */
export function countCues(cues: readonly string[], text: string): number {
  let list = compiled.get(cues);
  if (!list) {
    list = cues.map((pattern) => new RegExp(pattern, 'i'));
    compiled.set(cues, list);
  }
  let count = 0;
  for (const re of list) if (re.test(text)) count++;
  return count;
}
