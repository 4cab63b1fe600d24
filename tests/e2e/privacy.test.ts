import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  EXTENSION_DIR,
  launchExtension,
  openSettled as openSettledUrl,
  openPopup,
  tabState,
  unexpectedErrors,
  waitFor,
  type ExtensionHarness,
} from './support/extension';

// What the extension may reach: the site's own pages, from inside that page, and nothing else. What may reach the
// extension: its own pages and content scripts, never a web page.

interface Recorded {
  url: string;
  /** 'worker', 'extension page', or the web page's URL the request was made for. */
  from: string;
  type: string;
  navigation: boolean;
}

let server: FixtureServer;
let harness: ExtensionHarness;
let extensionOrigin: string;
const recorded: Recorded[] = [];
const workerWarnings: string[] = [];

function record(request: Request): void {
  let from: string;
  if (request.serviceWorker()) from = 'worker';
  // A navigation is made for the page it loads (its frame still shows the previous document).
  else if (request.isNavigationRequest()) from = request.url();
  else {
    try {
      from = request.frame().url();
    } catch {
      from = 'unknown';
    }
  }
  if (from.startsWith('chrome-extension:')) from = 'extension page';
  recorded.push({
    url: request.url(),
    from,
    type: request.resourceType(),
    navigation: request.isNavigationRequest(),
  });
}

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchExtension();
  extensionOrigin = `chrome-extension://${harness.extensionId}`;
  harness.context.on('request', record);
  harness.worker.on('console', (message) => {
    if (message.type() === 'warning') workerWarnings.push(message.text());
  });
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

/** Opens a fixture page and waits for the background's decision about it. */
const openSettled = (pathname: string) => openSettledUrl(harness, server.url(pathname));

describe('least privilege', () => {
  it('the built manifest asks only for what is used, exposes nothing to pages, and has a strict CSP', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual([
      'activeTab',
      'contextMenus',
      'scripting',
      'storage',
    ]);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/object-src 'self'/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    // No remote code: every page loads only packaged scripts.
    for (const file of readdirSync(EXTENSION_DIR).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]*)"/g)) {
        expect(src, `${file} loads ${src}`).toMatch(/^\/(?!\/)/);
      }
    }
  });
});

describe('language', () => {
  it('names the extension and serves every UI string through the browser i18n API (English by default)', async () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    const source = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../locales/en.json'), 'utf8'),
    ) as Record<string, unknown>;
    const keys: string[] = [];
    const walk = (node: unknown, prefix: string[]) => {
      if (typeof node === 'string') keys.push(prefix.join('_'));
      else if (Object.keys(node as object).every((k) => k === 'n' || /^\d+$/.test(k)))
        keys.push(prefix.join('_'));
      else for (const [k, v] of Object.entries(node as object)) walk(v, [...prefix, k]);
    };
    walk(source, []);
    expect(keys.length).toBeGreaterThan(100);
    const missing = await harness.worker.evaluate(
      // @ts-expect-error chrome is the worker's global
      (names: string[]) => names.filter((name) => !chrome.i18n.getMessage(name)),
      keys,
    );
    expect(missing).toEqual([]);
  });
});

describe('network', () => {
  it('a browsing session requests nothing but the pages visited and the same site’s policy page', async () => {
    // The recorder must see the worker's requests, or a clean result would prove nothing.
    await harness.worker.evaluate(
      // @ts-expect-error chrome is the worker's global
      () => fetch(chrome.runtime.getURL('/manifest.json')).then((r) => r.status),
    );
    await waitFor(
      async () => recorded.some((r) => r.from === 'worker'),
      (seen) => seen,
      { what: 'the recorder to see a service-worker request' },
    );
    recorded.length = 0;

    const home = await openSettled('/');
    const popup = await openPopup(harness, home.tabId);
    await popup.getByRole('button', { name: "Summarise this site's privacy policy" }).click();
    await popup.getByTestId('linked-summary-note').waitFor();
    await popup.close();
    const policy = await openSettled('/legal/privacy.html');
    const policyPopup = await openPopup(harness, policy.tabId);
    await policyPopup.getByTestId('summary').waitFor();
    await policyPopup.close();
    const blog = await openSettled('/blog/brewing-guide.html');
    for (const page of [home.page, policy.page, blog.page]) await page.close();

    const web = recorded.filter((r) => /^https?:/.test(r.url));
    // The extension itself (worker and its pages) never touches the web.
    expect(web.filter((r) => r.from === 'worker' || r.from === 'extension page')).toEqual([]);
    // Everything on the web came from the one test site, for a page of that site.
    for (const r of web) {
      expect(new URL(r.url).origin, r.url).toBe(server.origin);
      expect(new URL(r.from).origin, `${r.url} for ${r.from}`).toBe(server.origin);
    }
    // The only script-made request is the page tools reading the policy link, from the home page.
    const fetched = web.filter((r) => r.type === 'fetch' || r.type === 'xhr');
    expect(fetched.map((r) => [r.url, r.from])).toEqual([
      [server.url('/legal/privacy.html'), server.url('/')],
    ]);
    expect(
      recorded.every(
        (r) =>
          /^https?:/.test(r.url) ||
          r.url.startsWith(extensionOrigin) ||
          /^(data|blob):/.test(r.url),
      ),
    ).toBe(true);
    expect(harness.problems.outsideRequests).toEqual([]);
  });
});

