import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSiteChange } from '../../lib/compare/changes';
import { DATA_TYPE_LABELS, formatDate } from '../../lib/compare/labels';
import { compareRows } from '../../lib/compare/rows';
import { siteRecordSchema, type SiteRecord } from '../../lib/schema';
import {
  badgeText,
  badgeTitle,
  EXTENSION_DIR,
  launchExtension,
  openPopup,
  tabIdOf,
  unexpectedErrors,
  waitFor,
  type ExtensionHarness,
} from './support/extension';
import {
  ACME,
  ACME_CHANGED,
  BIRCH,
  CEDAR,
  policyHtml,
  startPolicyServer,
  type PolicyServer,
} from './compare-policies';

// The comparison page against the real extension: three sites saved by visiting their served policies, the
// table read back, a policy changed and re-read (with the badge marking the unseen change), every saved summary
// exported and imported again, and the toolbar button's "Compare saved policies" menu item.

const SITES = [ACME, BIRCH, CEDAR].map((o) => o.domain);
const COMPARE_URL = `compare.html?site=${SITES.join('&site=')}`;
const MENU_ID = 'policylens-compare';
/** Saving runs the whole analysis in the background; on a busy machine it can take a while. */
const SAVE_TIMEOUT = 20_000;

// The service worker's `chrome` global, as far as these tests use it (the code runs in the worker, not in Node).
declare const chrome: {
  storage: {
    local: {
      get(keys: null): Promise<Record<string, unknown>>;
      remove(key: string): Promise<void>;
    };
  };
  contextMenus: {
    update(id: string, props: object): Promise<void>;
    onClicked: { dispatch(info: object, tab?: object): void };
  };
};

let server: PolicyServer;
let harness: ExtensionHarness;
/** What the page said before any site was saved. */
let emptyStateText = '';

async function openExtensionPage(pathAndQuery: string): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(`chrome-extension://${harness.extensionId}/${pathAndQuery}`);
  return page;
}

/** The saved site records, read straight from extension storage (the keys lib/storage writes). */
async function storedRecords(worker: Worker = harness.worker): Promise<SiteRecord[]> {
  const all = await worker.evaluate(() => chrome.storage.local.get(null));
  return Object.entries(all)
    .filter(([key]) => key.startsWith('site:') && !key.endsWith('$'))
    .map(([, value]) => siteRecordSchema.parse(value));
}

async function storedRecord(site: string): Promise<SiteRecord | undefined> {
  return (await storedRecords()).find((r) => r.site === site);
}

async function openCompare(): Promise<Page> {
  const page = await openExtensionPage(COMPARE_URL);
  await page.getByTestId('compare-table').waitFor();
  return page;
}

beforeAll(async () => {
  server = await startPolicyServer();
  for (const o of [ACME, BIRCH, CEDAR]) server.setPage(o.domain, '/privacy', policyHtml(o));
  harness = await launchExtension({ localHostSuffix: '.test' });
  const ext = await openExtensionPage('compare.html');
  emptyStateText = await ext.getByTestId('empty-state').innerText();
  await ext.close();
  const tab = await harness.context.newPage();
  for (const o of [ACME, BIRCH, CEDAR]) {
    await tab.goto(server.url(o.domain, '/privacy'));
    await waitFor(
      () => storedRecord(o.domain),
      (r) => r !== undefined,
      { timeout: SAVE_TIMEOUT, what: `the saved summary of ${o.domain}` },
    );
  }
  await tab.close();
});

afterAll(async () => {
  await harness?.close();
  await server?.close();
});

