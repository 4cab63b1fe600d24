import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

// The fact expectations of the five seed policies, checked on the fact extractors alone (the end-to-end seed
// checks live in tests/eval). Read from ../shared/corpus, never copied into the project.
const SEEDS = path.resolve(import.meta.dirname, '../../../../shared/corpus/seeds');
const present = existsSync(SEEDS);
if (!present) console.warn(`facts seeds.test: skipped, no corpus at ${SEEDS}`);

interface Expected {
  file: string;
  company: { accept: (string | null)[] };
  lastUpdated: string | null;
  contacts: { emails: string[]; phones: string[]; addressesContain: string[] };
  dataCollected: { must: string[]; mustNot: string[] };
  sellsData: string;
  recipients: { namedMust: string[]; kindsMust: string[]; kindsMustNot: string[] };
  retention: {
    durationsDays: number[];
    durationsDaysOptional?: number[];
    indefinite: boolean;
    asLongAsNecessary: boolean;
  };
  rights: { must: string[]; mustNot: string[] };
}

const seeds = present
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.expected.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(SEEDS, f), 'utf8')) as Expected)
  : [];

describe.skipIf(!present)('fact extractors meet the seed expectations', () => {
  for (const expected of seeds) {
    describe(expected.file, () => {
      const doc = buildDocument({ text: readFileSync(path.join(SEEDS, expected.file), 'utf8') });

      it('company and lastUpdated', () => {
        expect(expected.company.accept).toContain(extractCompany(doc));
        expect(extractLastUpdated(doc)).toBe(expected.lastUpdated);
      });

      it('contacts', () => {
        const contacts = extractContacts(doc);
        expect(contacts.emails.map((e) => e.toLowerCase()).sort()).toEqual(
          expected.contacts.emails.map((e) => e.toLowerCase()).sort(),
        );
        expect([...contacts.phones].sort()).toEqual([...expected.contacts.phones].sort());
        for (const fragment of expected.contacts.addressesContain) {
          expect(
            contacts.addresses.some((a) => a.includes(fragment)),
            fragment,
          ).toBe(true);
        }
      });

      it('data collected', () => {
        const types = extractDataTypes(doc).map((d) => d.type as string);
        expect(types).toEqual(expect.arrayContaining(expected.dataCollected.must));
        for (const t of expected.dataCollected.mustNot) expect(types, t).not.toContain(t);
      });

      it('sells data', () => {
        expect(extractSellsData(doc).value).toBe(expected.sellsData);
      });

      it('recipients', () => {
        const recipients = extractRecipients(doc);
        const kinds = new Set(recipients.map((r) => r.kind as string));
        const names = recipients.flatMap((r) => (r.name ? [r.name.toLowerCase()] : []));
        for (const name of expected.recipients.namedMust)
          expect(names, name).toContain(name.toLowerCase());
        for (const k of expected.recipients.kindsMust) expect(kinds.has(k), k).toBe(true);
        for (const k of expected.recipients.kindsMustNot) expect(kinds.has(k), k).toBe(false);
      });

      it('retention', () => {
        const retention = extractRetention(doc);
        const optional = new Set(expected.retention.durationsDaysOptional ?? []);
        const days = [
          ...new Set(
            retention.flatMap((r) => (r.period.kind === 'duration' ? [r.period.days] : [])),
          ),
        ].filter((d) => !optional.has(d) || expected.retention.durationsDays.includes(d));
        expect(days.sort((a, b) => a - b)).toEqual(expected.retention.durationsDays);
        expect(retention.some((r) => r.period.kind === 'indefinite')).toBe(
          expected.retention.indefinite,
        );
        expect(retention.some((r) => r.period.kind === 'as-long-as-necessary')).toBe(
          expected.retention.asLongAsNecessary,
        );
      });

      it('rights', () => {
        const rights = extractRights(doc).map((r) => r.right as string);
        expect(rights).toEqual(expect.arrayContaining(expected.rights.must));
        for (const r of expected.rights.mustNot) expect(rights, r).not.toContain(r);
      });
    });
  }
});
