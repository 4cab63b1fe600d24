import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  badgeText,
  launchExtension,
  openPopup,
  tabIdOf,
  tabState,
  unexpectedErrors,
  waitFor,
  type ExtensionHarness,
} from './support/extension';

// A policy page that attacks the extension: markup, script, javascript: URLs and RTL overrides inside the policy
// text, a 100,000-character line, and page scripts that redefine DOM built-ins, throw, and mutate the DOM forever.
// Every payload would set `__pwned` and request /pwned/... if it ever ran, in the page or in the popup.

const HOSTILE_POLICY = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/hostile/policy.html'),
  'utf8',
);
const PATH = '/hostile/privacy.html';

interface SummaryLike {
  wordCount: number;
  dataCollected: { type: string; evidence: { quote: string }[] }[];
  flags: { evidence: { quote: string }[] }[];
  contacts: { emails: string[]; urls: string[] };
}

let server: FixtureServer;
let harness: ExtensionHarness;
let page: Page;
let tabId: number;
let summary: SummaryLike;
const executed: string[] = [];
const workerWarnings: string[] = [];

/** Elements that only exist if policy text was parsed as HTML somewhere. */
const INJECTED =
  'img[src="x"], iframe, svg[onload], [onerror], [onload], a[href^="javascript:" i], script:not([src])';

