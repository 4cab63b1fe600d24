import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  badgeText,
  launchExtension,
  openSettled as openSettledUrl,
  openPopup,
  tabState,
  unexpectedErrors,
  waitFor,
  type ExtensionHarness,
} from './support/extension';

let server: FixtureServer;
let harness: ExtensionHarness;

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchExtension();
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

/** Opens a fixture page and waits for the background's decision about it. */
const openSettled = (pathname: string) => openSettledUrl(harness, server.url(pathname));

describe('link discovery', () => {
  it('finds the policy link on a home page and summarises it without leaving the page', async () => {
    const { page, tabId } = await openSettled('/');
    const state = await harness.worker.evaluate(async (id) => {
      // @ts-expect-error chrome is the worker's global
      return (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`];
    }, tabId);
    expect(state.privacyLink).toBe(server.url('/legal/privacy.html'));

    const popup = await openPopup(harness, tabId);
    await popup.getByTestId('state-not-policy').waitFor();
    await expect(popup.locator('.policy-link').textContent()).resolves.toBe(
      server.url('/legal/privacy.html'),
    );
    await popup.getByRole('button', { name: "Summarise this site's privacy policy" }).click();
    await popup.getByTestId('linked-summary-note').waitFor();
    await expect(
      popup
        .getByTestId('summary')
        .getByRole('img', { name: /^Privacy grade [A-E]/ })
        .count(),
    ).resolves.toBe(1);
    // The quotes are not on this page, so the linked summary offers no "Show in page".
    await expect(popup.getByRole('button', { name: 'Show in page' }).count()).resolves.toBe(0);
    expect(page.url()).toBe(server.url('/'));
    expect(await badgeText(harness.worker, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('says so when the policy link fails to load', async () => {
    const { page, tabId } = await openSettled('/broken/index.html');
    // Chromium logs the failed fetch of the missing page in the page's console; that is the point of this test.
    harness.problems.expectedErrors.push(/broken\/index\.html: Failed to load resource: .*404/);
    const popup = await openPopup(harness, tabId);
    await popup.getByRole('button', { name: "Summarise this site's privacy policy" }).click();
    const problem = popup.getByTestId('link-problem');
    await problem.waitFor();
    await expect(problem.textContent()).resolves.toContain('HTTP 404');
    await popup.close();
    await page.close();
  });
});

describe('single-page apps', () => {
  it('re-decides after history navigation: badge on the policy route, none after leaving it', async () => {
    const { page, tabId } = await openSettled('/app/');
    expect(await badgeText(harness.worker, tabId)).toBe('');
    await page.click('#privacy-link');
    const grade = await waitFor(
      () => badgeText(harness.worker, tabId),
      (text) => text !== '',
      {
        timeout: 5000,
        what: 'the badge after navigating to the policy route',
      },
    );
    expect(grade).toMatch(/^[A-E]$/);
    expect(page.url()).toBe(server.url('/app/privacy'));
    await page.getByRole('link', { name: 'Home' }).click();
    await waitFor(
      () => badgeText(harness.worker, tabId),
      (text) => text === '',
      {
        what: 'the badge to clear after leaving the policy route',
      },
    );
    await page.close();
  });
});

describe('states', () => {
  it('explains restricted pages', async () => {
    const page = await harness.context.newPage();
    await page.goto('about:blank');
    await page.bringToFront();
    const tabId = await harness.worker.evaluate(async () => {
      // @ts-expect-error chrome is the worker's global
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab.id as number;
    });
    const popup = await openPopup(harness, tabId);
    await popup.getByTestId('state-restricted').waitFor();
    await popup.close();
    await page.close();
  });

  it('says a page is too short to judge when asked to analyse it', async () => {
    const { page, tabId } = await openSettled('/short.html');
    const popup = await openPopup(harness, tabId);
    await popup.getByRole('button', { name: /Analyse this page/ }).click();
    await popup.getByTestId('state-too-short').waitFor();
    expect(await badgeText(harness.worker, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('says a policy is not in English instead of summarising it', async () => {
    const { page, tabId } = await openSettled('/de/datenschutz.html');
    const popup = await openPopup(harness, tabId);
    const analyse = popup.getByRole('button', { name: /Analyse this page/ });
    if (await analyse.count()) await analyse.click();
    await popup.getByTestId('state-non-english').waitFor();
    expect(await badgeText(harness.worker, tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('when paused, analyses a policy page only on request from the popup', async () => {
    const control = await openPopup(harness, 0);
    await control.getByLabel('Pause automatic detection').check();
    await control.close();
    try {
      const { page, tabId } = await openSettled('/legal/privacy.html');
      expect((await tabState(harness.worker, tabId))?.status).toBe('paused');
      expect(await badgeText(harness.worker, tabId)).toBe('');
      const popup = await openPopup(harness, tabId);
      await popup.getByTestId('state-paused').waitFor();
      await popup.getByRole('button', { name: 'Analyse this page' }).click();
      await popup.getByTestId('summary').waitFor();
      await waitFor(
        () => badgeText(harness.worker, tabId),
        (text) => /^[A-E]$/.test(text),
        { what: 'the badge' },
      );
      await popup.close();
      await page.close();
    } finally {
      const restore = await openPopup(harness, 0);
      await restore.getByLabel('Pause automatic detection').uncheck();
      await restore.close();
    }
  });

  it('shows "Changed since" in the popup when a saved policy changes', async () => {
    const original = readFileSync(
      path.resolve(import.meta.dirname, '../fixtures/site/legal/privacy.html'),
      'utf8',
    );
    // Its own first version (new date), so it does not coincide with the copy at /legal/privacy.html.
    const first = original.replace('Last updated: March 4, 2025', 'Last updated: June 1, 2025');
    server.override('/changing/privacy.html', first);
    const { page, tabId } = await openSettled('/changing/privacy.html');
    expect(await badgeText(harness.worker, tabId)).toMatch(/^[A-E]$/);
    server.override(
      '/changing/privacy.html',
      first.replace(
        '<p>We do not sell your personal information, and we do not share it with third parties for their own marketing.</p>',
        '<p>We sell your personal information to data brokers and advertising partners.</p>',
      ),
    );
    const newestVersion = () =>
      harness.worker.evaluate(async () => {
        // @ts-expect-error chrome is the worker's global
        const record = (await chrome.storage.local.get('site:127.0.0.1'))['site:127.0.0.1'];
        const newest = record?.versions?.[0];
        return newest ? { url: newest.url as string, hash: newest.contentHash as string } : null;
      });
    const before = await newestVersion();
    expect(before?.url).toBe(server.url('/changing/privacy.html'));
    await page.reload();
    // Every fixture page is on 127.0.0.1, one "site": wait for a new newest version from this page.
    await waitFor(
      newestVersion,
      (newest) => newest?.url === before?.url && newest?.hash !== before?.hash,
      { what: 'the changed policy to be saved as a new version' },
    );
    const popup = await openPopup(harness, tabId);
    const changes = popup.getByTestId('changed-since');
    await changes.waitFor();
    await expect(changes.getByRole('heading', { name: /Changed since/ }).count()).resolves.toBe(1);
    await popup.close();
    await page.close();
    server.override('/changing/privacy.html', null);
  });

  it('lists the saved site and deletes it', async () => {
    const popup = await openPopup(harness, 0);
    const row = popup.locator('[data-site="127.0.0.1"]');
    await row.waitFor();
    await row.getByRole('button', { name: 'Delete saved summaries for 127.0.0.1' }).click();
    await waitFor(
      () => row.count(),
      (count) => count === 0,
      { what: 'the site to disappear' },
    );
    const stored = await harness.worker.evaluate(async () => {
      // @ts-expect-error chrome is the worker's global
      return Object.keys(await chrome.storage.local.get(null)).filter((key) =>
        key.startsWith('site:'),
      );
    });
    expect(stored).toEqual([]);
    await popup.close();
  });

  it('logs no errors and sends nothing beyond 127.0.0.1', () => {
    expect(harness.problems.outsideRequests).toEqual([]);
    expect(unexpectedErrors(harness.problems)).toEqual([]);
  });
});
