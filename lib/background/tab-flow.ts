import { browser } from 'wxt/browser';
import { analyzePolicy } from '../analyze';
import { layoutBlocks } from '../analyze/normalize';
import type { PageContent, PageDetectedMessage, PageReport } from '../messaging';
import type { PolicySummary, SiteRecord } from '../schema';
import {
  getSettings,
  getSite,
  clearTabState,
  getTabState,
  saveAnalysis,
  setTabState,
  siteOf,
  type TabState,
} from '../storage';
import { clearBadge, showGradeBadge } from './badge';
import { hashText } from './content-hash';
import { sectionTextsOf } from './section-texts';
import { outcomeOf, type AnalysisOutcome } from './outcome';
import { askTools, ensureTools } from './page-tools';
import { messages } from '../../components/strings';

// Each report for a tab starts a new generation; work finishing for an older one (the user navigated on, an SPA
// changed route) is dropped instead of overwriting the newer state.
const generations = new Map<number, number>();

function nextGeneration(tabId: number): number {
  const next = (generations.get(tabId) ?? 0) + 1;
  generations.set(tabId, next);
  return next;
}

function isCurrent(tabId: number, generation: number): boolean {
  return generations.get(tabId) === generation;
}

export function forgetTab(tabId: number): void {
  generations.delete(tabId);
}

function baseState(tabId: number, url: string, title: string): TabState {
  return {
    tabId,
    url,
    title,
    status: 'analyzing',
    privacyLink: null,
    summary: null,
    summaryUrl: null,
    linkStatus: 'idle',
    error: null,
    updatedAt: Date.now(),
  };
}

// Summaries of text seen during this worker's life, by URL and content hash; saved sites serve across restarts.
const recent = new Map<string, PolicySummary>();
const RECENT_LIMIT = 50;

async function summarise(
  content: PageContent,
): Promise<{ summary: PolicySummary; outcome: AnalysisOutcome; record: SiteRecord | null }> {
  const { text } = layoutBlocks(content.blocks);
  const contentHash = await hashText(text);
  const key = `${content.url}\n${contentHash}`;
  const site = siteOf(content.url);
  let summary = recent.get(key);
  if (!summary && site) {
    summary = (await getSite(site))?.versions.find(
      (v) => v.contentHash === contentHash && v.url === content.url,
    )?.summary;
  }
  summary ??= analyzePolicy({ blocks: content.blocks, url: content.url, title: content.title });
  recent.set(key, summary);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  const outcome = outcomeOf(summary);
  let record: SiteRecord | null = null;
  if (outcome === 'policy' && site) {
    try {
      record = await saveAnalysis({
        site,
        url: content.url,
        contentHash,
        summary,
        analyzedAt: Date.now(),
        sectionTexts: sectionTextsOf(text, summary.sections),
      });
    } catch (error) {
      // A store full of current versions only must not cost the user this summary: it is shown, just not kept.
      console.warn(`PolicyLens: could not save the summary for "${site}".`, error);
    }
  }
  return { summary, outcome, record };
}

async function analyzeOpenPage(tabId: number, state: TabState, generation: number): Promise<void> {
  await setTabState({ ...state, status: 'analyzing', updatedAt: Date.now() });
  try {
    await ensureTools(tabId);
    const content = await askTools(tabId, { type: 'tools:extract' });
    const { summary, outcome, record } = await summarise(content);
    if (!isCurrent(tabId, generation)) return;
    await setTabState({
      ...state,
      status: outcome,
      summary: outcome === 'policy' ? summary : null,
      summaryUrl: outcome === 'policy' ? content.url : null,
      updatedAt: Date.now(),
    });
    if (outcome === 'policy') await showGradeBadge(tabId, summary, record);
    else await clearBadge(tabId);
  } catch (error) {
    if (!isCurrent(tabId, generation)) return;
    console.warn('PolicyLens: could not analyse the page.', error);
    await setTabState({
      ...state,
      status: 'error',
      error: messages.analysisFailed,
      updatedAt: Date.now(),
    });
    await clearBadge(tabId);
  }
}

/**
 * The detector's glance. A page that may be a policy gets the page tools' full look (unless detection is paused:
 * then nothing is injected, and the popup looks when it opens); a single-page app's route that cannot be one clears
 * the last route's state and badge.
 */
