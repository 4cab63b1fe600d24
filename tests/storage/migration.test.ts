import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { siteRecordSchema } from '../../lib/schema';
import { makeSummary } from './summary-fixture';

// WXT's storage reads the global `chrome` when it is first imported: install the fake first, then import.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let store: typeof import('../../lib/storage');
let sites: typeof import('../../lib/storage/sites');

beforeAll(async () => {
  store = await import('../../lib/storage');
  sites = await import('../../lib/storage/sites');
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const fixtureDir = path.resolve(import.meta.dirname, '../fixtures/storage');
const fixturePath = (version: number) => path.join(fixtureDir, `v${version}-local.json`);

/** Raw chrome.storage.local contents as a given storage version wrote them. */
function rawFixture(version: number): Record<string, unknown> {
  return JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Record<string, unknown>;
}

const siteEntries = (raw: Record<string, unknown>) =>
  Object.entries(raw).filter(([key]) => key.startsWith('site:') && !key.endsWith('$'));

describe('storage upgrades', () => {
  it('has a migration step for every version after the first, and a raw fixture for every version', () => {
    const steps = Object.keys(sites.SITE_MIGRATIONS).map(Number);
    const expected = Array.from({ length: sites.SITE_ITEM_VERSION - 1 }, (_, i) => i + 2);
    expect(steps.sort((a, b) => a - b)).toEqual(expected);
    for (let v = 1; v <= sites.SITE_ITEM_VERSION; v++)
      expect(existsSync(fixturePath(v))).toBe(true);
  });

  for (let version = 1; version <= 1; version++) {
    it(`reads every entry written by storage version ${version} through the current code`, async () => {
      const raw = rawFixture(version);
      expect(siteEntries(raw).length).toBeGreaterThanOrEqual(3);
      await fakeBrowser.storage.local.set(raw);
      const warn = vi.spyOn(console, 'warn');
      const listed = await store.listSites();
      expect(warn).not.toHaveBeenCalled();
      expect(listed.map((r) => r.site).sort()).toEqual(
        siteEntries(raw)
          .map(([key]) => key.slice('site:'.length))
          .sort(),
      );
      for (const record of listed) {
        expect(siteRecordSchema.parse(record)).toEqual(record);
        const stored = raw[`site:${record.site}`] as { versions: unknown[] };
        expect(record.versions).toHaveLength(stored.versions.length);
      }
      expect(await store.getSettings()).toEqual({ paused: false });
    });

    it(`keeps the other entries of a version ${version} store when a new analysis is saved`, async () => {
      const raw = rawFixture(version);
      await fakeBrowser.storage.local.set(raw);
      const before = await store.listSites();
      await store.saveAnalysis({
        site: 'shop.example',
        url: 'https://shop.example/privacy',
        contentHash: 'new-text',
        summary: makeSummary('A'),
        analyzedAt: 1763800000000,
      });
      const after = await store.listSites();
      expect(after).toHaveLength(before.length);
      const shop = after.find((r) => r.site === 'shop.example')!;
      expect(shop.versions.map((v) => v.contentHash)).toEqual([
        'new-text',
        ...before.find((r) => r.site === 'shop.example')!.versions.map((v) => v.contentHash),
      ]);
      for (const record of before.filter((r) => r.site !== 'shop.example')) {
        expect(after).toContainEqual(record);
      }
    });
  }
});

describe('corrupt and foreign values', () => {
  it('skips each bad entry with a note and keeps every good one', async () => {
    const raw = rawFixture(1);
    await fakeBrowser.storage.local.set({
      ...raw,
      'site:null.example': null,
      'site:string.example': '<script>alert(1)</script>',
      'site:array.example': [1, 2, 3],
      'site:wrong-shape.example': { site: 'wrong-shape.example', versions: [{ contentHash: 1 }] },
      'site:no-versions.example': { site: 'no-versions.example', versions: [], seenHash: null },
      'site:bad-summary.example': {
        site: 'bad-summary.example',
        versions: [{ contentHash: 'x', url: 'u', analyzedAt: 1, summary: { grade: 'Z' } }],
        seenHash: null,
      },
      'someone-else:key': { anything: true },
      unrelated: 'value',
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const listed = await store.listSites();
    expect(listed.map((r) => r.site).sort()).toEqual(
      siteEntries(raw)
        .map(([key]) => key.slice('site:'.length))
        .sort(),
    );
    for (const bad of ['string', 'array', 'wrong-shape', 'no-versions', 'bad-summary']) {
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${bad}.example`));
    }
    // Foreign keys are left alone.
    const after = await fakeBrowser.storage.local.get(null);
    expect(after['unrelated']).toBe('value');
    expect(after['someone-else:key']).toEqual({ anything: true });
  });
});
