// Phrases that tell a privacy policy from its neighbours (terms, cookie notices, blog posts, help pages).
// Data, not code: each entry has the reason it is there, in the comment above it (comments cost nothing in the
// script shipped to every page; tests/detect/reasons.test.ts checks that none is missing). Regex literals, none with
// the g flag, so `test` keeps no state between texts. Each list is a function: evaluating a regex literal builds an
// object (about 7 µs each in a page's fresh isolated world on the benchmark machine, ~0.25 ms for the 33 cues), and
// the all-pages detector needs the cues only on the few pages that may be policies; V8 keeps each literal's compiled
// code across calls. Dependency-free so the all-pages detector can use it. Patterns are bounded alternations: no
// nested quantifiers. They run on text whose whitespace is already collapsed to single spaces (normalised blocks, the
// detector's sample), so a space is a space.

export const PRIVACY_CUES = (): readonly RegExp[] => [
  // The object every privacy policy is about.
  /personal(?:ly)?[ -](?:data|information|identifiable)/i,
  // Collection practices.
  /\b(?:we|may) (?:collect|gather|obtain)|information (?:we|that we) collect|collection of (?:your )?(?:personal|information|data)/i,
  // Sharing practices.
  /third[- ]part(?:y|ies)/i,
  // Tracking disclosures.
  /\bcookies?\b|web beacons?|tracking technolog/i,
  // Retention clauses.
  /\b(?:retain|retention|how long we keep)/i,
  // Choices offered to the user.
  /\b(?:opt[- ]out|unsubscribe|do not track|withdraw (?:your )?consent)/i,
  // Data-subject rights.
  /\byour (?:privacy )?rights\b|right to (?:access|erasure|delete|deletion|object|rectif|data portability)/i,
  // Privacy laws policies cite.
  /\b(?:gdpr|ccpa|cpra|coppa|general data protection regulation|california consumer privacy)\b/i,
  // The document naming itself.
  /\bthis (?:privacy|data protection) (?:policy|notice|statement)|\b(?:our|the) privacy (?:policy|notice|statement) (?:describes|explains|applies|sets out)/i,
  // Data-protection terminology.
  /\bdata (?:controller|processor|protection officer)|\bprocess(?:ing)? (?:of )?(?:your )?(?:personal )?data/i,
  // Technical data policies list.
  /\b(?:ip address(?:es)?|device identifiers?|browser type)/i,
  // Children's privacy clauses.
  /\b(?:children|minors) under (?:the age of )?1[3-8]/i,
  // Sale-of-data statements.
  /\b(?:sell|share) (?:your )?personal information|we do not sell/i,
  // The subject of the document, in its own words.
  /\b(?:your|the|users['’]?) privacy\b|\bprivacy of (?:our|your|its)/i,
  // Identifiability distinctions.
  /\bnon-?personal(?:ly)? identifiable|\b(?:anonymous|aggregated?) (?:information|data|statistics)|\bidentify (?:you|yourself|individual)/i,
  // Sale and rental promises.
  /\b(?:sell|rent|lease|trade) (?:or (?:sell|rent|share|lease) )?(?:your |any )?(?:personal )?(?:information|data|e-?mail)|\bnever (?:sell|rent|share)/i,
  // Contact data policies list.
  /\be-?mail address(?:es)?|\bcontact (?:details|information)|\bmailing address/i,
  // Advertising and analytics disclosures.
  /\b(?:advertis(?:ers|ing) (?:networks?|partners|companies)|interest-based advertising|analytics (?:providers?|services?|tools?))/i,
  // Security clauses.
  /\bsecurity measures|safeguard(?:s|ing)? (?:your )?(?:personal )?(?:data|information)/i,
];

export const TERMS_CUES = (): readonly RegExp[] => [
  // The terms document naming itself.
  /\bterms (?:of|and) (?:service|use|conditions)|\bterms ?& ?conditions|\buser agreement/i,
  // Liability clauses.
  /\blimitation of liability|\bliable for|\bliability\b/i,
  // Warranty disclaimers.
  /\bwarrant(?:y|ies)\b|\bon an? ["“]?as[- ]is/i,
  // Choice-of-law clauses.
  /\bgoverning law|\bjurisdiction of the courts|\bvenue\b/i,
  // Dispute clauses.
  /\barbitration\b|\bclass action waiver/i,
  // Indemnity clauses.
  /\bindemnif(?:y|ication)|\bhold harmless/i,
  // Licence grants.
  /\b(?:grant|granted) (?:you )?a (?:limited|non-exclusive|revocable)|\blicen[sc]e (?:to|agreement)|\bintellectual property/i,
  // Termination clauses.
  /\bterminat(?:e|ion) (?:your|of your) (?:account|access|use)/i,
  // Acceptable-use rules.
  /\bprohibited (?:uses?|conduct)|\byou agree not to/i,
];

/** Pages that talk about privacy without being the policy: posts, news, help articles. */
export const ARTICLE_CUES = (): readonly RegExp[] => [
  // Bylines.
  /\b(?:posted|published|written) (?:by|on)\b|\bby [A-Z][a-z]+ [A-Z][a-z]+ ?[|·•]/i,
  // Blog furniture.
  /\b\d{1,2} min(?:ute)?s? read\b|\bread more\b|\brelated (?:posts|articles|stories)/i,
  // Help-centre furniture.
  /\b(?:was this (?:article|page) helpful|still need help|contact support|help cent(?:er|re))/i,
  // Engagement widgets.
  /\b(?:share this|leave a (?:comment|reply)|subscribe to our newsletter|\d+ comments?)\b/i,
  // News reporting.
  /\b(?:according to|said (?:in a statement|on (?:monday|tuesday|wednesday|thursday|friday))|\breported (?:that|on)|regulators? (?:fined|said))/i,
];

/** How many distinct cues of a list occur in the text. */
export function countCues(cues: () => readonly RegExp[], text: string): number {
  let count = 0;
  for (const cue of cues()) if (cue.test(text)) count++;
  return count;
}
