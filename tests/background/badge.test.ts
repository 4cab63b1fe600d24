import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { PolicySummary } from '../../lib/schema';
import { makeSummary } from '../storage/summary-fixture';

// The badge marks a site's policy change the user has not seen, against @webext-core/fake-browser's action, tabs and
// storage: the mark appears when a changed version is saved and goes when the change is marked as seen.

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let badge: typeof import('../../lib/background/badge');
let flow: typeof import('../../lib/background/tab-flow');
let store: typeof import('../../lib/storage');

beforeAll(async () => {
  badge = await import('../../lib/background/badge');
  flow = await import('../../lib/background/tab-flow');
  store = await import('../../lib/storage');
});

beforeEach(() => {
  fakeBrowser.reset();
});

const DAY = 86_400_000;
const SITE = 'shop.example';
const URL_ = `https://${SITE}/privacy`;

const sells: PolicySummary['flags'][number] = {
  id: 'sells-data',
  severity: 'high',
  title: 'Sells your data',
  explanation: 'The policy says personal data is sold.',
  evidence: [{ quote: 'We sell your data.', start: 0, end: 18 }],
};

const save = (contentHash: string, analyzedAt: number, summary: PolicySummary) =>
  store.saveAnalysis({ site: SITE, url: URL_, contentHash, summary, analyzedAt });

/** A tab showing the site's policy, as the background leaves it after an analysis. */
async function policyTab(summary: PolicySummary): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url: URL_ });
  await store.setTabState({
    tabId: tab.id!,
    url: URL_,
    title: 'Privacy',
    status: 'policy',
    privacyLink: null,
    summary,
    summaryUrl: URL_,
    linkStatus: 'idle',
    error: null,
    updatedAt: 1,
  });
  return tab.id!;
}

const shown = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});

describe('gradeBadge', () => {
  it('is the plain grade for a site seen once, or with no record', async () => {
    const record = await save('h1', DAY, makeSummary('B'));
    expect(badge.gradeBadge(makeSummary('B'), record)).toEqual({
      text: 'B',
      title: 'PolicyLens: grade B, no high-severity flags',
    });
    expect(badge.gradeBadge(makeSummary('B'), null).text).toBe('B');
  });

  it('marks an unseen change after the grade and dates it in the tooltip, until it is seen', async () => {
    await save('h1', Date.UTC(2025, 0, 10), makeSummary('B'));
    const after = { ...makeSummary('D'), flags: [sells] };
    const record = await save('h2', Date.UTC(2025, 2, 1), after);
    expect(badge.gradeBadge(after, record)).toEqual({
      text: `D${badge.UNSEEN_MARK}`,
      title:
        'PolicyLens: grade D, 1 high-severity flag. Policy changed since 2025-01-10 — not yet seen',
    });
    const seen = await store.markSeen(SITE);
    expect(badge.gradeBadge(after, seen)).toEqual({
      text: 'D',
      title: 'PolicyLens: grade D, 1 high-severity flag',
    });
  });

  it('does not mark a new version whose change the popup would not show (same summary)', async () => {
    await save('h1', DAY, makeSummary('B'));
    const record = await save('h2', 2 * DAY, makeSummary('B'));
    expect(record.seenHash).toBe('h1');
    expect(badge.gradeBadge(makeSummary('B'), record).text).toBe('B');
  });
});

describe('refreshSiteBadges', () => {
  it('updates every open tab of the site, and only those, after its record changes', async () => {
    await save('h1', DAY, makeSummary('B'));
    const after = { ...makeSummary('D'), flags: [sells] };
    await save('h2', 2 * DAY, after);
    const first = await policyTab(after);
    const second = await policyTab(after);
    const other = (await fakeBrowser.tabs.create({ url: 'https://other.example/privacy' })).id!;
    await fakeBrowser.action.setBadgeText({ tabId: other, text: 'A' });

    await flow.refreshSiteBadges(new Set([SITE]));
    for (const tabId of [first, second]) {
      expect((await shown(tabId)).text).toBe(`D${badge.UNSEEN_MARK}`);
      expect((await shown(tabId)).title).toMatch(/Policy changed since .* not yet seen$/);
    }
    expect((await shown(other)).text).toBe('A');

    await store.markSeen(SITE);
    await flow.refreshSiteBadges(new Set([SITE]));
    for (const tabId of [first, second]) expect(await shown(tabId)).toMatchObject({ text: 'D' });
  });

  it('leaves tabs still being analysed alone', async () => {
    await save('h1', DAY, makeSummary('B'));
    await save('h2', 2 * DAY, { ...makeSummary('D'), flags: [sells] });
    const tabId = await policyTab(makeSummary('D'));
    await store.setTabState({ ...(await store.getTabState(tabId))!, status: 'analyzing' });
    await flow.refreshSiteBadges(new Set([SITE]));
    expect((await shown(tabId)).text).toBe('');
  });
});