beforeAll(async () => {
  server = await startFixtureServer();
  server.override(PATH, HOSTILE_POLICY);
  harness = await launchExtension();
  // The page's own scripts throw on purpose.
  harness.problems.expectedErrors.push(/hostile/);
  harness.worker.on('console', (message) => {
    if (message.type() === 'warning') workerWarnings.push(message.text());
  });
  harness.context.on('request', (request) => {
    if (request.url().includes('/pwned/')) executed.push(request.url());
  });
  harness.context.on('page', (opened) =>
    opened.on('dialog', (dialog) => {
      executed.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
  page = await harness.context.newPage();
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(server.url(PATH));
  tabId = await tabIdOf(harness.worker, page.url());
  await waitFor(
    () => tabState(harness.worker, tabId),
    (state) => state !== null && state.status !== 'analyzing',
    { what: 'a decision about the hostile page', timeout: 15_000 },
  );
  summary = await harness.worker.evaluate(async (id) => {
    const key = `tab:${id}`;
    // @ts-expect-error chrome is the worker's global
    return (await chrome.storage.session.get(key))[key].summary;
  }, tabId);
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

const allQuotes = () => [
  ...summary.dataCollected.flatMap((item) => item.evidence.map((e) => e.quote)),
  ...summary.flags.flatMap((flag) => flag.evidence.map((e) => e.quote)),
];

describe('a hostile policy page', () => {
  it('is still detected and summarised, its markup kept as text', async () => {
    const state = await tabState(harness.worker, tabId);
    expect(state?.status).toBe('policy');
    expect(await badgeText(harness.worker, tabId)).not.toBe('');
    // The 100,000-character line is text of the policy: the engine counted it and went on.
    expect(summary.wordCount).toBeGreaterThan(200);
    const markupQuotes = allQuotes().filter((quote) => /<(img|script|iframe|svg|a)\b/.test(quote));
    expect(markupQuotes.length).toBeGreaterThan(0);
  });

  it('the popup shows the markup, RTL overrides and long line as text, and runs none of it', async () => {
    const popup = await openPopup(harness, tabId);
    const view = popup.getByTestId('summary');
    await view.waitFor();
    // Open every finding so all evidence is rendered.
    await view.evaluate((root) =>
      root.querySelectorAll('details').forEach((details) => (details.open = true)),
    );
    const text = (await view.textContent()) ?? '';
    const shown = allQuotes().filter((quote) => text.includes(quote));
    expect(shown.some((quote) => /<(img|script|iframe|svg|a)\b/.test(quote))).toBe(true);
    expect(await view.locator(INJECTED).count()).toBe(0);
    // Bidi overrides are dropped with the other invisible controls: the reversed words show as the plain letters
    // the page sent, and no override can flip the popup's own text.
    expect(text).toContain('sserdda PI');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // No payload reached the popup's window and the layout did not blow out sideways.
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const width = await popup.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(400);

    // "Show in page" with a quote full of markup: the page gains no element and runs nothing.
    const markupFinding = view
      .locator('[data-finding]')
      .filter({ hasText: /<(img|script|iframe|svg)\b/ })
      .first();
    expect(await markupFinding.count()).toBeGreaterThan(0);
    {
      await markupFinding.getByRole('button', { name: 'Show in page' }).first().click();
      await waitFor(
        () => page.locator('body').evaluate(() => CSS.highlights.has('policylens')),
        (present) => present,
        { what: 'the highlight of a hostile quote' },
      );
    }
    // The page's own markup has two inline scripts and one javascript: link; nothing else of that kind.
    expect(await page.locator('img[src="x"], iframe, svg, [onerror], [onload]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(1);
    await popup.close();
  });

  it('the comparison page shows a stored summary full of markup as text, and runs none of it', async () => {
    // A saved record whose company name and quotes are markup, as a hostile page (or a tampered store) could leave.
    const company = `<img src=x onerror="window.__pwned='company';new Image().src='/pwned/company'">Evil \u202eCo`;
    const quote = `We collect your email <script>window.__pwned='quote'</script> address.`;
    const record = {
      site: 'hostile.example',
      seenHash: 'h1',
      versions: [
        {
          contentHash: 'h1',
          url: 'https://hostile.example/privacy',
          analyzedAt: Date.now(),
          summary: {
            ...summary,
            company,
            dataCollected: [{ type: 'email', evidence: [{ quote, start: 0, end: quote.length }] }],
          },
        },
      ],
    };
    await harness.worker.evaluate(
      // @ts-expect-error chrome is the worker's global
      (value) => chrome.storage.local.set({ 'site:hostile.example': value }),
      record,
    );
    const compare = await harness.context.newPage();
    await compare.goto(
      `chrome-extension://${harness.extensionId}/compare.html?site=hostile.example&site=127.0.0.1`,
    );
    await waitFor(
      async () => (await compare.locator('body').textContent()) ?? '',
      (text) => text.includes('<img src=x onerror='),
      { what: 'the hostile company name, as text, on the comparison page' },
    );
    expect(await compare.locator(INJECTED).count()).toBe(0);
    expect(await compare.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await compare.close();

    // The popup's list of saved sites shows the same record as text too.
    const popup = await openPopup(harness, tabId);
    await popup.getByTestId('summary').waitFor();
    expect(await popup.locator(INJECTED).count()).toBe(0);
    expect(await popup.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await popup.close();
  });

  it('corrupt and foreign stored values are skipped: the popup and comparison page still show the good ones', async () => {
    await harness.worker.evaluate(
      () =>
        // @ts-expect-error chrome is the worker's global
        chrome.storage.local.set({
          'site:garbage.example': '<b>not a record</b>',
          'site:array.example': [1, 2, 3],
          'site:half.example': { site: 'half.example', versions: [{ contentHash: 1 }] },
          'site:null.example': null,
          'site:garbage.example$': { v: 'x' },
          foreign: { anything: true },
        }) as Promise<void>,
    );
    const popup = await openPopup(harness, tabId);
    await popup.getByTestId('summary').waitFor();
    const sites = popup.locator('.sites');
    await waitFor(
      async () => (await sites.textContent()) ?? '',
      (text) => text.includes('hostile.example') && text.includes('127.0.0.1'),
      { what: 'the saved sites listed next to corrupt entries' },
    );
    expect(await sites.textContent()).not.toMatch(/garbage|array\.example|half\.example/);
    expect(await popup.locator(INJECTED).count()).toBe(0);
    await popup.close();
    const compare = await harness.context.newPage();
    await compare.goto(
      `chrome-extension://${harness.extensionId}/compare.html?site=hostile.example&site=garbage.example`,
    );
    await waitFor(
      async () => (await compare.locator('body').textContent()) ?? '',
      (text) => text.includes('<img src=x onerror='),
      { what: 'the valid saved site next to corrupt ones' },
    );
    const stored = await harness.worker.evaluate(
      // @ts-expect-error chrome is the worker's global
      () => chrome.storage.local.get(null) as Promise<Record<string, unknown>>,
    );
    // Reading skipped the bad entries without deleting or rewriting anything.
    expect(stored['site:garbage.example']).toBe('<b>not a record</b>');
    expect(Object.keys(stored)).toEqual(
      expect.arrayContaining(['site:127.0.0.1', 'site:hostile.example', 'foreign']),
    );
    await compare.close();
  });

  it('a full store does not cost the user a summary: old versions make room, or the save is given up', async () => {
    // Fill chrome.storage.local to its real quota, leaving less room than one more version needs.
    const filled = await harness.worker.evaluate(async () => {
      // @ts-expect-error chrome is the worker's global
      const local = chrome.storage.local;
      const used: number = await local.getBytesInUse(null);
      const room = local.QUOTA_BYTES - used - 200;
      await local.set({ filler: 'x'.repeat(room - 'filler'.length - 2) });
      return {
        quota: local.QUOTA_BYTES as number,
        used: (await local.getBytesInUse(null)) as number,
      };
    });
    expect(filled.quota - filled.used).toBeLessThan(500);
    harness.problems.expectedErrors.push(/quota/i);
    const changed = HOSTILE_POLICY.replace('3 years', '5 years');
    server.override('/hostile/privacy-v2.html', changed);
    const next = await harness.context.newPage();
    await next.goto(server.url('/hostile/privacy-v2.html'));
    const nextTab = await tabIdOf(harness.worker, next.url());
    await waitFor(
      () => tabState(harness.worker, nextTab),
      (state) => state !== null && state.status !== 'analyzing',
      { what: 'a decision with a full store', timeout: 15_000 },
    );
    expect((await tabState(harness.worker, nextTab))?.status).toBe('policy');
    const popup = await openPopup(harness, nextTab);
    await popup.getByTestId('summary').waitFor();
    await popup.close();
    await next.close();
    // The save did hit the real quota: the site's older version was evicted to make room (or, failing that, the save
    // is given up), and the analysis went on either way.
    expect(
      workerWarnings.filter((line) => /storage is full|could not save the summary/.test(line)),
    ).not.toEqual([]);
    await harness.worker.evaluate(
      // @ts-expect-error chrome is the worker's global
      () => chrome.storage.local.remove('filler') as Promise<void>,
    );
  });

  it('popup and comparison page stay accessible with hostile content: axe, visible focus, labelled grades', async () => {
    const popup = await openPopup(harness, tabId);
    await popup.getByTestId('summary').waitFor();
    const compare = await harness.context.newPage();
    await compare.goto(
      `chrome-extension://${harness.extensionId}/compare.html?site=hostile.example&site=127.0.0.1`,
    );
    await compare.locator('table').first().waitFor();
    for (const view of [popup, compare]) {
      const results = await new AxeBuilder({ page: view }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${view.url()} ${v.id}`)).toEqual([]);
      // Every control reached by Tab shows a focus indicator.
      const unmarked: string[] = [];
      let reached = 0;
      for (let i = 0; i < 12; i++) {
        await view.keyboard.press('Tab');
        const focus = await view.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none';
          return { name: `${el.tagName} ${el.textContent?.slice(0, 30) ?? ''}`, visible };
        });
        if (focus) reached += 1;
        if (focus && !focus.visible) unmarked.push(focus.name);
      }
      expect(reached, view.url()).toBeGreaterThan(3);
      expect(unmarked, view.url()).toEqual([]);
    }
    await expect(
      popup.getByRole('img', { name: /^Privacy grade [A-E] \(A is best, E is worst\)$/ }).count(),
    ).resolves.toBe(1);
    await popup.close();
    await compare.close();
  });

  it('nothing executed anywhere and only the page itself failed', async () => {
    expect(executed).toEqual([]);
    expect(harness.problems.outsideRequests).toEqual([]);
    expect(unexpectedErrors(harness.problems)).toEqual([]);
  });
});
