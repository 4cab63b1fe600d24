import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// A small harness for the comparison page's end-to-end tests: the built extension in the system Chromium,
// and policy pages served on 127.0.0.1 under made-up ".test" host names (one saved site per host).

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page, e.g. "compare.html?site=a.test". */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchExtension(
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `No built extension in ${EXTENSION_DIR}: run "npx wxt build" first (npm run test:e2e does).`,
    );
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'policylens-e2e-'));
  // A private copy: other builds of the shared working tree may rewrite .output while the browser runs.
  const extensionDir = path.join(userDataDir, 'extension');
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  const context = await chromium.launchPersistentContext(path.join(userDataDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Every *.test name reaches the local server, so each served policy is its own site.
      '--host-resolver-rules=MAP *.test 127.0.0.1',
      '--no-sandbox',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openExtensionPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PolicyServer {
  port: number;
  /** The URL of a served page on a given host name, e.g. url('acme.test', '/privacy'). */
  url(host: string, pathname: string): string;
  setPage(host: string, pathname: string, html: string): void;
  close(): Promise<void>;
}

export async function startPolicyServer(): Promise<PolicyServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const html = pages.get(`${host}${req.url ?? '/'}`);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (host, pathname) => `http://${host}:${port}${pathname}`,
    setPage: (host, pathname, html) => void pages.set(`${host}${pathname}`, html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface ChromeStorageGlobal {
  chrome: {
    storage: {
      local: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

/** Reads the saved site records straight from extension storage (the keys lib/storage writes). */
export async function readStoredSites(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeStorageGlobal;
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(
      Object.entries(all).filter(([k]) => k.startsWith('site:') && !k.endsWith('$')),
    );
  });
}

/** Writes site records into extension storage the way lib/storage keys them, for page-only tests. */
export async function seedStoredSites(
  page: Page,
  records: readonly { site: string }[],
): Promise<void> {
  await page.evaluate(async (recs) => {
    const { chrome } = globalThis as unknown as ChromeStorageGlobal;
    await chrome.storage.local.set(Object.fromEntries(recs.map((r) => [`site:${r.site}`, r])));
  }, records);
}

/** Polls until a condition holds, for work the background does on its own schedule. */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 200));
  }
}
