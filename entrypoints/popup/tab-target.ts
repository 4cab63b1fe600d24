import { browser } from 'wxt/browser';

export interface TabTarget {
  tabId: number | null;
  url: string | null;
}

export function tabIdFromSearch(search: string): number | null {
  const param = new URLSearchParams(search).get('tabId');
  return param !== null && /^\d{1,10}$/.test(param) ? Number(param) : null;
}

/** The tab the popup describes: ?tabId=N (tests, or a popup opened in a tab), else the active tab. */
export async function resolveTabTarget(search: string): Promise<TabTarget> {
  const fromParam = tabIdFromSearch(search);
  try {
    if (fromParam !== null) {
      const tab = await browser.tabs.get(fromParam);
      return { tabId: fromParam, url: tab.url ?? null };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { tabId: tab?.id ?? null, url: tab?.url ?? null };
  } catch {
    return { tabId: fromParam, url: null };
  }
}

const STORE_URLS = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
];

/** Pages no extension may read: browser pages, extension stores, files, and tabs whose address we cannot see. */
export function isRestrictedUrl(url: string | null): boolean {
  if (!url || !/^https?:\/\//i.test(url)) return true;
  return STORE_URLS.some((pattern) => pattern.test(url));
}
