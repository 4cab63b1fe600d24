import { analyzePolicy, buildDocument } from '../lib/analyze';
import { classifySections } from '../lib/analyze/classify';
import { extractCompany } from '../lib/analyze/facts/company';
import { extractContacts } from '../lib/analyze/facts/contacts';
import { extractDataTypes } from '../lib/analyze/facts/data-types';
import { extractLastUpdated } from '../lib/analyze/facts/dates';
import { extractRecipients } from '../lib/analyze/facts/recipients';
import { extractRetention } from '../lib/analyze/facts/retention';
import { extractRights } from '../lib/analyze/facts/rights';
import { extractSellsData } from '../lib/analyze/facts/sells-data';
import { sentenceInfos } from '../lib/analyze/facts/sentence-context';
import type { Facts, PolicyDocument } from '../lib/analyze/types';
import { detectLanguage } from '../lib/detect/language';
import { scorePolicyText } from '../lib/detect/policy-text';
import { evaluateFlags } from '../lib/flags';
import { policySummarySchema } from '../lib/schema';
import { sentenceLiterals } from '../lib/text/sentence-literals';

// Where the time goes, stage by stage, so a stage over its share of the budget is easy to find.
// Mirrors the order of lib/analyze/index.ts; each stage is timed on its own over a prepared document.

type Stage = [name: string, run: (doc: PolicyDocument, facts: Facts) => unknown];

export const STAGES: readonly Stage[] = [
  ['language', (doc) => detectLanguage(doc.text)],
  ['policy-text score', (doc) => scorePolicyText(doc)],
  ['classify sections', (doc) => classifySections(doc)],
  ['company', (doc) => extractCompany(doc)],
  ['last updated', (doc) => extractLastUpdated(doc)],
  ['data types', (doc) => extractDataTypes(doc)],
  ['sells data', (doc) => extractSellsData(doc)],
  ['recipients', (doc) => extractRecipients(doc)],
  ['retention', (doc) => extractRetention(doc)],
  ['rights', (doc) => extractRights(doc)],
  ['contacts', (doc) => extractContacts(doc)],
  ['flags', (doc, facts) => evaluateFlags(doc, facts)],
];

export function timeStages(
  text: string,
  median: (runs: number, warmup: number, fn: () => unknown) => number,
): [string, number][] {
  const rows: [string, number][] = [
    ['build document', median(11, 3, () => buildDocument({ text }))],
  ];
  // Per-document indexes the extractors share (sentence context, the literal index): in the pipeline the first
  // stage to ask pays for them; here they are a row of their own and built beforehand for every stage's document,
  // so that no stage is charged for them and the rows add up to the pipeline.
  const fresh = Array.from({ length: 14 }, () => buildDocument({ text }));
  let f = 0;
  rows.push([
    'shared indexes',
    median(11, 3, () => {
      const doc = fresh[f++]!;
      sentenceInfos(doc);
      sentenceLiterals(doc);
    }),
  ]);
  const facts: Facts = analyzePolicy({ text });
  let classified = false;
  for (const [name, run] of STAGES) {
    // A fresh document per run: some stages cache per document, and the pipeline never reuses one. Stages after
    // the classifier get classified documents, as in the pipeline: some read the section labels, and timing them
    // on unlabelled sections measured a different (and much slower) path.
    const labelled = classified;
    const docs = Array.from({ length: 14 }, () => {
      const doc = buildDocument({ text });
      if (labelled) classifySections(doc);
      sentenceInfos(doc);
      sentenceLiterals(doc);
      return doc;
    });
    if (name === 'classify sections') classified = true;
    let i = 0;
    rows.push([name, median(11, 3, () => run(docs[i++]!, facts))]);
  }
  const summary = analyzePolicy({ text });
  rows.push(['validate summary', median(11, 3, () => policySummarySchema.parse(summary))]);
  return rows;
}