describe('comparison page', () => {
  it('explains how to add companies when fewer than two are saved', () => {
    expect(emptyStateText).toMatch(/No companies saved yet/);
    expect(emptyStateText).toMatch(/Open a company’s privacy policy/);
  });

  it('shows the three saved sites side by side with the rows and marks of their summaries', async () => {
    const records = await storedRecords();
    const ordered = SITES.map((s) => records.find((r) => r.site === s)!);
    const expected = compareRows(ordered);
    const page = await openCompare();

    const headers = await page.locator('.compare-table thead th').allInnerTexts();
    expect(headers.map((h) => h.split('\n')[0])).toEqual([
      ACME.company,
      BIRCH.company,
      CEDAR.company,
    ]);
    for (const row of expected) {
      const cells = page.locator(`tr[data-row="${row.id}"] td`);
      expect(await cells.count()).toBe(3);
      const marks = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-mark')));
      expect(marks, row.id).toEqual(row.cells.map((c) => c.mark ?? 'none'));
    }
    // The served policies differ (Cedar shares device identifiers with ad networks), so some row must be ranked.
    expect(expected.some((r) => r.cells.some((c) => c.mark !== null))).toBe(true);
    const marked = page.locator('td[data-mark="better"], td[data-mark="worse"]');
    expect(await marked.count()).toBeGreaterThan(0);
    // Marks carry a word, not colour alone.
    await expect.poll(() => marked.first().innerText()).toMatch(/better|worse/);
    const grades = await page.locator('tr[data-row="grade"] td .cell-button').allInnerTexts();
    expect(grades.map((g) => g.replace(/[▲▼]\s*(better|worse)\s*/, '').trim()[0])).toEqual(
      ordered.map((r) => r.versions[0]!.summary.grade),
    );
    await page.close();
  });

  it('keeps the choice in the URL and explains fewer than two chosen sites', async () => {
    const page = await openCompare();
    await page.getByRole('checkbox', { name: new RegExp(CEDAR.company) }).uncheck();
    expect(new URL(page.url()).searchParams.getAll('site')).toEqual([ACME.domain, BIRCH.domain]);
    expect(await page.locator('.compare-table thead th').count()).toBe(2);
    await page.getByRole('checkbox', { name: new RegExp(BIRCH.company) }).uncheck();
    expect(await page.getByTestId('compare-table').count()).toBe(0);
    await expect.poll(() => page.getByText('Choose at least 2 companies.').count()).toBe(1);
    await page.getByLabel('Search by name or domain').fill('birch');
    expect(await page.locator('.picker-list li').count()).toBe(1);
    await page.close();
  });

  it('opens the quotes behind a cell from the keyboard and returns focus when closed', async () => {
    const records = await storedRecords();
    const acme = records.find((r) => r.site === ACME.domain)!;
    const quote = acme.versions[0]!.summary.dataCollected[0]!.evidence[0]!.quote;
    const page = await openCompare();
    const button = page.locator(
      `tr[data-row="data-collected"] td[data-site="${ACME.domain}"] .cell-button`,
    );
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('blockquote').allInnerTexts()).toContain(quote);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no serious accessibility violations (%s)',
    async (scheme) => {
      const page = await openCompare();
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [380, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const result = await new AxeBuilder({ page }).analyze();
        const serious = result.violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        expect(
          serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
        await page.screenshot({
          path: `test-results/compare-${scheme}-${width}.png`,
          fullPage: true,
        });
      }
      await page.close();
    },
  );

  it('shows "Changed since" after a served policy changes and is read again, and marks the badge until seen', async () => {
    const first = (await storedRecord(ACME.domain))!.versions[0]!;
    // The page is already open when the policy changes: it follows storage without a reload.
    const page = await openCompare();
    expect(await page.getByTestId('changed-since').count()).toBe(0);
    server.setPage(ACME.domain, '/privacy', policyHtml(ACME_CHANGED));
    const tab = await harness.context.newPage();
    await tab.goto(server.url(ACME.domain, '/privacy'));
    const changed = (await waitFor(
      () => storedRecord(ACME.domain),
      (r) => r !== undefined && r.versions.length === 2,
      { timeout: SAVE_TIMEOUT, what: 'the second version of acme.test' },
    ))!;
    expect(changed.versions[1]!.contentHash).toBe(first.contentHash);
    const change = findSiteChange(changed);
    // The new version sells data, keeps records longer and collects precise location: the diff must see it.
    expect(change).not.toBeNull();
    expect(change!.unseen).toBe(true);

    // The tab showing the changed policy: its badge carries the mark, and the tooltip says since when.
    const tabId = await tabIdOf(harness.worker, tab.url());
    const grade = changed.versions[0]!.summary.grade;
    await waitFor(
      () => badgeText(harness.worker, tabId),
      (text) => text === `${grade}•`,
      { what: 'the badge to mark the unseen change' },
    );
    expect(await badgeTitle(harness.worker, tabId)).toContain(
      `Policy changed since ${formatDate(first.analyzedAt)} — not yet seen`,
    );

    const panel = page.getByTestId('changed-since');
    await panel.waitFor();
    expect(await panel.locator('h3').innerText()).toContain(
      `Changed since ${formatDate(first.analyzedAt)}`,
    );
    const text = await panel.innerText();
    for (const t of change!.diff.dataTypes.added) expect(text).toContain(DATA_TYPE_LABELS[t]);
    for (const f of change!.diff.flags.added) expect(text).toContain(f.title);

    // The changed section's text, old | new: the retention sentence in both wordings, each marked as changed.
    const retention = panel
      .getByTestId('changes-section')
      .filter({ hasText: 'How Long We Keep Information' });
    // Four sections changed, so each starts closed (the summary lines stay on screen): open this one as a reader would.
    expect(await retention.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await retention.locator('summary').click();
    const sides = retention.locator('.changes-side');
    expect(await sides.count()).toBe(2);
    const oldSentence = 'We keep order records for 30 days after delivery, and then delete them.';
    const newSentence = 'We keep order records for 90 days after delivery, and then delete them.';
    expect(await sides.nth(0).locator('.changes-only').allInnerTexts()).toEqual([
      expect.stringContaining(oldSentence),
    ]);
    expect(await sides.nth(1).locator('.changes-only').allInnerTexts()).toEqual([
      expect.stringContaining(newSentence),
    ]);
    expect(await sides.nth(0).innerText()).not.toContain(newSentence);
    // Side by side at full width, one above the other at popup width.
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await sides.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(wide[0]).toBe(wide[1]);
    await page.setViewportSize({ width: 380, height: 900 });
    const narrow = await sides.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(narrow[1]).toBeGreaterThan(narrow[0]!);
    await panel.screenshot({ path: 'test-results/compare-changed-since.png' });

    await panel.getByRole('button', { name: 'Mark as seen' }).click();
    await waitFor(
      () => storedRecord(ACME.domain),
      (r) => r?.seenHash === changed.versions[0]!.contentHash,
      { what: 'the change to be marked as seen' },
    );
    // Seen: the change stays readable, but is no longer announced as new, and the badge is the grade again.
    await expect.poll(() => panel.getByRole('button', { name: 'Mark as seen' }).count()).toBe(0);
    expect(await panel.locator('h3').innerText()).not.toContain('new');
    await waitFor(
      () => badgeText(harness.worker, tabId),
      (text) => text === grade,
      { what: 'the badge mark to clear' },
    );
    expect(await badgeTitle(harness.worker, tabId)).not.toContain('not yet seen');
    await tab.close();
    await page.close();
  });

  it('clears the badge mark when the change is marked as seen in the popup', async () => {
    const seenBefore = (await storedRecord(ACME.domain))!;
    expect(seenBefore.seenHash).toBe(seenBefore.versions[0]!.contentHash);
    server.setPage(ACME.domain, '/privacy', policyHtml({ ...ACME_CHANGED, retentionDays: 60 }));
    const tab = await harness.context.newPage();
    await tab.goto(server.url(ACME.domain, '/privacy'));
    const third = (await waitFor(
      () => storedRecord(ACME.domain),
      (r) => r !== undefined && r.versions.length === 3,
      { timeout: SAVE_TIMEOUT, what: 'the third version of acme.test' },
    ))!;
    const tabId = await tabIdOf(harness.worker, tab.url());
    const grade = third.versions[0]!.summary.grade;
    await waitFor(
      () => badgeText(harness.worker, tabId),
      (text) => text === `${grade}•`,
      { what: 'the badge to mark the new unseen change' },
    );
    const popup = await openPopup(harness, tabId);
    const panel = popup.getByTestId('changed-since');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('90 days');
    await panel.getByRole('button', { name: 'Mark as seen' }).click();
    await waitFor(
      () => badgeText(harness.worker, tabId),
      (text) => text === grade,
      { what: 'the badge mark to clear after the popup’s Mark as seen' },
    );
    expect((await storedRecord(ACME.domain))!.seenHash).toBe(third.versions[0]!.contentHash);
    await popup.close();
    await tab.close();
  });

  it('exports every saved summary and imports it back without losing anything', async () => {
    const before = await storedRecords();
    const page = await openCompare();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all saved summaries' }).click(),
    ]);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text).sites).toHaveLength(before.length);

    // A foreign file is refused and changes nothing.
    await page.getByTestId('import-file').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"something-else"}'),
    });
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(/not a PolicyLens export.*Nothing was imported/);
    expect(sortSites(await storedRecords())).toEqual(sortSites(before));

    // Lose one site, then import: it comes back, and the others are unchanged.
    await harness.worker.evaluate(
      (key) => chrome.storage.local.remove(key),
      `site:${BIRCH.domain}`,
    );
    expect((await storedRecords()).some((r) => r.site === BIRCH.domain)).toBe(false);
    await page.getByTestId('import-file').setInputFiles(file);
    await expect
      .poll(() => page.getByTestId('import-status').innerText())
      .toMatch(/Imported 3 sites.*1 new/);
    expect(sortSites(await storedRecords())).toEqual(sortSites(before));
    await page.close();
  });

  it('exports the comparison as Markdown, CSV and JSON', async () => {
    const page = await openCompare();
    const read = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name, exact: true }).click(),
      ]);
      return {
        name: download.suggestedFilename(),
        text: readFileSync(await download.path(), 'utf8'),
      };
    };
    const md = await read('Markdown');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain(`| ${ACME.company} (${ACME.domain}) |`);
    expect(md.text).toMatch(/\| Grade \|.*\\\[(better|worse)\\\]/);
    const csv = await read('CSV');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.split('\r\n')[0]).toBe(
      `Row,${[ACME, BIRCH, CEDAR].map((o) => `${o.company} (${o.domain})`).join(',')}`,
    );
    const json = JSON.parse((await read('JSON')).text);
    expect(json.sites.map((s: { site: string }) => s.site)).toEqual(SITES);
    expect(json.rows.length).toBe(compareRows([]).length);
    await page.close();
  });
});

