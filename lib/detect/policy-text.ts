import { countWords } from '../analyze/normalize';
import type { PolicyDocument } from '../analyze/types';
import { namesPolicy } from './page';
import { POLICY_NAME, POLICY_PATH } from './privacy-names';
import { ARTICLE_CUES, countCues, PRIVACY_CUES, TERMS_CUES } from './vocabulary';

// Whether a whole text is a privacy policy, from what it talks about (privacy vocabulary against terms-of-service
// vocabulary), what it calls itself (title, first heading, "this privacy notice"), how its sections are named,
// and what kind of page it reads like (blog post, news story, help article, stand-alone cookie notice).

/**
 * The cue lists are functions so that the all-pages detector builds them only on pages that may be policies. The
 * engine scores text after text in one process: it builds each list once. Rebuilt on every call, the lists' regexes
 * ran about four times slower after the first long policy (bench: policy-text score 5.3 ms instead of 1.3 ms on
 * 10,000 words once a cold call had run on it).
 */
function builtOnce(list: () => readonly RegExp[]): () => readonly RegExp[] {
  let built: readonly RegExp[] | null = null;
  return () => (built ??= list());
}
const PRIVACY = builtOnce(PRIVACY_CUES);
const TERMS = builtOnce(TERMS_CUES);
const ARTICLE = builtOnce(ARTICLE_CUES);

