/**
 * Responsiveness benchmark (not part of `npm test`): `npm run bench:responsiveness` builds, then loads two pages of
 * about 5 MB of text in Chromium with the extension — an ordinary article and a policy-shaped page (which the
 * extension also extracts) — and reports, from a DevTools trace of the renderer's main thread, the long tasks
 * (>= 50 ms) that ran extension script, and how much of each was the extension's. Analysis itself runs in the
 * service worker, off the page's thread; this measures what is left on it (detection, extraction).
 * Budget: no main-thread task over 200 ms with extension script in it. Exit code 1 when it is exceeded.
 */
import {
  coveredMicros,
  launchExtension,
  reportFor,
  SCRIPT_EVENTS,
  scriptOf,
  servePages,
  sleep,
  traceWhile,
  type ExtensionHarness,
  type TraceEvent,
} from './support';

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

interface LongTask {
  ms: number;
  extensionMs: number;
}

async function trace(harness: ExtensionHarness, url: string, waitForPolicy: boolean) {
  const page = await harness.context.newPage();
  const cdp = await harness.context.newCDPSession(page);
  let status = 'none';
  let decidedMs = 0;
  const events = await traceWhile(cdp, async () => {
    const started = Date.now();
    await page.goto(url, { timeout: 60_000 });
    if (waitForPolicy) {
      const state = await reportFor(
        harness,
        url,
        (s) => s.status !== 'analyzing' && s.status !== 'not-policy',
        60_000,
      );
      status = state.status;
      decidedMs = Date.now() - started;
    } else {
      // The detector glances at an ordinary page and sends nothing: no state to wait for.
      status = 'passed over';
      decidedMs = Date.now() - started;
    }
    await sleep(SETTLE_MS);
  });
  await page.close();
  return { events, status, decidedMs };
}

function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
}

/** Extension script events (evaluation, calls, compiles) on a renderer main thread. */
function extensionScripts(events: TraceEvent[]): TraceEvent[] {
  const mainThreads = rendererMainThreads(events);
  return events.filter(
    (e) =>
      e.ph === 'X' &&
      mainThreads.has(`${e.pid}:${e.tid}`) &&
      SCRIPT_EVENTS.has(e.name) &&
      scriptOf(e).startsWith('chrome-extension://'),
  );
}

/** All renderer main-thread time in extension script, however it was split into tasks. */
function extensionScriptMs(events: TraceEvent[]): number {
  return coveredMicros(extensionScripts(events)) / 1000;
}

/** Main-thread tasks of at least LONG_TASK_MS that ran any extension script, with the extension's share. */
function extensionLongTasks(events: TraceEvent[]): LongTask[] {
  const mainThreads = rendererMainThreads(events);
  const onMain = (e: TraceEvent) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`);
  const scripts = extensionScripts(events).sort((a, b) => a.ts - b.ts);
  const tasks = events.filter(
    (e) => onMain(e) && e.name === 'RunTask' && (e.dur ?? 0) >= LONG_TASK_MS * 1000,
  );
  const result: LongTask[] = [];
  for (const task of tasks) {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    let covered = start;
    let extension = 0;
    for (const script of scripts) {
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
  const server = await servePages(pages);
  const origin = server.origin;
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
