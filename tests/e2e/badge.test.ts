import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  badgeColor,
  badgeText,
  badgeTitle,
  launchExtension,
  openSettled,
  tabIdOf,
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

/** Opens a page and waits until the background has decided about it (any final state). */
async function visit(pathname: string) {
  const { page, tabId, reported } = await openSettled(harness, server.url(pathname));
  return { page, tabId, reported, state: await tabState(harness.worker, tabId) };
}

describe('action badge', () => {
  it('shows the grade on a policy page within 3 s of load, coloured, with a tooltip counting high flags', async () => {
    const page = await harness.context.newPage();
    const started = Date.now();
    await page.goto(server.url('/legal/privacy.html'));
    const tabId = await tabIdOf(harness.worker, page.url());
    const text = await waitFor(
      () => badgeText(harness.worker, tabId),
      (value) => value !== '',
      {
        timeout: 3000,
        what: 'the badge',
      },
    );
    expect(Date.now() - started).toBeLessThanOrEqual(3000);
    expect(text).toMatch(/^[A-E]$/);
    const title = await badgeTitle(harness.worker, tabId);
    expect(title).toMatch(new RegExp(`grade ${text}, (no|\\d+) high-severity flags?`));
    const color = await badgeColor(harness.worker, tabId);
    expect(color.slice(0, 3)).not.toEqual([0, 0, 0]);
    await page.close();
  });

  for (const pathname of ['/terms.html', '/blog/brewing-guide.html', '/']) {
    it(`leaves the badge empty on ${pathname}`, async () => {
      const { page, tabId, reported, state } = await visit(pathname);
      // The detector's glance passed the page over without a message; the popup's full look agrees.
      expect(reported).toBe(false);
      expect(state?.status).toBe('not-policy');
      expect(await badgeText(harness.worker, tabId)).toBe('');
      await page.close();
    });
  }

  it('leaves the badge empty on a post about privacy: reported by the glance, then rejected in full', async () => {
    const { page, tabId, reported, state } = await visit('/blog/privacy-tips.html');
    expect(reported).toBe(true);
    expect(state).toMatchObject({
      status: 'not-policy',
      // The page tools' full look also found the site's policy link for the popup to offer.
      privacyLink: server.url('/legal/privacy.html'),
    });
    expect(await badgeText(harness.worker, tabId)).toBe('');
    await page.close();
  });

  it('sends no request outside 127.0.0.1 and logs no errors', () => {
    expect(harness.problems.outsideRequests).toEqual([]);
    expect(unexpectedErrors(harness.problems)).toEqual([]);
  });
});