describe('messages', () => {
  it('a web page can neither message the background nor load extension resources', async () => {
    const { page, tabId } = await openSettled('/blog/brewing-guide.html');
    const before = await tabState(harness.worker, tabId);
    const attempts = await page.evaluate(async (id) => {
      const forged = [
        {
          type: 'page:detected',
          url: 'https://evil.example/privacy',
          title: 'x',
          mayBePolicy: true,
        },
        { type: 'popup:analyze-tab', tabId: 1 },
        { type: 'popup:summarise-link', tabId: 1 },
      ];
      const results: string[] = [];
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
        ?.runtime;
      if (typeof runtime?.sendMessage !== 'function') results.push('no runtime.sendMessage');
      else {
        for (const message of forged) {
          try {
            await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(
              id,
              message,
            );
            results.push('sent');
          } catch {
            results.push('refused');
          }
        }
      }
      for (const message of forged) window.postMessage(message, '*');
      try {
        await fetch(`chrome-extension://${id}/popup.html`);
        results.push('extension page readable');
      } catch {
        results.push('extension page unreachable');
      }
      return results;
    }, harness.extensionId);
    // Chromium logs the refused fetch of the extension's page in the page's console.
    harness.problems.expectedErrors.push(
      /chrome-extension:\/\/.*popup\.html/,
      /brewing-guide\.html: Failed to load resource: net::ERR_FAILED/,
    );
    expect(attempts).not.toContain('sent');
    expect(attempts).toContain('extension page unreachable');
    // Nothing was written: no record for the forged site, the tab's state as it was.
    const local = await harness.worker.evaluate(
      // @ts-expect-error chrome is the worker's global
      () => chrome.storage.local.get(null) as Promise<Record<string, unknown>>,
    );
    expect(Object.keys(local).filter((key) => key.includes('evil.example'))).toEqual([]);
    expect(await tabState(harness.worker, tabId)).toEqual(before);
    await page.close();
  });

  it('drops messages outside the protocol or from the wrong context, noting each kind once', async () => {
    const { page, tabId } = await openSettled('/blog/brewing-guide.html');
    const popup = await openPopup(harness, tabId);
    const replies = await popup.evaluate(async (url) => {
      const send = (message: unknown) =>
        // @ts-expect-error chrome is the popup's global
        (chrome.runtime.sendMessage(message) as Promise<unknown>).then(
          (reply) => reply ?? null,
          () => 'error',
        );
      const forged = {
        type: 'page:detected',
        url,
        title: 'x',
        mayBePolicy: true,
      };
      return Promise.all([
        send({ type: 'storage:write', site: 'evil.example' }),
        send({ type: 'storage:write', site: 'evil.example' }),
        send({ type: 'popup:analyze-tab', tabId: 'not a number' }),
        // page:detected is a content-script message: from an extension page it is refused.
        send(forged),
        send(forged),
      ]);
    }, page.url());
    expect(replies.every((reply) => reply === null || reply === 'error')).toBe(true);
    const drops = await waitFor(
      async () => workerWarnings.filter((line) => line.includes('dropped a message')),
      (lines) => lines.length >= 3,
      { what: 'the drop notes' },
    );
    expect(drops).toHaveLength(3);
    expect(drops.filter((line) => line.includes('untrusted sender'))).toHaveLength(1);
    expect(await tabState(harness.worker, tabId)).toMatchObject({ status: 'not-policy' });
    await popup.close();
    await page.close();
    expect(unexpectedErrors(harness.problems)).toEqual([]);
  });
});
