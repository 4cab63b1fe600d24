import { cp, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// The service worker's `chrome` global, as far as these helpers use it (the code runs in the worker, not in Node).
declare const chrome: {
  tabs: { query: (filter: object) => Promise<{ id?: number; url?: string }[]> };
  action: {
    getBadgeText: (details: { tabId: number }) => Promise<string>;
    getTitle: (details: { tabId: number }) => Promise<string>;
    getBadgeBackgroundColor: (details: { tabId: number }) => Promise<number[]>;
  };
  storage: { session: { get: (key: string) => Promise<Record<string, unknown>> } };
};

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The system Chromium's flags for every run here: headless, no sandbox (containers), nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Problems {
  /** Requests to anywhere but 127.0.0.1 and the extension itself. */
  outsideRequests: string[];
  /** Console errors and uncaught exceptions from pages, the popup and the service worker. */
  consoleErrors: string[];
  /** Errors a test provoked on purpose (e.g. the browser's log line for a deliberate 404). */
  expectedErrors: RegExp[];
}

/** Console errors nobody expected: these fail the suite. */
export function unexpectedErrors(problems: Problems): string[] {
  return problems.consoleErrors.filter(
    (line) => !problems.expectedErrors.some((pattern) => pattern.test(line)),
  );
}

export interface ExtensionHarness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  problems: Problems;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  /**
   * Made-up host names ending in this suffix (e.g. ".test") resolve to 127.0.0.1, so one local server can play
   * several sites; requests to them count as local.
   */
  localHostSuffix?: string;
}

function isAllowedUrl(url: string, localHostSuffix?: string): boolean {
  if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return true;
  try {
    const { hostname } = new URL(url);
    return (
      hostname === '127.0.0.1' ||
      (localHostSuffix !== undefined && hostname.endsWith(localHostSuffix))
    );
  } catch {
    return false;
  }
}

/** Launches the system Chromium (new headless mode) with the built extension loaded. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const { localHostSuffix } = options;
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${EXTENSION_DIR}: run "npm run build" (npm run test:e2e does).`,
    );
  }
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'policylens-e2e-'));
  // A private copy of the build: another build of the shared working tree may rewrite .output while the browser runs.
  const extensionDir = path.join(userDataDir, 'extension');
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(path.join(userDataDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(localHostSuffix ? [`--host-resolver-rules=MAP *${localHostSuffix} 127.0.0.1`] : []),
    ],
  });
  const problems: Problems = { outsideRequests: [], consoleErrors: [], expectedErrors: [] };
  context.on('request', (request) => {
    if (!isAllowedUrl(request.url(), localHostSuffix)) problems.outsideRequests.push(request.url());
  });
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  worker.on('console', (message) => {
    if (message.type() === 'error')
      problems.consoleErrors.push(`service worker: ${message.text()}`);
  });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    problems,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser's id for the tab showing this page (the extension sees http(s) URLs through its host access). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

export function badgeText(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export function badgeTitle(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

export function badgeColor(worker: Worker, tabId: number): Promise<number[]> {
  return worker.evaluate(
    async (id) => Array.from(await chrome.action.getBadgeBackgroundColor({ tabId: id })),
    tabId,
  );
}

/** Polls until the check passes; every wait in these tests is for a condition, never a fixed sleep. */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 5000, interval = 50, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (accept(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** The background's session state for a tab, as the popup reads it. */
export function tabState(
  worker: Worker,
  tabId: number,
): Promise<{ status: string; linkStatus: string } | null> {
  return worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    const all = await chrome.storage.session.get(key);
    return (all[key] as { status: string; linkStatus: string } | undefined) ?? null;
  }, tabId);
}

/** How long after load a page the detector reports (one that may be a policy) takes to have a state at most. */
const REPORT_MS = 1500;

/**
 * Opens `url` in a new tab and waits until the background has decided about it (no longer analysing). The
 * detector reports only pages that may be policies; a page without a state REPORT_MS after load was passed over,
 * and gets the full look the popup asks for when it opens there (`reported` says which way it went).
 */
export async function openSettled(
  harness: ExtensionHarness,
  url: string,
): Promise<{ page: Page; tabId: number; reported: boolean }> {
  const page = await harness.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(harness.worker, page.url());
  const reported = await waitFor(
    () => tabState(harness.worker, tabId),
    (state) => state !== null,
    { timeout: REPORT_MS, what: `a report about ${url}` },
  ).then(
    () => true,
    () => false,
  );
  if (!reported) {
    const popup = await openPopup(harness, tabId);
    await waitFor(
      () => tabState(harness.worker, tabId),
      (state) => state !== null,
      { what: `the popup's look at ${url}` },
    );
    await popup.close();
  }
  await waitFor(
    () => tabState(harness.worker, tabId),
    (state) => state !== null && state.status !== 'analyzing',
    { what: `a decision about ${url}` },
  );
  return { page, tabId, reported };
}

export async function openPopup(harness: ExtensionHarness, tabId: number): Promise<Page> {
  const popup = await harness.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}
