import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/analyze';
import { extractCompany } from '../../../lib/analyze/facts/company';
import { extractContacts } from '../../../lib/analyze/facts/contacts';
import { extractDataTypes } from '../../../lib/analyze/facts/data-types';
import { extractLastUpdated } from '../../../lib/analyze/facts/dates';
import { extractRecipients } from '../../../lib/analyze/facts/recipients';
import { extractRetention } from '../../../lib/analyze/facts/retention';
import { extractRights } from '../../../lib/analyze/facts/rights';
import { extractSellsData } from '../../../lib/analyze/facts/sells-data';
import type { PolicyDocument } from '../../../lib/analyze/types';

function extractAll(doc: PolicyDocument) {
  return {
    company: extractCompany(doc),
    lastUpdated: extractLastUpdated(doc),
    contacts: extractContacts(doc),
    dataCollected: extractDataTypes(doc),
    recipients: extractRecipients(doc),
    sells: extractSellsData(doc),
    retention: extractRetention(doc),
    rights: extractRights(doc),
  };
}

/** Time of the extractors alone on an already built document; best of a few runs, as the CI machine is shared. */
function timeExtractors(doc: PolicyDocument): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    extractAll(doc);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const POLICY_PARAGRAPHS = [
  'We collect your name, email address, phone number and postal address when you register. We may collect your IP address, browser type and pages viewed.',
  'We share personal information with service providers who host our site, and with Google Analytics. We do not sell your personal information.',
  'We retain account data for as long as your account is active and delete log files after 90 days. Backups are kept for 30 days.',
  'You have the right to access, correct or delete your personal data, to object to processing and to lodge a complaint with a supervisory authority.',
  'You can unsubscribe from marketing emails at any time. Contact privacy@example.com or call +1 (555) 010-0200.',
];

describe('fact extractors on hostile input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    [
      'binary garbage',
      String.fromCharCode(...Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 65_536)),
    ],
    ['one 200,000-character word', 'a'.repeat(200_000)],
    ['a 200,000-digit run', '1'.repeat(200_000)],
    [
      '10,000 headings',
      Array.from({ length: 10_000 }, (_, i) => `# ${i}. Heading about data retention`).join('\n'),
    ],
    ['repeated colons and bullets', ':\n- '.repeat(20_000)],
    ['an address-like run', '12 A B C D E '.repeat(10_000)],
  ])('%s: never throws and stays fast', (_label, text) => {
    const doc = buildDocument({ text });
    expect(() => extractAll(doc)).not.toThrow();
    expect(timeExtractors(doc)).toBeLessThan(2_000);
  });

  it('a 5 MB policy is handled in linear time', () => {
    const text = Array.from(
      { length: 37_000 },
      (_, i) => POLICY_PARAGRAPHS[i % POLICY_PARAGRAPHS.length],
    ).join('\n\n');
    expect(text.length).toBeGreaterThan(5_000_000);
    const doc = buildDocument({ text });
    const result = extractAll(doc);
    expect(result.dataCollected.length).toBeGreaterThan(3);
    expect(result.dataCollected.every((d) => d.evidence.length <= 3)).toBe(true);
  }, 60_000);

  it('a 10,000-word policy costs a few tens of milliseconds at most', () => {
    const text = Array.from(
      { length: 450 },
      (_, i) => POLICY_PARAGRAPHS[i % POLICY_PARAGRAPHS.length],
    ).join('\n\n');
    const doc = buildDocument({ text });
    expect(doc.text.split(/\s+/).length).toBeGreaterThan(10_000);
    // The budget is ~15 ms on an idle machine; this bound only catches super-linear blow-ups, because test
    // machines are shared and a loaded one is several times slower.
    expect(timeExtractors(doc)).toBeLessThan(500);
  });
});
