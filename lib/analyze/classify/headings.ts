import type { Category } from '../../schema';

/**
 * How policy headings name their subject. A heading is a strong, cheap signal: "Cookies", "Data retention",
 * "Your rights" say what the section is about even when its body wanders. Patterns are matched case-insensitively
 * against the heading text with any leading numbering removed.
 */
export interface HeadingCueRow {
  category: Category;
  match: string;
  reason: string;
}

export const HEADING_CUES: readonly HeadingCueRow[] = [
  {
    category: 'collection',
    match: '\\b(?:collect|collects|collected|collection|gather|obtain)\\b',
    reason: 'heading about collection',
  },
  {
    category: 'collection',
    match:
      '\\b(?:information|data) (?:we|you|that we|that you) (?:collect|receive|provide|give|obtain|hold|process)|\\b(?:what|which|types? of|kinds? of|categories of) (?:personal )?(?:information|data)\\b',
    reason: 'heading listing the data',
  },
  {
    category: 'collection',
    match:
      '\\b(?:how|why) (?:we|do we|does \\w+) (?:use|process|collect)\\b|\\buses? of (?:your |personal |the )?(?:information|data)\\b|\\bhow (?:we )?use\\b|\\bpurposes?\\b|\\blegal bas[ie]s\\b|\\blawful bas[ie]s\\b|\\bprocessing\\b',
    reason: 'heading about use and purposes',
  },
  {
    category: 'sharing',
    match:
      '\\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ure|ures)|third[- ]part(?:y|ies)|recipients?|sub-?processors?|service providers|who (?:can|has|may|will) (?:access|see|receive)|sell|selling|sale of|transfers? to (?:third|other))\\b',
    reason: 'heading about sharing',
  },
  {
    category: 'retention',
    match:
      '\\b(?:retention|retain|retained|how long|storage period|keep your|kept|deletion of (?:your )?data|retention period|how (?:do )?we store|storage of)\\b',
    reason: 'heading about retention',
  },
  {
    category: 'rights',
    match:
      '\\b(?:your (?:rights|choices|options|privacy rights|controls?)|user rights|data subject rights|rights of|individual rights|access(?:ing)?,? (?:and |or )?(?:correct|update|delet)|opt(?:ing)?[- ]?out|unsubscrib|choices?|manage your|control(?:ling)? your|privacy rights|your consent|withdraw|rights|complain\\w*|(?:access(?:ing)?|updat(?:e|ing)|correct(?:ing)?|delet(?:e|ing)|edit(?:ing)?|review(?:ing)?)\\b.{0,30}\\b(?:your|my) (?:information|data|account|profile|personal))\\b',
    reason: 'heading about rights and choices',
  },
  {
    category: 'contact',
    match:
      '\\b(?:contact|contacting us|get in touch|questions|reach us|who (?:we are|is responsible)|data controller|data protection officer|dpo|further information|how to (?:reach|contact))\\b',
    reason: 'heading about contact',
  },
  {
    category: 'security',
    match:
      '\\b(?:security|secure|secured|safe|safely|safety|safeguard(?:s|ing)?|protect|protecting|protected|(?<!data )protection|breach(?:es)?)\\b',
    reason: 'heading about security',
  },
  {
    category: 'cookies',
    match:
      '\\b(?:cookies?|tracking|beacons?|pixels?|do not track|similar technologies|analytics|embedded content)\\b',
    reason: 'heading about cookies and tracking',
  },
  {
    category: 'children',
    match:
      '\\b(?:children|child|childrens|kids|minors?|teens?|under (?:13|16|18)|coppa|young people|age (?:limit|requirement|restriction)s?)\\b',
    reason: 'heading about minors',
  },
  {
    category: 'international',
    match:
      '\\b(?:international|cross-border|transfers? (?:of (?:personal )?data )?(?:outside|abroad|overseas|to other countries)|data transfers?|transfer of (?:personal )?(?:data|information)|overseas|outside (?:the )?(?:eea|eu|uk))\\b',
    reason: 'heading about transfers abroad',
  },
  {
    category: 'changes',
    match:
      '\\b(?:changes?|updates?|amendments?|modifications?|revisions?) (?:to|of|in) (?:this|our|the)\\b|\\b(?:policy|notice|statement) (?:changes|updates)\\b|\\b(?:updates|changes)$|\\bacceptance\\b|\\beffective date\\b|\\blast updated\\b',
    reason: 'heading about policy changes',
  },
];

let compiled: { category: Category; pattern: RegExp }[] | null = null;

const NUMBERING =
  /^\s{0,8}(?:(?:section|article|part)\s{1,4})?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-z]|[ivxlc]{1,6})[.):]?\s{1,8}/i;

/** The categories a heading names, in contract order of first match. */
export function classifyHeading(heading: string): Category[] {
  compiled ??= HEADING_CUES.map((row) => ({
    category: row.category,
    pattern: new RegExp(row.match, 'i'),
  }));
  // Headings are short; a "heading" longer than this is a mis-detected paragraph and is judged by its start.
  const text = heading.slice(0, 200).replace(NUMBERING, '');
  const found = new Set<Category>();
  for (const { category, pattern } of compiled) if (pattern.test(text)) found.add(category);
  return [...found];
}
