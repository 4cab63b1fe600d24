import {
  policySummarySchema,
  SCHEMA_VERSION,
  type AnalyzeInput,
  type PolicySummary,
} from '../schema';
import { extractBlocksFromText } from '../extract/text';
import { detectLanguage } from '../detect/language';
import { SAMPLE_CHARS, scorePolicyText } from '../detect/policy-text';
import { evaluateFlags } from '../flags';
import { classifySections } from './classify/index';
import { extractCompany } from './facts/company';
import { extractContacts } from './facts/contacts';
import { extractDataTypes } from './facts/data-types';
import { extractLastUpdated } from './facts/dates';
import { extractRecipients } from './facts/recipients';
import { extractRetention } from './facts/retention';
import { extractRights } from './facts/rights';
import { extractSellsData } from './facts/sells-data';
import { computeGrade } from './grade';
import { countWordsAndPrefix, layoutBlocks } from './normalize';
import { buildSections } from './sections';
import { splitSentences } from './sentences';
import type { Facts, PolicyDocument } from './types';

export type { PolicyDocument, Facts } from './types';

/** Builds the engine's picture of a policy: normalised text, blocks, sections and sentences. */
export function buildDocument(input: Omit<AnalyzeInput, 'html'>): PolicyDocument {
  const rawBlocks = input.blocks ?? extractBlocksFromText(input.text ?? '');
  const { text, blocks } = layoutBlocks(rawBlocks);
  const { sections, sectionOfBlock } = buildSections(blocks);
  const sentences = splitSentences(blocks, sectionOfBlock);
  return { text, blocks, sections, sentences, url: input.url ?? null, title: input.title ?? null };
}

/**
 * The whole pipeline: pure, deterministic, never throws on any string input.
 * HTML is turned into blocks by the caller (lib/extract with the browser's DOM or linkedom).
 */
export function analyzePolicy(input: Omit<AnalyzeInput, 'html'>): PolicySummary {
  const doc = buildDocument(input);
  const language = detectLanguage(doc.text);
  // One count serves the summary and the policy score's sample (see countWordsAndPrefix).
  const words = countWordsAndPrefix(doc.text, SAMPLE_CHARS);
  const wordCount = words.total;
  const english = language === 'en';
  const { isPolicy, confidence } = english
    ? scorePolicyText(doc, words.prefix)
    : { isPolicy: false, confidence: 0 };
  if (english) classifySections(doc);
  // Non-English text is reported as such, not guessed at: no facts are extracted from it.
  const sells = english ? extractSellsData(doc) : { value: 'not-stated' as const, evidence: [] };
  const facts: Facts = {
    schemaVersion: SCHEMA_VERSION,
    source: { url: doc.url, title: doc.title },
    company: english ? extractCompany(doc) : null,
    lastUpdated: english ? extractLastUpdated(doc) : null,
    isPolicy,
    confidence,
    language,
    wordCount,
    sections: doc.sections.map(({ heading, categories, start, end }) => ({
      heading,
      categories,
      start,
      end,
    })),
    dataCollected: english ? extractDataTypes(doc) : [],
    sharing: { sellsData: sells.value, recipients: english ? extractRecipients(doc) : [] },
    retention: english ? extractRetention(doc) : [],
    rights: english ? extractRights(doc) : [],
    contacts: english ? extractContacts(doc) : { emails: [], phones: [], addresses: [], urls: [] },
  };
  const flags = english && isPolicy ? evaluateFlags(doc, facts) : [];
  return policySummarySchema.parse({ ...facts, flags, grade: computeGrade(flags) });
}
