import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import { MAX_VERSIONS_PER_SITE } from '../../lib/schema';
import { makeSummary } from './summary-fixture';

// WXT's storage reads the global `chrome` when it is first imported: install the fake first, then import.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let store: typeof import('../../lib/storage');

beforeAll(async () => {
  store = await import('../../lib/storage');
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const save = (site: string, contentHash: string, analyzedAt = 1000, grade: 'A' | 'B' | 'C' = 'B') =>
  store.saveAnalysis({
    site,
    url: `https://${site}/privacy`,
    contentHash,
    summary: makeSummary(grade),
    analyzedAt,
  });

describe('saveAnalysis', () => {
  it('keeps a first version as already seen', async () => {
    const record = await save('example.com', 'h1');
    expect(record.versions.map((v) => v.contentHash)).toEqual(['h1']);
    expect(record.seenHash).toBe('h1');
    expect(await store.getSite('example.com')).toEqual(record);
  });

  it('adds a version only when the content hash changes, newest first, leaving the change unseen', async () => {
    await save('example.com', 'h1', 1);
    await save('example.com', 'h1', 2);
    const changed = await save('example.com', 'h2', 3);
    expect(changed.versions.map((v) => [v.contentHash, v.analyzedAt])).toEqual([
      ['h2', 3],
      ['h1', 1],
    ]);
    expect(changed.seenHash).toBe('h1');
    const seen = await store.markSeen('example.com');
    expect(seen?.seenHash).toBe('h2');
  });

  it('does not add a version for a text already kept, so two policy pages of one site do not churn', async () => {
    await save('example.com', 'main', 1);
    await save('example.com', 'regional', 2);
    await save('example.com', 'main', 3);
    const record = await save('example.com', 'regional', 4);
    expect(record.versions.map((v) => [v.contentHash, v.analyzedAt])).toEqual([
      ['regional', 2],
      ['main', 1],
    ]);
  });

  it(`keeps at most ${MAX_VERSIONS_PER_SITE} versions`, async () => {
    for (let i = 0; i < MAX_VERSIONS_PER_SITE + 3; i++) await save('example.com', `h${i}`, i);
    const record = await store.getSite('example.com');
    expect(record?.versions).toHaveLength(MAX_VERSIONS_PER_SITE);
    expect(record?.versions[0]?.contentHash).toBe(`h${MAX_VERSIONS_PER_SITE + 2}`);
    expect(record?.versions.at(-1)?.contentHash).toBe('h3');
  });

  it('does not lose a version when two saves race', async () => {
    await Promise.all([
      save('example.com', 'a', 1),
      save('example.com', 'b', 2),
      save('example.com', 'c', 3),
    ]);
    expect((await store.getSite('example.com'))?.versions.map((v) => v.contentHash)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });

  it('stores each site as a versioned item (migrations start at version 1)', async () => {
    await save('example.com', 'h1');
    const raw = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(raw)).toContain('site:example.com');
    expect(store.SITE_ITEM_VERSION).toBe(1);
    // WXT reads an item without version metadata as version 1, so today's records migrate when version 2 arrives.
    expect(raw['site:example.com$']).toBeUndefined();
  });
});

describe('section texts', () => {
  const texts = (word: string) => [{ text: `We keep ${word} for a while.`, truncated: false }];
  const saveWithText = (contentHash: string, analyzedAt: number) =>
    store.saveAnalysis({
      site: 'example.com',
      url: 'https://example.com/privacy',
      contentHash,
      summary: makeSummary(),
      analyzedAt,
      sectionTexts: texts(contentHash),
    });

  it('keeps section texts only on the two newest versions, which "Changed since" compares', async () => {
    await saveWithText('h1', 1);
    await saveWithText('h2', 2);
    const record = await saveWithText('h3', 3);
    expect(record.versions.map((v) => [v.contentHash, v.sectionTexts?.[0]?.text ?? null])).toEqual([
      ['h3', 'We keep h3 for a while.'],
      ['h2', 'We keep h2 for a while.'],
      ['h1', null],
    ]);
    const stored = await fakeBrowser.storage.local.get('site:example.com');
    expect(JSON.stringify(stored)).not.toContain('We keep h1');
  });

  it('reads records saved before section texts were kept', async () => {
    await save('example.com', 'h1', 1);
    const record = await saveWithText('h2', 2);
    expect(record.versions[1]!.sectionTexts).toBeUndefined();
    expect(await store.getSite('example.com')).toEqual(record);
  });
});

describe('listSites', () => {
  it('lists valid sites, most recent first, and skips a corrupt one with a note', async () => {
    await save('old.example', 'h1', 10);
    await save('new.example', 'h2', 20);
    await fakeBrowser.storage.local.set({
      'site:broken.example': { site: 'broken.example', versions: 'nope' },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sites = await store.listSites();
    expect(sites.map((s) => s.site)).toEqual(['new.example', 'old.example']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('broken.example'));
  });

  it('treats a corrupt record as absent for getSite and replaces it on the next save', async () => {
    await fakeBrowser.storage.local.set({ 'site:example.com': 42 });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await store.getSite('example.com')).toBeNull();
    const record = await save('example.com', 'h1');
    expect(record.versions).toHaveLength(1);
  });
});

describe('deleting and replacing', () => {
  it('deletes one site, then all', async () => {
    await save('a.example', 'h1');
    await save('b.example', 'h2');
    await store.deleteSite('a.example');
    expect((await store.listSites()).map((s) => s.site)).toEqual(['b.example']);
    await store.deleteAll();
    expect(await store.listSites()).toEqual([]);
    const left = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) =>
      k.startsWith('site:'),
    );
    expect(left).toEqual([]);
  });

  it('replaceAll swaps every record, and refuses invalid input before deleting anything', async () => {
    await save('a.example', 'h1');
    const replacement = (await save('b.example', 'h2'))!;
    await store.replaceAll([replacement]);
    expect((await store.listSites()).map((s) => s.site)).toEqual(['b.example']);
    await expect(store.replaceAll([{ ...replacement, versions: [] }])).rejects.toThrow();
    expect((await store.listSites()).map((s) => s.site)).toEqual(['b.example']);
  });
});

describe('settings', () => {
  it('defaults to not paused, persists a change, and falls back when the stored value is corrupt', async () => {
    expect(await store.getSettings()).toEqual({ paused: false });
    await store.setPaused(true);
    expect(await store.getSettings()).toEqual({ paused: true });
    await fakeBrowser.storage.local.set({ settings: { paused: 'yes' } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await store.getSettings()).toEqual({ paused: false });
  });
});

describe('tab state', () => {
  it('round-trips through session storage and ignores an unreadable entry', async () => {
    const state = {
      tabId: 7,
      url: 'https://example.com/privacy',
      title: 'Privacy',
      status: 'policy' as const,
      privacyLink: null,
      summary: makeSummary('A'),
      summaryUrl: 'https://example.com/privacy',
      linkStatus: 'idle' as const,
      error: null,
      updatedAt: 5,
    };
    await store.setTabState(state);
    expect(await store.getTabState(7)).toEqual(state);
    await fakeBrowser.storage.session.set({ 'tab:7': { ...state, status: 'bogus' } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await store.getTabState(7)).toBeNull();
    await store.clearTabState(7);
    expect(await fakeBrowser.storage.session.get('tab:7')).toEqual({});
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.example.com/privacy', 'example.com'],
    ['http://shop.example.co.uk/legal?x=1', 'shop.example.co.uk'],
    ['http://127.0.0.1:8080/privacy', '127.0.0.1'],
    ['chrome://settings', null],
    ['not a url', null],
  ])('%s -> %s', (url, site) => {
    expect(store.siteOf(url)).toBe(site);
  });
});
