import type { Grade, PolicySummary } from '../../lib/schema';

/** A small, schema-valid summary; storage only cares that it round-trips. */
export function makeSummary(grade: Grade = 'B', company = 'Example Co'): PolicySummary {
  return {
    schemaVersion: 1,
    source: { url: 'https://example.com/privacy', title: 'Privacy Policy' },
    company,
    lastUpdated: '2025-01-01',
    isPolicy: true,
    confidence: 0.9,
    language: 'en',
    wordCount: 1200,
    sections: [
      { heading: 'Information we collect', categories: ['collection'], start: 0, end: 40 },
    ],
    dataCollected: [
      { type: 'email', evidence: [{ quote: 'We collect your email address.', start: 0, end: 30 }] },
    ],
    sharing: { sellsData: 'no', recipients: [] },
    retention: [],
    rights: [],
    contacts: { emails: ['privacy@example.com'], phones: [], addresses: [], urls: [] },
    flags: [],
    grade,
  };
}
