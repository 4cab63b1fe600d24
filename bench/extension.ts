/**
 * Extension benchmark (not part of `npm test`): `npm run bench:extension` builds, then reports
 *  - the all-pages detector's size (budget: <= 10 KB minified),
 *  - its main-thread time on a 1 MB non-policy page in Chromium (budget: <= 1 ms), each page loaded in a new tab and
 *    measured from navigation until 1 s after load (the detector glances at document_idle and sends nothing on such
 *    a page; the window includes its deferred work):
 *    - the script's own work: V8 CPU-profiler samples whose stack holds a frame of detector.js, i.e. its top-level
 *      code and everything it calls (DOM reads, regexes, lazy compiles), but not the engine's per-script startup;
 *      once with each sample standing for the time since the previous one (as DevTools counts), once with each
 *      standing for the profile's median sampling interval (robust to the renderer being descheduled on a loaded
 *      machine); both are held to the budget, and a per-function breakdown is printed;
 *    - everything, from a DevTools trace: the summed duration of the evaluation and function calls attributed to
 *      detector.js, which also counts Chromium creating the isolated world and compiling the script,
 *  - the popup's paint times for a cached summary (budget: <= 150 ms first paint).
 * Exit code 1 when a budget is exceeded.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, openPopup, tabIdOf } from '../tests/e2e/support/extension';
import {
  coveredMicros,
  launchExtension,
  median,
  profileWhile,
  reportFor,
  scriptOf,
  servePages,
  sleep,
  traceWhile,
  type CpuProfile,
  type TraceEvent,
} from './support';
import { coldWorldCpu, floorDetector, isolatedWorldCpu, type WorldCpu } from './world-cpu';

const DETECTOR = path.join(EXTENSION_DIR, 'content-scripts/detector.js');
const SIZE_BUDGET = 10 * 1024;
const TIME_BUDGET_MS = 1;
const PAINT_BUDGET_MS = 150;
/** Pages measured; the median is reported (single runs on a shared machine swing by several times). */
const RUNS = 9;
const PAINT_RUNS = 5;
/** How long each measurement window stays open after the detector's report. */
const SETTLE_MS = 1000;
const BREAKDOWN_ROWS = 12;
const MAX_RETRIES = 3;
const CPU_RUNS = 15;
/** Long enough after load for the detector (document_idle) to have run. */
const GLANCE_MS = 300;