export async function handlePageDetected(
  tabId: number,
  report: PageDetectedMessage,
): Promise<void> {
  if (report.mayBePolicy && !(await getSettings()).paused) {
    await inspectTab(tabId);
    return;
  }
  nextGeneration(tabId);
  await Promise.all([clearTabState(tabId), clearBadge(tabId)]);
}

/**
 * The page tools' full look at the tab's page, for the detector's glance or for the popup opening on a page the
 * detector passed over (or reported without a policy link): policy pages are analysed unless paused, the others
 * remember the site's policy link for the popup to offer.
 */
export async function inspectTab(tabId: number): Promise<void> {
  const generation = nextGeneration(tabId);
  await ensureTools(tabId);
  const report = await askTools(tabId, { type: 'tools:inspect' });
  // A newer glance (an SPA route change) or look has started meanwhile.
  if (!isCurrent(tabId, generation)) return;
  await applyReport(tabId, report, generation);
}

async function applyReport(tabId: number, report: PageReport, generation: number): Promise<void> {
  const state = { ...baseState(tabId, report.url, report.title), privacyLink: report.privacyLink };
  if (!report.isPolicy) {
    await Promise.all([setTabState({ ...state, status: 'not-policy' }), clearBadge(tabId)]);
    return;
  }
  if ((await getSettings()).paused) {
    await Promise.all([setTabState({ ...state, status: 'paused' }), clearBadge(tabId)]);
    return;
  }
  await analyzeOpenPage(tabId, state, generation);
}

/** The popup's "Analyse this page": works when paused, on pages the detector passed over, or before it ran. */
export async function analyzeTab(tabId: number, fallbackUrl: string | null): Promise<void> {
  const generation = nextGeneration(tabId);
  const previous = await getTabState(tabId);
  const state = previous ?? baseState(tabId, fallbackUrl ?? '', '');
  await analyzeOpenPage(tabId, { ...state, error: null }, generation);
}

/** The popup's "Summarise this site's privacy policy": the page's script fetches the link, we analyse it. */
export async function summariseLink(tabId: number): Promise<void> {
  const generation = generations.get(tabId) ?? nextGeneration(tabId);
  const state = await getTabState(tabId);
  if (!state?.privacyLink) return;
  await setTabState({ ...state, linkStatus: 'loading', error: null, updatedAt: Date.now() });
  try {
    await ensureTools(tabId);
    const reply = await askTools(tabId, { type: 'tools:fetch-policy', url: state.privacyLink });
    if (!isCurrent(tabId, generation)) return;
    if (!reply.ok) {
      await setTabState({
        ...state,
        linkStatus: 'error',
        error: reply.error,
        updatedAt: Date.now(),
      });
      return;
    }
    const { summary, outcome } = await summarise(reply.page);
    if (!isCurrent(tabId, generation)) return;
    await setTabState({
      ...state,
      linkStatus: outcome === 'policy' ? 'done' : outcome,
      summary: outcome === 'policy' ? summary : null,
      summaryUrl: outcome === 'policy' ? reply.page.url : null,
      updatedAt: Date.now(),
    });
  } catch (error) {
    if (!isCurrent(tabId, generation)) return;
    console.warn('PolicyLens: could not read the policy link.', error);
    await setTabState({
      ...state,
      linkStatus: 'error',
      error: messages.linkUnreachable,
      updatedAt: Date.now(),
    });
  }
}

/** "Show in page": only for quotes from the page the tab shows (a linked policy's quotes are not on it). */
export async function showInPage(tabId: number, quote: string): Promise<boolean> {
  try {
    await ensureTools(tabId);
    return (await askTools(tabId, { type: 'tools:highlight', quote })).found;
  } catch (error) {
    console.warn('PolicyLens: could not show the quote in the page.', error);
    return false;
  }
}

/**
 * Re-draws the badge of every open tab showing a policy of these sites, after their saved records changed: a new
 * version saved from another tab, "Mark as seen" in the popup or the comparison page, an import or a deletion.
 * Tabs still being analysed are left alone; their analysis draws the badge when it ends.
 */
export async function refreshSiteBadges(sites: ReadonlySet<string>): Promise<void> {
  if (sites.size === 0) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      const state = await getTabState(id);
      if (state?.status !== 'policy' || !state.summary) return;
      const site = siteOf(state.summaryUrl ?? state.url);
      if (!site || !sites.has(site)) return;
      await showGradeBadge(id, state.summary, await getSite(site));
    }),
  );
}
