import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSiteChange } from '../../lib/compare/changes';
import { DATA_TYPE_LABELS, formatDate } from '../../lib/compare/labels';
import { compareRows } from '../../lib/compare/rows';
import { siteRecordSchema, type SiteRecord } from '../../lib/schema';
import {
  launchExtension,
  readStoredSites,
  startPolicyServer,
  waitFor,
  type ExtensionSession,
  type PolicyServer,
} from './compare-harness';
import { ACME, ACME_CHANGED, BIRCH, CEDAR, policyHtml } from './compare-policies';

// The comparison page against the real extension: three sites saved by visiting their served policies, the
// table read back, a policy changed and re-read, and every saved summary exported and imported again.

const SITES = [ACME, BIRCH, CEDAR].map((o) => o.domain);
const COMPARE_URL = `compare.html?site=${SITES.join('&site=')}`;

let server: PolicyServer;
let session: ExtensionSession;
let ext: Page;
/** What the page said before any site was saved. */
let emptyStateText = '';

async function storedRecords(): Promise<SiteRecord[]> {
  const raw = await readStoredSites(ext);
  return Object.values(raw).map((r) => siteRecordSchema.parse(r));
}

async function storedRecord(site: string): Promise<SiteRecord | undefined> {
  return (await storedRecords()).find((r) => r.site === site);
}

async function openCompare(): Promise<Page> {
  const page = await session.openExtensionPage(COMPARE_URL);
  await page.getByTestId('compare-table').waitFor();
  return page;
}

beforeAll(async () => {
  server = await startPolicyServer();
  for (const o of [ACME, BIRCH, CEDAR]) server.setPage(o.domain, '/privacy', policyHtml(o));
  session = await launchExtension();
  ext = await session.openExtensionPage('compare.html');
  emptyStateText = await ext.getByTestId('empty-state').innerText();
  const tab = await session.context.newPage();
  for (const o of [ACME, BIRCH, CEDAR]) {
    await tab.goto(server.url(o.domain, '/privacy'));
    await waitFor(() => storedRecord(o.domain));
  }
  await tab.close();
});

afterAll(async () => {
  await session?.close();
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

  it('shows "Changed since" after a served policy changes and is read again', async () => {
    const first = (await storedRecord(ACME.domain))!.versions[0]!;
    // The page is already open when the policy changes: it follows storage without a reload.
    const page = await openCompare();
    expect(await page.getByTestId('changed-since').count()).toBe(0);
    server.setPage(ACME.domain, '/privacy', policyHtml(ACME_CHANGED));
    const tab = await session.context.newPage();
    await tab.goto(server.url(ACME.domain, '/privacy'));
    const changed = await waitFor(async () => {
      const r = await storedRecord(ACME.domain);
      return r && r.versions.length === 2 ? r : null;
    });
    await tab.close();
    expect(changed.versions[1]!.contentHash).toBe(first.contentHash);
    const change = findSiteChange(changed);
    // The new version sells data, keeps records longer and collects precise location: the diff must see it.
    expect(change).not.toBeNull();

    const panel = page.getByTestId('changed-since');
    await panel.waitFor();
    expect(await panel.locator('h3').innerText()).toContain(
      `Changed since ${formatDate(first.analyzedAt)}`,
    );
    await panel.screenshot({ path: 'test-results/compare-changed-since.png' });
    const text = await panel.innerText();
    for (const t of change!.diff.dataTypes.added) expect(text).toContain(DATA_TYPE_LABELS[t]);
    for (const f of change!.diff.flags.added) expect(text).toContain(f.title);
    await panel.getByRole('button', { name: 'Mark as seen' }).click();
    await waitFor(
      async () => (await storedRecord(ACME.domain))?.seenHash === changed.versions[0]!.contentHash,
    );
    // Seen: the change stays readable, but is no longer announced as new.
    await expect.poll(() => panel.getByRole('button', { name: 'Mark as seen' }).count()).toBe(0);
    expect(await panel.locator('h3').innerText()).not.toContain('new');
    await page.close();
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
    await ext.evaluate(
      (key) =>
        (
          globalThis as unknown as {
            chrome: { storage: { local: { remove(k: string): Promise<void> } } };
          }
        ).chrome.storage.local.remove(key),
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

function sortSites(records: SiteRecord[]): SiteRecord[] {
  return [...records].sort((a, b) => a.site.localeCompare(b.site));
}