const THRESHOLD = 0.5;
/** Vocabulary is counted on a bounded prefix: policies say who they are early, and 5 MB inputs stay cheap. */
export const SAMPLE_CHARS = 60_000;
const OPENING_CHARS = 3000;
const MAX_HEADINGS = 200;
const DENSITY_REFERENCE_WORDS = 800;
const MAX_DENSITY_BOOST = 2.5;
const MIN_WORDS = 50;
/** "Acme Privacy Policy" or "Privacy Policy" opening the text; not a mention further into a sentence. */
const MAX_NAME_OFFSET = 40;
const NAME_WORD = /^(?:[A-Z0-9\u00C0-\u00DE&][\w.&'’-]*|the|our|this|online|website)$/;

interface TopicHeading {
  pattern: RegExp;
  reason: string;
}

/** How policy sections are headed, whatever the company: the topics the law asks a policy to cover. */
const TOPIC_HEADINGS: readonly TopicHeading[] = [
  {
    pattern:
      /\b(?:information|data)\s+(?:we|that\s+we|you)\s+(?:collect|provide|receive)|\bcollection\b|\bwhat\s+(?:information|data|we\s+collect)/i,
    reason: 'collection section',
  },
  {
    pattern: /\bhow\s+we\s+use\b|\buse\s+of\s+(?:your\s+)?(?:information|data)|\bpurposes?\b/i,
    reason: 'use / purposes section',
  },
  {
    pattern:
      /\bshar(?:e|ing)\b|\bdisclos(?:e|ure)\b|\bthird[- ]part(?:y|ies)\b|\bsub-?processors?\b/i,
    reason: 'sharing section',
  },
  { pattern: /\bretention\b|\bhow\s+long\b|\bstor(?:e|age)\b/i, reason: 'retention section' },
  {
    pattern:
      /\byour\s+(?:privacy\s+)?(?:rights|choices)\b|\buser\s+rights\b|\baccess(?:ing)?\s+(?:and|your)\b|\bopt(?:ing)?[- ]out\b/i,
    reason: 'rights section',
  },
  {
    pattern:
      /\bsecurity\b|\bprotect(?:ion|ing)?\s+(?:of\s+)?(?:your\s+)?(?:personal\s+)?(?:information|data)/i,
    reason: 'security section',
  },
  { pattern: /\bchildren|\bminors\b|\bkids\b/i, reason: "children's section" },
  { pattern: /\bchanges?\s+to\b|\bupdates?\s+to\b|\bamendments?\b/i, reason: 'changes section' },
  {
    pattern: /\bcontact(?:ing)?\s+us\b|\bcontact\b|\bdata\s+protection\s+officer\b|\bquestions\b/i,
    reason: 'contact section',
  },
  {
    pattern: /\binternational\b|\bcross-border\b|\btransfers?\b/i,
    reason: 'international transfers section',
  },
  {
    pattern: /\bcalifornia\b|\bccpa\b|\bgdpr\b|\beea\b|\blegal\s+bas(?:is|es)\b/i,
    reason: 'jurisdiction-specific section',
  },
];

const SELF_NAMING =
  /\bthis\s+(?:online\s+)?(?:privacy|data\s+protection|data\s+privacy)\s+(?:policy|notice|statement|declaration)|\b(?:privacy|data\s+protection)\s+(?:policy|notice|statement)\s+\((?:the\s+)?["“]?(?:policy|notice|statement)/i;
const OTHER_DOCUMENT =
  /\bterms\s+(?:of|and)\s+(?:service|use|sale)|\bterms\s*&\s*conditions|\bconditions\s+of\s+use|\bcookies?\s+(?:policy|notice|statement|declaration)|\buser\s+agreement|\blicen[sc]e\s+agreement|\blegal\s+notice/i;
const OTHER_SELF_NAMING =
  /\bthis\s+(?:cookies?\s+(?:policy|notice|statement)|(?:terms|agreement|eula)\b)|\bthese\s+(?:terms|conditions)\b/gi;

/** Whether a policy document's text is a privacy policy, with a confidence in 0..1. */
export function scorePolicyText(
  doc: PolicyDocument,
  /** countWords(doc.text.slice(0, SAMPLE_CHARS)), when the caller has already counted it. */
  sampleWords?: number,
): { isPolicy: boolean; confidence: number } {
  try {
    const confidence = Math.round(policyTextScore(doc, sampleWords) * 1000) / 1000;
    return { isPolicy: confidence >= THRESHOLD, confidence };
  } catch {
    return { isPolicy: false, confidence: 0 };
  }
}

function policyTextScore(doc: PolicyDocument, sampleWords: number | undefined): number {
  const text = doc.text.slice(0, SAMPLE_CHARS);
  if (!text.trim()) return 0;
  const opening = text.slice(0, OPENING_CHARS);
  const headings: string[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading') headings.push(block.text.slice(0, 300));
    if (headings.length >= MAX_HEADINGS) break;
  }
  const names = [doc.title ?? '', headings[0] ?? ''];

  const privacy = countCues(PRIVACY, text);
  const terms = countCues(TERMS, text);
  const article = countCues(ARTICLE, opening);
  const topics = TOPIC_HEADINGS.filter((t) => headings.some((h) => t.pattern.test(h))).length;

  const namesItself =
    names.some((n) => namesPolicy(n)) || SELF_NAMING.test(opening) || opensWithPolicyName(opening);
  const otherName = names.some((n) => OTHER_DOCUMENT.test(n) && !POLICY_NAME.test(n));
  const otherSelfNaming = countMatches(OTHER_SELF_NAMING, text, 20);
  const ownSelfNaming = countMatches(new RegExp(SELF_NAMING.source, 'gi'), text, 20);
  const words = sampleWords ?? countWords(text);
  // A 100-word policy cannot mention as many topics as a 5,000-word one: in a short text that calls itself a
  // policy, fewer cues mean as much. Unnamed short pages (home pages, sign-up forms) get no such credit.
  const density = namesItself
    ? Math.min(
        MAX_DENSITY_BOOST,
        Math.max(1, Math.sqrt(DENSITY_REFERENCE_WORDS / Math.max(words, 1))),
      )
    : 1;

  let score = Math.min(0.6, privacy * 0.07 * density);
  if (namesItself) score += 0.3;
  score += Math.min(0.2, topics * 0.05);
  // Policies mention their terms of use once or twice; terms documents are made of these clauses.
  score -= Math.min(0.35, Math.max(0, terms - 1) * 0.07);
  score -= Math.min(0.3, article * (namesItself ? 0.05 : 0.1));
  if (otherName) score -= 0.35;
  // A terms document calls itself "these Terms" again and again; a policy may say it once, in passing.
  if (otherSelfNaming >= 3 && otherSelfNaming > ownSelfNaming) score -= 0.2;
  if (doc.url && POLICY_PATH.test(pathOf(doc.url))) score += 0.1;
  if (words < MIN_WORDS) score -= 0.2;
  return Math.max(0, Math.min(1, score));
}

function opensWithPolicyName(opening: string): boolean {
  const match = POLICY_NAME.exec(opening.slice(0, MAX_NAME_OFFSET + 60));
  if (!match || match.index > MAX_NAME_OFFSET) return false;
  // What comes before the name must itself be a name ("Acme Inc.", "The MFA", "Global"), not a sentence.
  return opening
    .slice(0, match.index)
    .split(/\s+/)
    .every((word) => !word || NAME_WORD.test(word));
}

function countMatches(re: RegExp, text: string, cap: number): number {
  let count = 0;
  re.lastIndex = 0;
  while (count < cap && re.exec(text)) count++;
  re.lastIndex = 0;
  return count;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
