import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { messages } from '../../components/strings';
import { startFixtureServer, type FixtureServer } from './support/server';
import {
  badgeText,
  launchExtension,
  openPopup,
  tabIdOf,
  unexpectedErrors,
  waitFor,
  type ExtensionHarness,
} from './support/extension';

interface FlagLike {
  id: string;
  severity: string;
  title: string;
  evidence: { quote: string }[];
}
interface SummaryLike {
  grade: string;
  company: string | null;
  lastUpdated: string | null;
  flags: FlagLike[];
  dataCollected: { type: string; evidence: { quote: string }[] }[];
  contacts: { emails: string[] };
  sharing: { sellsData: 'yes' | 'no' | 'not-stated' };
}

let server: FixtureServer;
let harness: ExtensionHarness;
let policyPage: Page;
let tabId: number;
let summary: SummaryLike;

const SCREENSHOTS = 'test-results/popup';

beforeAll(async () => {
  server = await startFixtureServer();
  harness = await launchExtension();
  policyPage = await harness.context.newPage();
  await policyPage.goto(server.url('/legal/privacy.html'));
  tabId = await tabIdOf(harness.worker, policyPage.url());
  await waitFor(
    () => badgeText(harness.worker, tabId),
    (text) => text !== '',
    { what: 'the badge' },
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

describe('popup for a known policy page', () => {
  it('shows company, domain, grade, date, flags by severity, and the sections', async () => {
    const popup = await openPopup(harness, tabId);
    const view = popup.getByTestId('summary');
    await view.waitFor();
    // The engine's company finding when it has one, else the domain; the engine's accuracy is tested in its stage.
    await expect(view.locator('.company').textContent()).resolves.toBe(
      summary.company ?? '127.0.0.1',
    );
    await expect(view.locator('.domain').textContent()).resolves.toBe('127.0.0.1');
    await expect(
      view.getByRole('img', { name: new RegExp(`grade ${summary.grade}\\b`) }).count(),
    ).resolves.toBe(1);
    await expect(view.locator('.meta').first().textContent()).resolves.toBe(
      `Last updated: ${summary.lastUpdated ?? 'not stated'}`,
    );

    const shownFlagIds = await view
      .locator('.flag')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-flag')));
    const order = { high: 0, medium: 1, low: 2, good: 3 } as Record<string, number>;
    const expected = [...summary.flags]
      .sort((a, b) => order[a.severity]! - order[b.severity]!)
      .map((flag) => flag.id);
    expect(shownFlagIds).toEqual(expected);

    for (const heading of ['Data collected', 'Sharing', 'Retention', 'Your rights', 'Contact']) {
      await expect(view.getByRole('heading', { name: heading, exact: true }).count()).resolves.toBe(
        1,
      );
    }
    const dataTypes = await view
      .locator('[data-section="data"] [data-finding]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-finding')));
    expect(dataTypes).toEqual(summary.dataCollected.map((item) => item.type));
    await expect(view.locator('[data-section="sharing"] .sells').textContent()).resolves.toBe(
      messages.sells[summary.sharing.sellsData],
    );
    const mailLinks = await view
      .locator('[data-section="contact"] a[href^="mailto:"]')
      .evaluateAll((links) => links.map((link) => link.textContent));
    expect(mailLinks).toEqual(summary.contacts.emails);
    await popup.close();
  });

  it('"Show in page" highlights the sentence in the page, and the next click clears it', async () => {
    const popup = await openPopup(harness, tabId);
    // The first data finding: its quote must be found and marked in the page, character for character.
    const item = popup.locator('[data-section="data"] [data-finding]').first();
    await item.locator('summary').click();
    const quote = (await item.locator('blockquote').first().textContent())!;
    expect(quote).toBe(summary.dataCollected[0]!.evidence[0]!.quote);
    await item.getByRole('button', { name: 'Show in page' }).first().click();
    const highlighted = await waitFor(
      () =>
        policyPage.evaluate(() => {
          const highlight = CSS.highlights.get('policylens');
          const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
          return range?.toString() ?? null;
        }),
      (text) => text !== null,
      { what: 'the highlight' },
    );
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(squash(highlighted!)).toBe(squash(quote));
    await policyPage.bringToFront();
    await policyPage.mouse.click(5, 5);
    await waitFor(
      () => policyPage.evaluate(() => CSS.highlights.has('policylens')),
      (present) => !present,
      { what: 'the highlight to clear' },
    );
    await popup.close();
  });

  it('is keyboard-navigable: Tab moves through controls, Enter opens a finding, Tab reaches its "Show in page"', async () => {
    const popup = await openPopup(harness, tabId);
    await popup.getByTestId('summary').waitFor();
    const focusedNames: string[] = [];
    for (let i = 0; i < 8; i++) {
      await popup.keyboard.press('Tab');
      focusedNames.push(
        await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? ''),
      );
    }
    expect(focusedNames.some((name) => name.length > 0)).toBe(true);
    const firstFinding = popup.locator('.finding').first();
    await firstFinding.locator('summary').focus();
    await popup.keyboard.press('Enter');
    await expect(firstFinding.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(
      true,
    );
    await popup.keyboard.press('Tab');
    await expect(popup.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Show in page',
    );
    await popup.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe-core violations in the ${scheme} scheme`, async () => {
      const popup = await openPopup(harness, tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('summary').waitFor();
      await popup
        .locator('.finding')
        .first()
        .evaluate((el) => ((el as HTMLDetailsElement).open = true));
      await popup.screenshot({ path: `${SCREENSHOTS}-${scheme}.png` });
      await popup.screenshot({ path: `${SCREENSHOTS}-${scheme}-full.png`, fullPage: true });
      const results = await new AxeBuilder({ page: popup }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      await popup.close();
    });
  }

  it('logs no errors and sends nothing beyond 127.0.0.1', () => {
    expect(harness.problems.outsideRequests).toEqual([]);
    expect(unexpectedErrors(harness.problems)).toEqual([]);
  });
});
