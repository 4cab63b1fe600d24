import { layoutBlocks } from '../analyze/normalize';
import { buildSections } from '../analyze/sections';
import type { PolicyDocument } from '../analyze/types';
import { extractBlocks } from '../extract/dom';
import { parseHtml } from '../extract/html-node';
import { scorePolicyPage } from './page';
import { scorePolicyText } from './policy-text';

// Node only (the CLI's `detect --jsonl`): a whole web page, judged twice — by the cheap page detector the
// extension runs everywhere (URL, title, headings, footer) and by the text scorer on the extracted main content.

/** Stands in for a missing URL: it carries no path signal either way. */
const NO_URL = 'https://unknown.invalid/';
const PAGE_WEIGHT = 0.4;
const THRESHOLD = 0.5;

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
    const byText = scorePolicyText(policyDoc);
    const score =
      Math.round((PAGE_WEIGHT * page.score + (1 - PAGE_WEIGHT) * byText.confidence) * 1000) / 1000;
    return { isPolicy: score >= THRESHOLD, score };
  } catch {
    return { isPolicy: false, score: 0 };
  }
}

function parseUrl(url: string | null | undefined): URL {
  try {
    return new URL(url ?? NO_URL);
  } catch {
    return new URL(NO_URL);
  }
}
