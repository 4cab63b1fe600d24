import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { SCHEMA_VERSION, siteRecordSchema } from '../../lib/schema';
import { makeSummary } from './summary-fixture';

// Records whose summaries were written before the contract's schemaVersion 1 (tests/fixtures/storage/
// pre-schema-summaries-local.json, hand-written in the shape pre-release builds stored) are migrated as they are read.

// WXT's storage and i18n read the global `chrome` when first imported: install the fake first, then import.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let store: typeof import('../../lib/storage');
let findSiteChange: typeof import('../../lib/compare/changes').findSiteChange;

beforeAll(async () => {
  store = await import('../../lib/storage');
  ({ findSiteChange } = await import('../../lib/compare/changes'));
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const FIXTURE = path.resolve(
  import.meta.dirname,
  '../fixtures/storage/pre-schema-summaries-local.json',
);
const raw = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

describe('reading records from an older summary schema', () => {
  it('the fixture really is from an older schema: the current shape refuses it', () => {
    for (const value of Object.values(raw()))
      expect(siteRecordSchema.safeParse(value).success).toBe(false);
  });

  it('migrates each summary on read, recording what had to be filled in, and drops what cannot be', async () => {
    await fakeBrowser.storage.local.set(raw());
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const old = await store.getSite('oldshop.example');
    expect(old).not.toBeNull();
    expect(siteRecordSchema.parse(old)).toEqual(old);
    // The second version has no grade: it cannot be migrated without inventing one, so it is left out (and said so).
    expect(old!.versions.map((v) => v.contentHash)).toEqual(['a1c0ffee']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/1 saved version.*oldshop\.example/));
    const v = old!.versions[0]!;
    expect(v.summary.schemaVersion).toBe(SCHEMA_VERSION);
    expect(v.summary.grade).toBe('B');
    expect(v.summary.dataCollected.map((d) => d.type)).toEqual(['email']);
    expect(v.summary.sharing).toEqual({ sellsData: 'no', recipients: [] });
    expect(v.migration?.fromSchemaVersion).toBe(0);
    expect([...v.migration!.filled].sort()).toEqual(
      ['contacts', 'flags', 'lastUpdated', 'retention', 'sections', 'sharing.recipients'].sort(),
    );
    expect(old!.seenHash).toBeNull();
  });

  it('lists migrated sites with the others', async () => {
    await fakeBrowser.storage.local.set(raw());
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await store.listSites()).map((r) => r.site).sort()).toEqual([
      'mixed.example',
      'oldshop.example',
    ]);
  });

  it('compares a migrated version only on what it recorded', async () => {
    await fakeBrowser.storage.local.set(raw());
    const mixed = (await store.getSite('mixed.example'))!;
    expect(mixed.versions[0]!.migration).toBeUndefined();
    expect(mixed.versions[1]!.migration?.filled).toContain('flags');
    const change = findSiteChange(mixed)!;
    expect(change.unseen).toBe(true);
    expect(change.diff.sellsData).toEqual({ before: 'no', after: 'yes' });
    expect(change.diff.grade).toEqual({ before: 'B', after: 'E' });
    // The old summary kept no flags or recipients: "Sells your data" is not reported as newly added.
    expect(change.diff.flags.added).toEqual([]);
    expect(change.diff.recipients.added).toEqual([]);
    expect(change.diff.notCompared).toEqual(
      expect.arrayContaining(['flags', 'sharing.recipients', 'retention']),
    );
  });

  it('writes the migrated shape back when the site is next saved, keeping the migration note', async () => {
    await fakeBrowser.storage.local.set(raw());
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await store.saveAnalysis({
      site: 'mixed.example',
      url: 'https://mixed.example/privacy',
      contentHash: 'c3newer0',
      summary: makeSummary('C', 'Mixed Co'),
      analyzedAt: 1760000000000,
    });
    const stored = (await fakeBrowser.storage.local.get('site:mixed.example'))[
      'site:mixed.example'
    ];
    const parsed = siteRecordSchema.parse(stored);
    expect(parsed.versions.map((v) => v.contentHash)).toEqual(['c3newer0', 'c3new000', 'c3old000']);
    expect(parsed.versions[2]!.summary.schemaVersion).toBe(SCHEMA_VERSION);
    expect(parsed.versions[2]!.migration?.filled).toContain('flags');
  });
});
