import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../lib/compare/merge';
import { MAX_VERSIONS_PER_SITE, type SiteRecord } from '../../lib/schema';
import { DAY, makeSummary, record, version } from './fixtures';

const v = (hash: string, day: number, grade: 'A' | 'B' | 'C' = 'B') =>
  version(makeSummary({ grade }), hash, day * DAY);

describe('mergeRecords', () => {
  it('adds sites that were not stored and keeps stored sites the file lacks', () => {
    const stored = [record('a.example', [v('a1', 1)])];
    const incoming = [record('b.example', [v('b1', 2)])];
    const r = mergeRecords(stored, incoming);
    expect(r.records.map((x) => x.site)).toEqual(['a.example', 'b.example']);
    expect(r.addedSites).toEqual(['b.example']);
    expect(r.addedVersions).toBe(1);
  });

  it('for the same site the newer version becomes current and older ones are kept', () => {
    const stored = [record('a.example', [v('a2', 5), v('a1', 1)])];
    const incoming = [record('a.example', [v('a3', 9, 'A'), v('a1', 1)])];
    const r = mergeRecords(stored, incoming);
    expect(r.records[0]!.versions.map((x) => x.contentHash)).toEqual(['a3', 'a2', 'a1']);
    expect(r.updatedSites).toEqual(['a.example']);
    expect(r.addedVersions).toBe(1);
  });

  it('keeps the stored current version when the file only has older ones', () => {
    const stored = [record('a.example', [v('a3', 9), v('a1', 1)])];
    const incoming = [record('a.example', [v('a2', 5)])];
    const r = mergeRecords(stored, incoming);
    expect(r.records[0]!.versions.map((x) => x.contentHash)).toEqual(['a3', 'a2', 'a1']);
    expect(r.updatedSites).toEqual([]);
  });

  it('keeps the stored copy of content both sides hold', () => {
    const stored = [
      record('a.example', [version(makeSummary({ company: 'Stored Co' }), 'a1', DAY)]),
    ];
    const incoming = [
      record('a.example', [version(makeSummary({ company: 'Imported Co' }), 'a1', 3 * DAY)]),
    ];
    const r = mergeRecords(stored, incoming);
    expect(r.records[0]!.versions).toHaveLength(1);
    expect(r.records[0]!.versions[0]!.summary.company).toBe('Stored Co');
    expect(r.addedVersions).toBe(0);
  });

  it('treats "www." and case variants of a site as the same site', () => {
    const r = mergeRecords(
      [record('a.example', [v('a1', 1)])],
      [record('WWW.A.example', [v('a2', 2)])],
    );
    expect(r.records).toHaveLength(1);
    expect(r.records[0]!.versions.map((x) => x.contentHash)).toEqual(['a2', 'a1']);
  });

  it('caps versions per site at the limit, dropping the oldest and saying how many', () => {
    const stored = [
      record(
        'a.example',
        Array.from({ length: 10 }, (_, i) => v(`s${i}`, 100 - i)),
      ),
    ];
    const incoming = [record('a.example', [v('new1', 200), v('new2', 201)])];
    const r = mergeRecords(stored, incoming);
    expect(r.records[0]!.versions).toHaveLength(MAX_VERSIONS_PER_SITE);
    expect(r.records[0]!.versions[0]!.contentHash).toBe('new2');
    expect(r.droppedVersions).toBe(2);
    expect(r.records[0]!.versions.map((x) => x.contentHash)).not.toContain('s9');
  });

  it('keeps the furthest seen mark of either side so a seen change does not reappear', () => {
    const stored = [record('a.example', [v('a2', 5), v('a1', 1)], 'a1')];
    const incoming = [record('a.example', [v('a2', 5), v('a1', 1)], 'a2')];
    expect(mergeRecords(stored, incoming).records[0]!.seenHash).toBe('a2');
    expect(mergeRecords(incoming, stored).records[0]!.seenHash).toBe('a2');
  });

  const recordArb: fc.Arbitrary<SiteRecord> = fc
    .record({
      site: fc.constantFrom('a.example', 'b.example', 'c.example'),
      hashes: fc.uniqueArray(fc.constantFrom('h1', 'h2', 'h3', 'h4', 'h5', 'h6'), {
        minLength: 1,
        maxLength: 6,
      }),
      seen: fc.boolean(),
    })
    .map(({ site, hashes, seen }) =>
      record(
        site,
        hashes.map((h) => v(h, Number(h.slice(1)))),
        seen ? hashes[hashes.length - 1]! : null,
      ),
    );
  const storeArb = fc.uniqueArray(recordArb, { selector: (r) => r.site, maxLength: 3 });

  it('never loses a stored site or version (under the limit) and is idempotent', () => {
    fc.assert(
      fc.property(storeArb, storeArb, (stored, incoming) => {
        const merged = mergeRecords(stored, incoming).records;
        for (const s of stored) {
          const m = merged.find((x) => x.site === s.site);
          expect(m).toBeDefined();
          for (const ver of s.versions)
            expect(m!.versions.map((x) => x.contentHash)).toContain(ver.contentHash);
        }
        for (const m of merged) {
          const times = m.versions.map((x) => x.analyzedAt);
          expect(times).toEqual([...times].sort((a, b) => b - a));
          expect(new Set(m.versions.map((x) => x.contentHash)).size).toBe(m.versions.length);
        }
        expect(mergeRecords(merged, incoming).records).toEqual(merged);
        expect(mergeRecords(merged, merged).addedVersions).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
