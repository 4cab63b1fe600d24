import { PAGE_CHROME } from './footer';
import { linksToItself } from './self-link';
import { POLICY_NAME, POLICY_PATH, PRIVACY_HINT } from './privacy-names';
import { ARTICLE_CUES, countCues, PRIVACY_CUES, TERMS_CUES } from './vocabulary';

// Runs in the page tools (on pages the detector's glance passed, or when the popup asks) and in the CLI: no imports
// of compromise, React or zod, and bounded work whatever the page's size — the URL, the title, a few headings, a
// few footer links and a sample of the first words.

const SAMPLE_CHARS = 4000;
const SAMPLE_NODES = 3000;
const THRESHOLD = 0.5;
/** "Acme Privacy Policy" names the page; "How to write a privacy policy for your startup" is about one. */
const MAX_TITLE_EXTRA_CHARS = 28;
/** "Privacy Policy Generator", "Privacy policy template", "Privacy Policy FAQ": pages about policies. */
const ABOUT_A_POLICY =
  /\b(?:generator|templates?|samples?|examples?|checker|builder|guide|tips|faq|questions|settings|updates?|changes|explained|software|tool|compliance|laws?)\b/i;

const OTHER_DOCUMENT =
  /\bterms\s+(?:of|and)\s+(?:service|use|sale)|\bterms\s*&\s*conditions|\bconditions\s+of\s+use|\bcookies?\s+(?:policy|notice|statement|declaration)|\buser\s+agreement|\blicen[sc]e\s+agreement|\bimpressum\b|\bimprint\b|\blegal\s+notice/i;
const OTHER_PATH =
  /(?:^|\/)(?:terms|tos|terms-of-(?:service|use)|conditions|cookie-?(?:policy|notice|statement)?|cookies|imprint|impressum|eula|legal-notice)(?:$|[/._-])/i;
const ARTICLE_PATH =
  /(?:^|\/)(?:blog|news|articles?|posts?|stories|press|help|support|faq|kb|knowledge-?base|community|forum|hc|docs?|search|tags?|category|\d{4}\/\d{2})(?:$|\/)/i;

/** The most the sampled words can add (privacy cues, 0.05 each, capped). */
const MAX_CUE_SCORE = 0.35;

/**
 * Cheap decision whether a page is a privacy policy; score in 0..1. Its positive signals all need a privacy word
 * stem in the path, the title, the first headings or a footer link to the page itself: the all-pages detector's
 * glance (lib/detect/glance.ts) checks just that, and passes only pages where this can say yes.
 */
export function scorePolicyPage(doc: Document, url: URL): { isPolicy: boolean; score: number } {
  try {
    const score = Math.round(policyPageScore(doc, url) * 1000) / 1000;
    return { isPolicy: score >= THRESHOLD, score };
  } catch {
    return { isPolicy: false, score: 0 };
  }
}

function policyPageScore(doc: Document, url: URL): number {
  const body = doc.body;
  if (!body) return 0;
  const { text, h1, h2 } = readPageStart(body);
  const titles = [doc.title];
  if (h1) titles.push(h1);
  const path = safeDecode(url.pathname);

  let score = 0;
  const named = titles.some(namesPolicy);
  if (named) score += 0.45;
  else if (titles.some(mentionsPolicy) || (h2 && namesPolicy(h2))) score += 0.1;
  const policyPath = PRIVACY_HINT.test(path) && POLICY_PATH.test(path);
  if (linksToItself(body, url)) score += 0.2;

  const otherDocument = titles.some((t) => OTHER_DOCUMENT.test(t) && !POLICY_NAME.test(t));
  if (otherDocument) score -= 0.4;
  const aboutPolicies =
    titles.some(isAboutPolicies) || isAboutPolicies(path.replace(/[-_/.]/g, ' '));
  if (aboutPolicies) score -= 0.3;
  else if (policyPath) score += 0.25;
  if (OTHER_PATH.test(path)) score -= 0.15;
  if (ARTICLE_PATH.test(path)) score -= 0.25;
  const sample = text.replace(/\s+/g, ' ');
  score += Math.min(MAX_CUE_SCORE, countCues(PRIVACY_CUES, sample) * 0.05);
  // Policies mention their terms of use and may carry a byline; terms pages and posts are made of these.
  score -= Math.min(0.3, Math.max(0, countCues(TERMS_CUES, sample) - 1) * 0.06);
  score -= Math.min(0.3, countCues(ARTICLE_CUES, sample) * (named ? 0.05 : 0.12));
  if (isArticleMeta(doc)) score -= 0.1;
  return Math.max(0, Math.min(1, score));
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}

/** Whether a title or heading mentions a privacy policy by name, anywhere in it. */
function mentionsPolicy(title: string): boolean {
  const text = title.slice(0, 300);
  return PRIVACY_HINT.test(text) && POLICY_NAME.test(text);
}

/** Whether a title or heading is the policy's name (maybe with the site's name), not merely a mention of it. */
export function namesPolicy(title: string): boolean {
  if (!mentionsPolicy(title)) return false;
  for (const part of title.slice(0, 300).split(/\s+[|–—·:-]\s+|\s*[|·]\s*/)) {
    const match = POLICY_NAME.exec(part);
    if (
      match &&
      part.trim().length - match[0].length <= MAX_TITLE_EXTRA_CHARS &&
      !isAboutPolicies(part)
    )
      return true;
  }
  return false;
}

/** "Privacy Policy Generator", "privacy policy examples": the word after the name says the page is about one. */
function isAboutPolicies(text: string): boolean {
  const match = POLICY_NAME.exec(text);
  if (!match) return false;
  const after = match.index + match[0].length;
  // Only the words that continue the name: "Privacy Policy | Example Inc." names the page.
  const rest = text.slice(after, after + 40).split(/[|–—·:(]/)[0] ?? '';
  return ABOUT_A_POLICY.test(rest);
}

function isArticleMeta(doc: Document): boolean {
  const head = doc.head;
  if (!head) return false;
  return (
    head.querySelector(
      'meta[property="article:published_time"], meta[property="og:type"][content="article"]',
    ) !== null
  );
}

/**
 * The first few thousand characters of content text (whitespace as found) and the first h1 and h2, read node by
 * node without recursion, skipping chrome, from the start of the body. Bounded in nodes and characters whatever
 * the page.
 */
function readPageStart(body: Element): { text: string; h1: string | null; h2: string | null } {
  let out = '';
  let h1: string | null = null;
  let h2: string | null = null;
  let visited = 0;
  let node: Node | null = body.firstChild;
  while (node && out.length < SAMPLE_CHARS && visited < SAMPLE_NODES) {
    visited++;
    let descend = false;
    if (node.nodeType === 3) out += `${(node as Text).data.slice(0, SAMPLE_CHARS)} `;
    else if (node.nodeType === 1) {
      const el = node as Element;
      // Lower-case for HTML elements in HTML documents (and in linkedom's); other elements match no chrome.
      const tag = el.localName;
      // An article's own <header> holds its title; the page's <header> holds the site's menus.
      const ownHeader = tag === 'header' && el.closest('main, article, [role="main"]') !== null;
      descend = (ownHeader || !PAGE_CHROME.test(tag)) && !el.hasAttribute('hidden');
      if (tag === 'h1' && h1 === null) h1 = (el.textContent ?? '').slice(0, 300);
      else if (tag === 'h2' && h2 === null) h2 = (el.textContent ?? '').slice(0, 300);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== body && !node.nextSibling) node = node.parentNode;
    if (!node || node === body) break;
    node = node.nextSibling;
  }
  return { text: out, h1, h2 };
}
