import type { Evidence, PolicySummary, SiteRecord, StoredVersion } from '../../lib/schema';

// Hand-written summaries for the comparison tests: small, invented policies, not corpus text.

let cursor = 0;
export function ev(quote: string): Evidence {
  const start = cursor;
  cursor += quote.length + 2;
  return { quote, start, end: start + quote.length };
}

export function makeSummary(overrides: Partial<PolicySummary> = {}): PolicySummary {
  return {
    schemaVersion: 1,
    source: { url: 'https://shop.example/privacy', title: 'Privacy Notice' },
    company: 'Example Shop Ltd',
    lastUpdated: '2025-03-01',
    isPolicy: true,
    confidence: 0.9,
    language: 'en',
    wordCount: 2300,
    sections: [],
    dataCollected: [
      { type: 'email', evidence: [ev('We collect your email address when you sign up.')] },
    ],
    sharing: {
      sellsData: 'no',
      recipients: [
        {
          name: null,
          kind: 'service-provider',
          evidence: [ev('We use service providers to host our site.')],
        },
      ],
    },
    retention: [
      {
        subject: 'order records',
        period: { kind: 'duration', days: 30 },
        evidence: [ev('We keep order records for 30 days.')],
      },
    ],
    rights: [{ right: 'access', evidence: [ev('You can ask for a copy of your data.')] }],
    contacts: { emails: ['privacy@shop.example'], phones: [], addresses: [], urls: [] },
    flags: [],
    grade: 'B',
    ...overrides,
  };
}

export function version(
  summary: PolicySummary,
  contentHash: string,
  analyzedAt: number,
): StoredVersion {
  return {
    contentHash,
    url: summary.source.url ?? 'https://shop.example/privacy',
    analyzedAt,
    summary,
  };
}

export function record(
  site: string,
  versions: StoredVersion[],
  seenHash: string | null = null,
): SiteRecord {
  return { site, versions, seenHash: seenHash ?? versions[0]?.contentHash ?? null };
}

export const DAY = 86_400_000;
