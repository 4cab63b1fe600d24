import { describe, expect, it } from 'vitest';
import { corpusTexts } from '../../support/corpus-texts';
import { DATA_TYPE_TERMS } from '../../../lib/analyze/facts/data-type-lexicon';
import { KIND_TERMS } from '../../../lib/analyze/facts/recipient-lexicon';

// Each lexicon entry carries lower-case hints that let the extractor skip its regex on most sentences. A match
// that contains none of its hints would be silently lost, so every match must contain one.
const SAMPLES = [
  'We collect your full name, e-mail address, telephone number, mailing address, social security number and passport.',
  'Your username, password, login credentials, profile picture and preferences; payment card details, bank account and billing address.',
  'Purchase history, order details, transaction records; IP address, Internet Protocol address, device identifiers, IMEI, MAC address.',
  'Browser type, operating system, user agent, screen resolution, cookies, pixel tags, web beacons, clear GIFs, local storage, SDKs.',
  'Pages viewed, clickstream, search queries, browsing history, time spent, session duration, referring URLs, log files, audit logs.',
  'Approximate location, postal code, area code, precise geolocation, GPS, latitude and longitude; age, date of birth, gender, income.',
  'Health data, medical records, fingerprints, facial recognition, LinkedIn, social media profile, messages, correspondence, feedback.',
  'Job title, employer, occupation, CV, résumé, work history, photos, videos, audio recordings, voice recordings.',
  'Service providers, sub-processors, vendors, contractors, analytics providers, advertisers, ad networks, affiliates, subsidiaries.',
  'Law enforcement, court orders, subpoenas, regulators, a merger or acquisition, prospective buyers, visible to the public, third parties.',
];

const entries = [
  ...DATA_TYPE_TERMS.map((t) => ({
    id: `data-type ${t.type}`,
    pattern: t.pattern,
    hints: t.hints,
  })),
  ...KIND_TERMS.map((t) => ({ id: `recipient ${t.kind}`, pattern: t.pattern, hints: t.hints })),
];

describe('lexicon hints cover every match', () => {
  const texts = [...SAMPLES, ...corpusTexts()];
  for (const entry of entries) {
    it(entry.id, () => {
      const regex = new RegExp(entry.pattern, 'gi');
      const misses: string[] = [];
      for (const text of texts) {
        for (const m of text.matchAll(regex)) {
          const found = m[0].toLowerCase();
          if (!entry.hints.some((h) => found.includes(h))) misses.push(m[0]);
        }
      }
      expect(misses).toEqual([]);
    });
  }

  it('the samples exercise every entry', () => {
    for (const entry of entries) {
      const regex = new RegExp(entry.pattern, 'i');
      expect(
        SAMPLES.some((s) => regex.test(s)),
        entry.id,
      ).toBe(true);
    }
  });
});
