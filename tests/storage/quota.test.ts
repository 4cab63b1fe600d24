import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
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
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

type SectionTexts = Parameters<typeof store.saveAnalysis>[0]['sectionTexts'];
const save = (site: string, contentHash: string, analyzedAt: number, sectionTexts?: SectionTexts) =>
  store.saveAnalysis({
    site,
    url: `https://${site}/privacy`,
    contentHash,
    summary: makeSummary('B'),
    analyzedAt,
    ...(sectionTexts ? { sectionTexts } : {}),
  });

const sizeOf = (value: unknown) => JSON.stringify(value ?? null).length;

/** Makes storage.local behave like Chrome's when full: a write that would pass `limit` bytes throws, nothing stored. */
function limitLocalStorage(limit: number): void {
  const local = fakeBrowser.storage.local;
  const realSet = local.set.bind(local);
  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = await local.get(null);
    const next = { ...current, ...items };
    const total = Object.entries(next).reduce((sum, [k, v]) => sum + k.length + sizeOf(v), 0);
    if (total > limit) throw new Error('Resource::kQuotaBytes quota exceeded');
    await realSet(items);
  });
}

async function hashes(): Promise<Record<string, string[]>> {
  const all = await store.listSites();
  return Object.fromEntries(all.map((r) => [r.site, r.versions.map((v) => v.contentHash)]));
}

describe('quota pressure', () => {
  it('recognises the quota errors of Chrome and Firefox and nothing else', () => {
    expect(sites.isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(
      sites.isQuotaError(Object.assign(new Error('full'), { name: 'QuotaExceededError' })),
    ).toBe(true);
    expect(sites.isQuotaError(new Error('Invalid value'))).toBe(false);
    expect(sites.isQuotaError(null)).toBe(false);
  });

  it('evicts the oldest non-current versions across sites first, and never a current one', async () => {
    await save('a.example', 'a1', 10);
    await save('b.example', 'b1', 20);
    await save('a.example', 'a2', 30);
    await save('b.example', 'b2', 40);
    await save('a.example', 'a3', 50);
    const oneRecord = sizeOf(await store.getSite('b.example'));
    const used = sizeOf(await fakeBrowser.storage.local.get(null));
    // Room for roughly one more version: the save must free space, oldest first.
    limitLocalStorage(used + Math.floor(oneRecord / 4));
    const saved = await save('c.example', 'c1', 60);
    expect(saved.versions.map((v) => v.contentHash)).toEqual(['c1']);
    const after = await hashes();
    // a1 (10) goes first; b1 (20) next if still needed; a2, the next oldest, only after them.
    expect(after['c.example']).toEqual(['c1']);
    expect(after['a.example']?.[0]).toBe('a3');
    expect(after['b.example']?.[0]).toBe('b2');
    expect(after['a.example']).not.toContain('a1');
    const kept = [...(after['a.example'] ?? []), ...(after['b.example'] ?? [])];
    if (kept.includes('b1')) expect(kept).toContain('a2');
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('storage is full'));
  });

  it('evicts old versions of the site being saved too, oldest first', async () => {
    await save('a.example', 'a1', 10);
    await save('a.example', 'a2', 20);
    await save('a.example', 'a3', 30);
    const used = sizeOf(await fakeBrowser.storage.local.get(null));
    limitLocalStorage(used + 10);
    const saved = await save('a.example', 'a4', 40);
    expect(saved.versions[0]?.contentHash).toBe('a4');
    expect(saved.versions.map((v) => v.contentHash)).not.toContain('a1');
    expect(await hashes()).toEqual({ 'a.example': saved.versions.map((v) => v.contentHash) });
  });

  it('fails the save, losing nothing, when only current versions are left', async () => {
    await save('a.example', 'a1', 10);
    await save('b.example', 'b1', 20);
    const before = await hashes();
    limitLocalStorage(sizeOf(await fakeBrowser.storage.local.get(null)) + 10);
    await expect(save('c.example', 'c1', 30)).rejects.toThrow(/quota/);
    expect(await hashes()).toEqual(before);
  });

  it('gives up section texts, oldest first, before any version', async () => {
    const texts = (n: number) => [{ text: 'x'.repeat(n), truncated: false }];
    const saveWithText = (site: string, contentHash: string, analyzedAt: number) =>
      save(site, contentHash, analyzedAt, texts(2000));
    await saveWithText('a.example', 'a1', 10);
    await saveWithText('a.example', 'a2', 20);
    await saveWithText('b.example', 'b1', 30);
    const before = await hashes();
    // Room for the new record's summary, not for its text and everyone else's too.
    limitLocalStorage(sizeOf(await fakeBrowser.storage.local.get(null)) + 1500);
    const saved = await saveWithText('c.example', 'c1', 40);
    expect(await hashes()).toEqual({ ...before, 'c.example': ['c1'] });
    const withText = (await store.listSites()).flatMap((r) =>
      r.versions.filter((v) => v.sectionTexts).map((v) => v.contentHash),
    );
    // a1's text, the oldest, went; that made enough room, so the newer texts (c1's own included) stay.
    expect(withText.sort()).toEqual(['a2', 'b1', 'c1']);
    expect(saved.versions[0]!.sectionTexts).toEqual(texts(2000));
    expect(console.warn).toHaveBeenCalledWith(
      expect.stringContaining('dropped the section text of a version of "a.example"'),
    );
  });

  it('does not evict on other write errors', async () => {
    await save('a.example', 'a1', 10);
    await save('a.example', 'a2', 20);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Invalid value'));
    await expect(save('b.example', 'b1', 30)).rejects.toThrow('Invalid value');
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect(await hashes()).toEqual({ 'a.example': ['a2', 'a1'] });
  });
});
