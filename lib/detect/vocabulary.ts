// Phrases that tell a privacy policy from its neighbours (terms, cookie notices, blog posts, help pages).
// Data, not code: each entry has the reason it is there. Compiled once, on first use; dependency-free so the
// all-pages detector can use it. Patterns are bounded alternations: no nested quantifiers.

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
      '\\b(?:we|may)\\s+(?:collect|gather|obtain)|information\\s+(?:we|that we)\\s+collect|collection\\s+of\\s+(?:your\\s+)?(?:personal|information|data)',
    reason: 'collection practices',
  },
  { pattern: 'third[- ]part(?:y|ies)', reason: 'sharing practices' },
  {
    pattern: '\\bcookies?\\b|web\\s+beacons?|tracking\\s+technolog',
    reason: 'tracking disclosures',
  },
  { pattern: '\\b(?:retain|retention|how\\s+long\\s+we\\s+keep)', reason: 'retention clauses' },
  {
    pattern: '\\b(?:opt[- ]out|unsubscribe|do\\s+not\\s+track|withdraw\\s+(?:your\\s+)?consent)',
    reason: 'choices offered to the user',
  },
  {
    pattern:
      '\\byour\\s+(?:privacy\\s+)?rights\\b|right\\s+to\\s+(?:access|erasure|delete|deletion|object|rectif|data\\s+portability)',
    reason: 'data-subject rights',
  },
  {
    pattern:
      '\\b(?:gdpr|ccpa|cpra|coppa|general\\s+data\\s+protection\\s+regulation|california\\s+consumer\\s+privacy)\\b',
    reason: 'privacy laws policies cite',
  },
  {
    pattern:
      '\\bthis\\s+(?:privacy|data\\s+protection)\\s+(?:policy|notice|statement)|\\b(?:our|the)\\s+privacy\\s+(?:policy|notice|statement)\\s+(?:describes|explains|applies|sets\\s+out)',
    reason: 'the document naming itself',
  },
  {
    pattern:
      '\\bdata\\s+(?:controller|processor|protection\\s+officer)|\\bprocess(?:ing)?\\s+(?:of\\s+)?(?:your\\s+)?(?:personal\\s+)?data',
    reason: 'data-protection terminology',
  },
  {
    pattern: '\\b(?:ip\\s+address(?:es)?|device\\s+identifiers?|browser\\s+type)',
    reason: 'technical data policies list',
  },
  {
    pattern: '\\b(?:children|minors)\\s+under\\s+(?:the\\s+age\\s+of\\s+)?1[3-8]',
    reason: "children's privacy clauses",
  },
  {
    pattern: '\\b(?:sell|share)\\s+(?:your\\s+)?personal\\s+information|we\\s+do\\s+not\\s+sell',
    reason: 'sale-of-data statements',
  },
  {
    pattern: "\\b(?:your|the|users['’]?)\\s+privacy\\b|\\bprivacy\\s+of\\s+(?:our|your|its)",
    reason: 'the subject of the document, in its own words',
  },
  {
    pattern:
      '\\bnon-?personal(?:ly)?\\s+identifiable|\\b(?:anonymous|aggregated?)\\s+(?:information|data|statistics)|\\bidentify\\s+(?:you|yourself|individual)',
    reason: 'identifiability distinctions',
  },
  {
    pattern:
      '\\b(?:sell|rent|lease|trade)\\s+(?:or\\s+(?:sell|rent|share|lease)\\s+)?(?:your\\s+|any\\s+)?(?:personal\\s+)?(?:information|data|e-?mail)|\\bnever\\s+(?:sell|rent|share)',
    reason: 'sale and rental promises',
  },
  {
    pattern:
      '\\be-?mail\\s+address(?:es)?|\\bcontact\\s+(?:details|information)|\\bmailing\\s+address',
    reason: 'contact data policies list',
  },
  {
    pattern:
      '\\b(?:advertis(?:ers|ing)\\s+(?:networks?|partners|companies)|interest-based\\s+advertising|analytics\\s+(?:providers?|services?|tools?))',
    reason: 'advertising and analytics disclosures',
  },
  {
    pattern:
      '\\bsecurity\\s+measures|safeguard(?:s|ing)?\\s+(?:your\\s+)?(?:personal\\s+)?(?:data|information)',
    reason: 'security clauses',
  },
];

export const TERMS_CUES: readonly Cue[] = [
  {
    pattern:
      '\\bterms\\s+(?:of|and)\\s+(?:service|use|conditions)|\\bterms\\s*&\\s*conditions|\\buser\\s+agreement',
    reason: 'the terms document naming itself',
  },
  {
    pattern: '\\blimitation\\s+of\\s+liability|\\bliable\\s+for|\\bliability\\b',
    reason: 'liability clauses',
  },
  {
    pattern: '\\bwarrant(?:y|ies)\\b|\\bon\\s+an?\\s+["“]?as[- ]is',
    reason: 'warranty disclaimers',
  },
  {
    pattern: '\\bgoverning\\s+law|\\bjurisdiction\\s+of\\s+the\\s+courts|\\bvenue\\b',
    reason: 'choice-of-law clauses',
  },
  { pattern: '\\barbitration\\b|\\bclass\\s+action\\s+waiver', reason: 'dispute clauses' },
  { pattern: '\\bindemnif(?:y|ication)|\\bhold\\s+harmless', reason: 'indemnity clauses' },
  {
    pattern:
      '\\b(?:grant|granted)\\s+(?:you\\s+)?a\\s+(?:limited|non-exclusive|revocable)|\\blicen[sc]e\\s+(?:to|agreement)|\\bintellectual\\s+property',
    reason: 'licence grants',
  },
  {
    pattern: '\\bterminat(?:e|ion)\\s+(?:your|of\\s+your)\\s+(?:account|access|use)',
    reason: 'termination clauses',
  },
  {
    pattern: '\\bprohibited\\s+(?:uses?|conduct)|\\byou\\s+agree\\s+not\\s+to',
    reason: 'acceptable-use rules',
  },
];

/** Pages that talk about privacy without being the policy: posts, news, help articles. */
export const ARTICLE_CUES: readonly Cue[] = [
  {
    pattern:
      '\\b(?:posted|published|written)\\s+(?:by|on)\\b|\\bby\\s+[A-Z][a-z]+\\s+[A-Z][a-z]+\\s*[|·•]',
    reason: 'bylines',
  },
  {
    pattern:
      '\\b\\d{1,2}\\s+min(?:ute)?s?\\s+read\\b|\\bread\\s+more\\b|\\brelated\\s+(?:posts|articles|stories)',
    reason: 'blog furniture',
  },
  {
    pattern:
      '\\b(?:was\\s+this\\s+(?:article|page)\\s+helpful|still\\s+need\\s+help|contact\\s+support|help\\s+cent(?:er|re))',
    reason: 'help-centre furniture',
  },
  {
    pattern:
      '\\b(?:share\\s+this|leave\\s+a\\s+(?:comment|reply)|subscribe\\s+to\\s+our\\s+newsletter|\\d+\\s+comments?)\\b',
    reason: 'engagement widgets',
  },
  {
    pattern:
      '\\b(?:according\\s+to|said\\s+(?:in\\s+a\\s+statement|on\\s+(?:monday|tuesday|wednesday|thursday|friday))|\\breported\\s+(?:that|on)|regulators?\\s+(?:fined|said))',
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