/** A long, ordinary article page (a gardening journal) of about 1 MB of text, with a footer privacy link. */
function bigNonPolicyPage(): string {
  const sentences = [
    'The tomatoes along the south fence finally ripened this week, two weeks later than last year.',
    'We staked the beans with hazel poles cut from the hedge and tied them with soft twine.',
    'After the rain the slugs came out in force, so the lettuce bed got a ring of crushed eggshells.',
    'Compost from the autumn heap was dark and crumbly, and the worms had done most of the work.',
    'Next season we will try a third bed of squash along the path where the sun lingers in the evening.',
  ];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const paragraph = `<p>${sentences.map((s, k) => sentences[(i + k) % sentences.length]).join(' ')}</p>`;
    if (i % 12 === 0) parts.push(`<h2>Week ${i / 12 + 1} in the garden</h2>`);
    parts.push(paragraph);
    size += paragraph.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A year in the allotment | Green Row Journal</title></head>
<body><header><nav><a href="/">Home</a> <a href="/archive">Archive</a></nav></header>
<main><article><h1>A year in the allotment</h1>${parts.join('\n')}</article></main>
<footer><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer></body></html>`;
}

const isDetectorScript = (url: string) => url.includes('/content-scripts/detector.js');

/** Main-thread milliseconds of the trace's script events (evaluation, calls, compiles) attributed to detector.js. */
function detectorMainThreadMs(events: TraceEvent[]): number {
  return (
    coveredMicros(
      events.filter(
        (event) =>
          event.ph === 'X' &&
          ['EvaluateScript', 'FunctionCall', 'v8.compile'].includes(event.name) &&
          isDetectorScript(scriptOf(event)),
      ),
    ) / 1000
  );
}

/**
 * The CPU-profile samples taken while a frame of detector.js was on the stack, i.e. its top-level code and everything
 * it calls (DOM reads, regex compiles, builtins), two ways:
 *  - `ms`: each sample stands for the time since the previous one (`timeDeltas`, as DevTools counts it);
 *  - `sampledMs`: each sample stands for the profile's median sampling interval. On this shared 2-core machine the
 *    renderer is regularly descheduled for milliseconds; the first sample after such a gap then stands for the whole
 *    gap in `ms` (single samples of 2–5 ms among 125 µs ones), although the detector did not run in it.
 * `byFunction` (sampled) charges each sample to the innermost detector.js frame on its stack, so the DOM calls,
 * regex compiles and builtins a function makes count as its own.
 */
function detectorSamples(profile: CpuProfile): {
  ms: number;
  sampledMs: number;
  byFunction: Map<string, number>;
  /** Whether the profile holds any detector.js frame at all. */
  seen: boolean;
} {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const owner = new Map<number, string | null>();
  const ownerOf = (id: number): string | null => {
    if (owner.has(id)) return owner.get(id)!;
    const node = byId.get(id);
    const up = parent.get(id);
    const frame = node?.callFrame;
    const result =
      frame && isDetectorScript(frame.url)
        ? `${frame.functionName || '(anonymous)'}@${frame.lineNumber + 1}:${frame.columnNumber + 1}`
        : up !== undefined
          ? ownerOf(up)
          : null;
    owner.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const interval = median(deltas.slice(1)) / 1000;
  const byFunction = new Map<string, number>();
  let ms = 0;
  let sampledMs = 0;
  // timeDeltas[i + 1] is the time from sample i to the next one: the time that sample stands for.
  for (let i = 0; i < samples.length; i++) {
    const key = ownerOf(samples[i]!);
    if (key === null) continue;
    ms += (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    sampledMs += interval;
    byFunction.set(key, (byFunction.get(key) ?? 0) + interval);
  }
  const seen = profile.nodes.some((node) => isDetectorScript(node.callFrame.url));
  return { ms, sampledMs, byFunction, seen };
}

/**
 * A low-noise cross-check of the detector's own work: main-thread CPU time (Performance.getMetrics ThreadTime, in
 * thread ticks, so time the renderer spends descheduled on a loaded machine does not count) of running the built
 * detector.js in a fresh isolated world made over CDP on the 1 MB page, with a stand-in `chrome.runtime` (such a world
 * has no extension APIs), minus the same for an empty script. It counts the script's compile, top-level code and
 * first decision, as in the extension, but not the extension bindings or the message's delivery.
 */
async function isolatedWorldCpuMs(
  harness: Awaited<ReturnType<typeof launchExtension>>,
  url: string,
  detector: string,
): Promise<{ ms: number; runs: number[] }> {
  const cpu = async (code: string): Promise<number> => {
    const page = await harness.context.newPage();
    await page.goto(url);
    // The real detector has run in this renderer (at document_idle; it sends nothing on this page).
    await sleep(GLANCE_MS);
    const ms = await isolatedWorldCpu(await harness.context.newCDPSession(page), code);
    await page.close();
    return ms;
  };
  const empty: number[] = [];
  const runs: number[] = [];
  for (let i = 0; i < CPU_RUNS; i++) {
    empty.push(await cpu('(function () {})();'));
    runs.push(await cpu(detector));
  }
  return { ms: median(runs) - median(empty), runs: runs.map((t) => t - median(empty)) };
}

/**
 * Where the detector's time goes: the glance's first (cold) call on the same page, run in the page's main world from
 * a separate bundle, against scorePolicyPage's and findPrivacyLink's (what the detector ran on every page before it
 * only glanced; now the page tools run them when the popup asks). The rest of the content script's time is world
 * setup and the wrapper.
 */
async function coldDetectionCalls(
  page: Page,
): Promise<{ glanceMs: number; scoreMs: number; linkMs: number }> {
  const bundle = await build({
    stdin: {
      contents:
        "import { mayBePolicy } from './lib/detect/glance'; import { scorePolicyPage } from './lib/detect/page';" +
        "import { findPrivacyLink } from './lib/detect/privacy-link';" +
        'globalThis.__bench = { mayBePolicy, scorePolicyPage, findPrivacyLink };',
      resolveDir: path.resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  return page.evaluate(() => {
    type Look = (d: Document, u: URL) => unknown;
    const api = (
      globalThis as unknown as {
        __bench: { mayBePolicy: Look; scorePolicyPage: Look; findPrivacyLink: Look };
      }
    ).__bench;
    const url = new URL(location.href);
    // No helper function here: tsx would wrap a named one in a `__name` call the page does not have.
    const ms: number[] = [];
    for (const look of [api.mayBePolicy, api.scorePolicyPage, api.findPrivacyLink]) {
      const start = performance.now();
      look(document, url);
      ms.push(performance.now() - start);
    }
    return { glanceMs: ms[0]!, scoreMs: ms[1]!, linkMs: ms[2]! };
  });
}

async function main(): Promise<void> {
  const size = statSync(DETECTOR).size;
  const detectorSource = readFileSync(DETECTOR, 'utf8').split('\n');
  const html = bigNonPolicyPage();
  const pages: Record<string, string | Buffer> = {
    '/legal/privacy.html': readFileSync(
      path.resolve(import.meta.dirname, '../tests/fixtures/site/legal/privacy.html'),
    ),
  };
  for (let run = 0; run < RUNS; run++) {
    pages[`/journal/${run}`] = html;
    for (let attempt = 0; attempt <= MAX_RETRIES; attempt++)
      pages[`/journal/${run}/again${attempt ? `-${attempt}` : ''}`] = html;
  }
  const server = await servePages(pages);
  const harness = await launchExtension();
  const detectorTimes: number[] = [];
  const ownTimes: number[] = [];
  const sampledTimes: number[] = [];
  const byFunction = new Map<string, number>();
  const paints: { firstPaint: number; summary: number }[] = [];
  let coldCalls = { glanceMs: NaN, scoreMs: NaN, linkMs: NaN };
  let retried = 0;
  let isolated = { ms: NaN, runs: [] as number[] };
  let cold: Record<string, WorldCpu> = {};
  try {
    // Each measurement loads its page in a new tab. A tab that navigates from one page to the next may move to a
    // new renderer process (Chromium does so to keep the old page in the back/forward cache), and a CPU profile
    // started on the old process then misses the detector entirely: such runs read as 0 ms.
    const measure = async <T>(
      target: string,
      record: (cdp: CDPSession, load: () => Promise<void>) => Promise<T>,
      inPage?: (page: Page) => Promise<void>,
    ): Promise<T> => {
      const page = await harness.context.newPage();
      const cdp = await harness.context.newCDPSession(page);
      // The window closes SETTLE_MS after the report, so work the detector defers (timers, idle callbacks) counts.
      const result = await record(cdp, async () => {
        // The detector sends nothing on this ordinary page: the window stays open SETTLE_MS after load, well past
        // document_idle, so the glance and anything it defers (the SPA timer's first tick) count.
        await page.goto(target);
        await sleep(SETTLE_MS);
      });
      await inPage?.(page);
      await page.close();
      return result;
    };
    for (let run = 0; run < RUNS; run++) {
      const events = await measure(`${server.origin}/journal/${run}`, traceWhile);
      detectorTimes.push(detectorMainThreadMs(events));
      // A profile without a single detector.js frame did not see the detector run (the tab's renderer changed under
      // it, a few times in a hundred): it is taken again, at most MAX_RETRIES times per run, and counted.
      let own = { ms: 0, sampledMs: 0, byFunction: new Map<string, number>(), seen: false };
      for (let attempt = 0; attempt <= MAX_RETRIES && !own.seen; attempt++) {
        if (attempt > 0) retried++;
        own = detectorSamples(
          await measure(
            `${server.origin}/journal/${run}/again${attempt ? `-${attempt}` : ''}`,
            profileWhile,
            async (page) => {
              if (run === 0 && attempt === 0) coldCalls = await coldDetectionCalls(page);
            },
          ),
        );
      }
      ownTimes.push(own.ms);
      sampledTimes.push(own.sampledMs);
      for (const [key, ms] of own.byFunction) byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    }

    const policyPage = await harness.context.newPage();
    const policyUrl = `${server.origin}/legal/privacy.html`;
    await policyPage.goto(policyUrl);
    const tabId = await tabIdOf(harness.worker, policyUrl);
    await reportFor(harness, policyUrl, (state) => state.status === 'policy');
    for (let run = 0; run < PAINT_RUNS; run++) {
      const popup = await openPopup(harness, tabId);
      await popup.getByTestId('summary').waitFor();
      paints.push(
        await popup.evaluate(() => ({
          firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          summary: performance.getEntriesByName('policylens:summary-painted')[0]?.startTime ?? NaN,
        })),
      );
      await popup.close();
    }
    isolated = await isolatedWorldCpuMs(
      harness,
      `${server.origin}/journal/0`,
      readFileSync(DETECTOR, 'utf8'),
    );
    cold = await coldWorldCpu(
      `${server.origin}/journal/0`,
      { floor: `(${floorDetector.toString()})();`, detector: readFileSync(DETECTOR, 'utf8') },
      CPU_RUNS,
    );
  } finally {
    await harness.close();
    server.close();
  }

  if (retried > 0) console.log(`profiles taken again (no detector.js frame in them): ${retried}`);
  console.log(`where the detector's own work goes (CPU-profile ms per page, mean of ${RUNS}):`);
  for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, BREAKDOWN_ROWS)) {
    const [line, column] = key
      .slice(key.lastIndexOf('@') + 1)
      .split(':')
      .map(Number);
    const code = detectorSource[line! - 1]?.slice(column! - 1, column! + 49) ?? '';
    console.log(`  ${(ms / RUNS).toFixed(3)} ms  ${key}  ${JSON.stringify(code)}`);
  }
  const detectorMs = median(detectorTimes);
  const ownMs = median(ownTimes);
  const sampledMs = median(sampledTimes);
  const firstPaint = median(paints.map((p) => p.firstPaint));
  const summaryPaint = median(paints.map((p) => p.summary));
  const rows = [
    ['detector size (minified)', `${(size / 1024).toFixed(2)} KB`, '<= 10 KB', size <= SIZE_BUDGET],
    [
      `detector's own work, 1 MB page, CPU-profile samples (median of ${RUNS})`,
      `${ownMs.toFixed(3)} ms  [${ownTimes.map((t) => t.toFixed(2)).join(', ')}]`,
      '<= 1 ms',
      ownMs <= TIME_BUDGET_MS,
    ],
    [
      `detector's own work, samples x median sampling interval (median of ${RUNS})`,
      `${sampledMs.toFixed(3)} ms  [${sampledTimes.map((t) => t.toFixed(2)).join(', ')}]`,
      '<= 1 ms',
      sampledMs <= TIME_BUDGET_MS,
    ],
    [
      `detector's CPU time, fresh isolated world of a renderer that already ran the detector (median of ${CPU_RUNS})`,
      `${isolated.ms.toFixed(3)} ms  [${isolated.runs.map((t) => t.toFixed(2)).join(', ')}]`,
      '<= 1 ms (thread ticks, insensitive to machine load)',
      isolated.ms <= TIME_BUDGET_MS,
    ],
    [
      `detector's CPU time, fresh isolated world in a fresh renderer process (median of ${CPU_RUNS})`,
      `${cold.detector!.median.toFixed(3)} ms  [${cold.detector!.runs.map((t) => t.toFixed(2)).join(', ')}]`,
      '<= 1 ms',
      cold.detector!.median <= TIME_BUDGET_MS,
    ],
    [
      `floor: a hand-written minimal detector (bench/world-cpu.ts), same conditions (median of ${CPU_RUNS})`,
      `${cold.floor!.median.toFixed(3)} ms  [${cold.floor!.runs.map((t) => t.toFixed(2)).join(', ')}]; ours is ${(cold.detector!.median / cold.floor!.median).toFixed(2)}x the floor`,
      '(reported: what reading the page at all costs here)',
      true,
    ],
    [
      `detector incl. Chromium's isolated-world setup and compile, trace (median of ${RUNS})`,
      `${detectorMs.toFixed(3)} ms  [${detectorTimes.map((t) => t.toFixed(2)).join(', ')}]`,
      '(reported: mostly engine per-script startup)',
      true,
    ],
    [
      `popup first contentful paint (median of ${PAINT_RUNS})`,
      `${firstPaint.toFixed(0)} ms`,
      '<= 150 ms',
      firstPaint <= PAINT_BUDGET_MS,
    ],
    [
      `popup summary painted (median of ${PAINT_RUNS})`,
      `${summaryPaint.toFixed(0)} ms`,
      '(reported)',
      true,
    ],
  ] as const;
  console.log(
    `breakdown (page main world, same 1 MB page, first calls): glance ${coldCalls.glanceMs.toFixed(2)} ms; for comparison, then scorePolicyPage ${coldCalls.scoreMs.toFixed(2)} ms and findPrivacyLink ${coldCalls.linkMs.toFixed(2)} ms (page tools, on request)`,
  );
  for (const [label, value, budget, ok] of rows)
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${value} (${budget})`);
  if (detectorTimes.every((t) => t === 0))
    console.log('note: no detector script events were found in the trace');
  process.exitCode = rows.every((row) => row[3]) ? 0 : 1;
}

await main();
