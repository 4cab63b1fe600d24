import { describe, expect, it } from 'vitest';
import { parseImport, serializeExport } from '../../lib/compare/import';
import { migrateSiteRecord, migrateSummary } from '../../lib/compare/migrate';
import { DAY, makeSummary, record, version } from './fixtures';

const records = [
  record(
    'a.example',
    [version(makeSummary({ grade: 'A' }), 'a2', 9 * DAY), version(makeSummary(), 'a1', DAY)],
    'a1',
  ),
  record('b.example', [version(makeSummary({ company: 'B Corp' }), 'b1', 2 * DAY)]),
];

describe('parseImport', () => {
  it('round-trips an export', () => {
    const result = parseImport(serializeExport(records, 12345));
    expect(result).toEqual({
      ok: true,
      migratedVersions: 0,
      file: { format: 'policylens-export', storeVersion: 1, exportedAt: 12345, sites: records },
    });
  });

  it.each([
    ['', /empty/],
    ['{not json', /not JSON/],
    ['[1,2,3]', /not a PolicyLens export/],
    ['{"format":"someone-else","sites":[]}', /not a PolicyLens export/],
    [
      '{"format":"policylens-export","storeVersion":7,"exportedAt":1,"sites":[]}',
      /newer PolicyLens/,
    ],
  ])('rejects %j with a clear message', (text, message) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(/Nothing was imported/);
    }
  });

  it('names where a damaged file is wrong', () => {
    const file = JSON.parse(serializeExport(records, 1));
    file.sites[1].versions[0].summary.grade = 'Z';
    file.sites[0].versions = [];
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('sites[1].versions[0].summary.grade');
      expect(result.error).toContain('sites[0].versions');
    }
  });

  it('rejects summaries from a newer schema', () => {
    const file = JSON.parse(serializeExport(records, 1));
    file.sites[0].versions[0].summary.schemaVersion = 2;
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/newer PolicyLens/);
  });

  it('migrates summaries written before schemaVersion 1 and counts them', () => {
    const file = JSON.parse(serializeExport(records, 1));
    const old = file.sites[1].versions[0].summary;
    delete old.schemaVersion;
    delete old.rights;
    delete old.sharing.recipients;
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.migratedVersions).toBe(1);
      const s = result.file.sites[1]!.versions[0]!.summary;
      expect(s.schemaVersion).toBe(1);
      expect(s.rights).toEqual([]);
      expect(s.sharing.recipients).toEqual([]);
      expect(s.company).toBe('B Corp');
      // The filled-in fields are remembered, so the diff and the comparison call them not known.
      expect(result.file.sites[1]!.versions[0]!.migration).toEqual({
        fromSchemaVersion: 0,
        filled: expect.arrayContaining(['rights', 'sharing.recipients']),
      });
      expect(result.file.sites[0]!.versions[0]!.migration).toBeUndefined();
    }
  });
});

describe('migrateSummary', () => {
  it('reports what it filled in and never invents a grade', () => {
    const { schemaVersion: _v, flags: _f, ...old } = makeSummary();
    const result = migrateSummary(old);
    expect(result.ok && result.filled).toEqual(['flags']);
    const { grade: _g, ...noGrade } = old;
    expect(migrateSummary(noGrade).ok).toBe(false);
  });
});

describe('migrateSiteRecord', () => {
  const current = version(makeSummary({ grade: 'A' }), 'h2', 9 * DAY);
  const { schemaVersion: _v, rights: _r, ...oldSummary } = makeSummary({ grade: 'C' });
  const old = { ...version(makeSummary(), 'h1', DAY), summary: oldSummary };

  it('upgrades old versions and keeps current ones', () => {
    const result = migrateSiteRecord({
      site: 'a.example',
      versions: [current, old],
      seenHash: 'h1',
    })!;
    expect(result.migrated).toBe(1);
    expect(result.dropped).toBe(0);
    expect(
      result.record.versions.map((v) => [v.contentHash, v.summary.schemaVersion, v.summary.grade]),
    ).toEqual([
      ['h2', 1, 'A'],
      ['h1', 1, 'C'],
    ]);
  });

  it('drops only the versions it cannot read, and gives up when none is left', () => {
    const broken = { ...old, summary: { ...oldSummary, grade: 'Z' } };
    expect(
      migrateSiteRecord({ site: 'a.example', versions: [current, broken], seenHash: null }),
    ).toMatchObject({
      migrated: 0,
      dropped: 1,
    });
    expect(migrateSiteRecord({ site: 'a.example', versions: [broken], seenHash: null })).toBeNull();
    expect(migrateSiteRecord('nonsense')).toBeNull();
  });
});
