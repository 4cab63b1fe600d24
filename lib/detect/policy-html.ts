import { layoutBlocks } from '../analyze/normalize';
import { buildSections } from '../analyze/sections';
import type { PolicyDocument } from '../analyze/types';
import { extractBlocks } from '../extract/dom';
import { parseHtml } from '../extract/html-node';
import { detectLanguage } from './language';
import { scorePolicyPage, namesPolicy } from './page';
import { scorePolicyText } from './policy-text';

// Node only (the CLI's `detect --jsonl`): a whole web page, judged twice: by the cheap page detector the
// extension runs everywhere (URL, title, headings, footer) and by the text scorer on the extracted main content.

/** Stands in for a missing URL: it carries no path signal either way. */
const NO_URL = 'https://unknown.invalid/';
const THRESHOLD = 0.5;
/** Score for a non-English page whose title or main heading is a policy's name in its language. */
const NAMED_FOREIGN_POLICY = 0.75;
/** Below this, the extracted text is too thin to judge. */
const MIN_TEXT_WORDS = 40;

export function detectPolicyHtml(
  html: string,
  url?: string | null,
): { isPolicy: boolean; score: number } {
  try {
    const doc = parseHtml(html);
    const pageUrl = parseUrl(url);
    const page = scorePolicyPage(doc, pageUrl);
    const { text, blocks } = layoutBlocks(extractBlocks(doc));
    const { sections } = buildSections(blocks);
    const policyDoc: PolicyDocument = {
      text,
      blocks,
      sections,
      sentences: [],
      url: url ?? null,
      title: doc.title || null,
    };
    const language = detectLanguage(text);
    let score: number;
    if (countWords(text) < MIN_TEXT_WORDS) {
      // A script-rendered shell (title and URL, no text yet): only the page's own signals can speak.
      score = page.score;
    } else if (language !== 'en' && language !== 'und') {
      // The text scorer knows English vocabulary only; elsewhere the page's own name decides, with its signals.
      const heading = blocks.find((b) => b.kind === 'heading')?.text ?? '';
      const named = [doc.title ?? '', heading].some((t) => namesPolicy(t));
      score = Math.max(page.score, named ? NAMED_FOREIGN_POLICY : 0);
    } else {
      const byText = scorePolicyText(policyDoc);
      // The text scorer reads everything (with title and URL); the page detector can only vouch for it, as when
      // extraction missed the content of a page whose title, URL and footer all say "privacy policy".
      score = Math.max(byText.confidence, (byText.confidence + page.score) / 2);
    }
    score = Math.round(score * 1000) / 1000;
    return { isPolicy: score >= THRESHOLD, score };
  } catch {
    return { isPolicy: false, score: 0 };
  }
}

function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(/\S+/g)) if (++count >= MIN_TEXT_WORDS) break;
  return count;
}

function parseUrl(url: string | null | undefined): URL {
  try {
    return new URL(url ?? NO_URL);
  } catch {
    return new URL(NO_URL);
  }
}