describe('toolbar button menu', () => {
  it('the built manifest asks for the contextMenus permission', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('contextMenus');
  });

  it('the service worker has added "Compare saved policies" (and a missing id is refused, so the check can fail)', async () => {
    const exists = (id: string) =>
      harness.worker.evaluate(
        (menuId) =>
          chrome.contextMenus.update(menuId, {}).then(
            () => true,
            () => false,
          ),
        id,
      );
    expect(await waitFor(() => exists(MENU_ID), Boolean, { what: 'the menu item' })).toBe(true);
    expect(await exists('not-a-policylens-item')).toBe(false);
  });

  it('a click on the item, delivered to the worker’s own listener, opens the comparison page', async () => {
    const comparePages = () =>
      harness.context.pages().filter((p) => new URL(p.url()).pathname === '/compare.html');
    const before = comparePages().length;
    // Headless Chromium has no toolbar to right-click: the browser's own onClicked event is dispatched in the worker,
    // which runs every listener the extension registered, as a real click would.
    await harness.worker.evaluate(() =>
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'someone-else', editable: false }),
    );
    await harness.worker.evaluate(
      (id) => chrome.contextMenus.onClicked.dispatch({ menuItemId: id, editable: false }),
      MENU_ID,
    );
    const pages = await waitFor(
      async () => comparePages(),
      (list) => list.length > before,
      { what: 'the comparison page to open' },
    );
    expect(pages.length).toBe(before + 1);
    const opened = pages.at(-1)!;
    await opened.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(opened.url()).protocol).toBe('chrome-extension:');
    await opened.close();
  });
});

describe('the run as a whole', () => {
  it('sends no request outside the local server and logs no errors', () => {
    expect(harness.problems.outsideRequests).toEqual([]);
    expect(
      unexpectedErrors(harness.problems),
      unexpectedErrors(harness.problems).join('\n'),
    ).toEqual([]);
  });
});

function sortSites(records: SiteRecord[]): SiteRecord[] {
  return [...records].sort((a, b) => a.site.localeCompare(b.site));
}
