/**
 * Responsiveness benchmark (not part of `npm test`): `npm run bench:responsiveness` builds, then loads two pages of
 * about 5 MB of text in Chromium with the extension — an ordinary article and a policy-shaped page (which the
 * extension also extracts) — and reports, from a DevTools trace of the renderer's main thread, the long tasks
 * (>= 50 ms) that ran extension script, and how much of each was the extension's. Analysis itself runs in the
 * service worker, off the page's thread; this measures what is left on it (detection, extraction).
 * Budget: no main-thread task over 200 ms with extension script in it. Exit code 1 when it is exceeded.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  launchExtension,
  tabIdOf,
  tabState,
  waitFor,
  type ExtensionHarness,
} from '../tests/e2e/support/extension';

const TARGET_BYTES = 5_000_000;
const LONG_TASK_MS = 50;
const BUDGET_MS = 200;
const SETTLE_MS = 1500;

const ARTICLE = [
  'The tomatoes along the south fence finally ripened this week, two weeks later than last year.',
  'We staked the beans with hazel poles cut from the hedge and tied them with soft twine.',
  'After the rain the slugs came out in force, so the lettuce bed got a ring of crushed eggshells.',
  'Compost from the autumn heap was dark and crumbly, and the worms had done most of the work.',
];
const POLICY = [
  'We collect your name, email address and phone number when you create an account.',
  'We share information with service providers who process payments on our behalf.',
  'We retain your account information for as long as your account is active.',
  'You may request access to or deletion of your personal information by contacting us.',
];
const POLICY_HEADINGS = [
  'Information we collect',
  'How we use information',
  'How we share information',
  'Data retention',
  'Your rights',
];

function bigPage(title: string, sentences: string[], headings: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const paragraph = `<p>${sentences.map((_, k) => sentences[(i + k) % sentences.length]).join(' ')}</p>`;
    if (i % 40 === 0) parts.push(`<h2>${headings(i / 40)}</h2>`);
    parts.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><article><h1>${title}</h1>${parts.join('\n')}</article></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>`;
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { url?: string; scriptName?: string }; name?: string };
}

interface LongTask {
  ms: number;
  extensionMs: number;
}

async function trace(harness: ExtensionHarness, url: string, waitForPolicy: boolean) {
  const page = await harness.context.newPage();
  const cdp = await harness.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) =>
    events.push(...(data.value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'],
    },
  });
  const started = Date.now();
  await page.goto(url, { timeout: 60_000 });
  const tabId = await tabIdOf(harness.worker, url);
  const state = await waitFor(
    () => tabState(harness.worker, tabId),
    (s) => s !== null && s.status !== 'analyzing' && (!waitForPolicy || s.status !== 'not-policy'),
    { timeout: 60_000, interval: 100, what: `a decision about ${url}` },
  );
  const decidedMs = Date.now() - started;
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  return { events, status: state?.status ?? 'none', decidedMs };
}

function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** All renderer main-thread time in extension script, however it was split into tasks. */
function extensionScriptMs(events: TraceEvent[]): number {
  const mainThreads = rendererMainThreads(events);
  const scripts = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        mainThreads.has(`${e.pid}:${e.tid}`) &&
        ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run'].includes(e.name) &&
        (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredUntil = -1;
  for (const e of scripts) {
    const end = e.ts + (e.dur ?? 0);
    if (end > coveredUntil) total += end - Math.max(e.ts, coveredUntil);
    coveredUntil = Math.max(coveredUntil, end);
  }
  return total / 1000;
}

/** Main-thread tasks of at least LONG_TASK_MS that ran any extension script, with the extension's share. */
function extensionLongTasks(events: TraceEvent[]): LongTask[] {
  const mainThreads = rendererMainThreads(events);
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`);
  const extensionScripts = events
    .filter(
      (e) =>
        onMain(e) &&
        ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run'].includes(e.name) &&
        (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith('chrome-extension://'),
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks = events.filter(
    (e) => onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) >= LONG_TASK_MS * 1000,
  );
  const result: LongTask[] = [];
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    let covered = start;
    let extension = 0;
    for (const script of extensionScripts) {
      if (script.pid !== task.pid || script.tid !== task.tid) continue;
      const from = Math.max(script.ts, covered);
      const to = Math.min(script.ts + (script.dur ?? 0), end);
      if (to > from) {
        extension += to - from;
        covered = to;
      }
    }
    if (extension > 0) result.push({ ms: (task.dur ?? 0) / 1000, extensionMs: extension / 1000 });
  }
  return result;
}

async function main(): Promise<void> {
  const pages: Record<string, string> = {
    '/article': bigPage('A year in the allotment', ARTICLE, (i) => `Week ${i + 1} in the garden`),
    '/privacy-policy': bigPage(
      'Privacy Policy',
      POLICY,
      (i) => POLICY_HEADINGS[i % POLICY_HEADINGS.length]!,
    ),
  };
  const server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const harness = await launchExtension();
  let failed = false;
  try {
    for (const [pathname, html] of Object.entries(pages)) {
      const { events, status, decidedMs } = await trace(
        harness,
        `${origin}${pathname}`,
        pathname !== '/article',
      );
      const long = extensionLongTasks(events);
      const worst = long.reduce((max, t) => Math.max(max, t.ms), 0);
      console.log(
        `${pathname} (${(html.length / 1e6).toFixed(1)} MB): status ${status} after ${decidedMs} ms; ` +
          `extension script ${extensionScriptMs(events).toFixed(0)} ms in all; ` +
          `${long.length} long task(s) with extension script` +
          (long.length
            ? `: ${long.map((t) => `${t.ms.toFixed(0)} ms (extension ${t.extensionMs.toFixed(0)} ms)`).join(', ')}`
            : ''),
      );
      if (worst > BUDGET_MS) {
        console.log(`  over budget: a ${worst.toFixed(0)} ms task (budget ${BUDGET_MS} ms)`);
        failed = true;
      }
    }
  } finally {
    await harness.close();
    server.close();
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
