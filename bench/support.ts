/**
 * What the Chromium benchmarks (bench/extension.ts, bench/responsiveness.ts) share: serving generated pages on
 * 127.0.0.1, launching the system Chromium with the built extension, waiting for the background's report about a
 * page, and reading DevTools traces and CPU profiles of the page's main thread.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession } from 'playwright-core';
import {
  launchExtension,
  tabIdOf,
  waitFor,
  type ExtensionHarness,
} from '../tests/e2e/support/extension';

export { launchExtension, type ExtensionHarness };

// The service worker's `chrome` global, as far as reportFor uses it (the code runs in the worker, not in Node).
declare const chrome: {
  storage: { session: { get: (key: string) => Promise<Record<string, unknown>> } };
};

export interface PageServer {
  origin: string;
  close: () => void;
}

/** Serves fixed bodies by path (HTML unless the path says otherwise); anything else is a 404. */
export async function servePages(pages: Record<string, string | Buffer>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const body = pages[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (body === undefined) res.writeHead(404).end();
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  };
}

/** The background's state for a tab, as far as the benchmarks read it. */
export interface ReportedState {
  url: string;
  status: string;
}

/**
 * Waits until the background holds a state for the tab showing `url` that is about that very URL: a tab reused for
 * another page keeps the previous page's state until the new report lands, so "any state" is not enough.
 */
export async function reportFor(
  harness: ExtensionHarness,
  url: string,
  accept: (state: ReportedState) => boolean = () => true,
  timeout = 10_000,
): Promise<ReportedState> {
  const tabId = await tabIdOf(harness.worker, url);
  const state = await waitFor(
    () =>
      harness.worker.evaluate(async (id) => {
        const key = `tab:${id}`;
        return ((await chrome.storage.session.get(key))[key] as ReportedState | undefined) ?? null;
      }, tabId),
    (s) => s !== null && s.url === url && accept(s),
    { timeout, interval: 50, what: `a report about ${url}` },
  );
  return state!;
}

export interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { url?: string; scriptName?: string }; name?: string };
}

/** The trace events recorded while `action` runs (main-thread timeline and V8 categories). */
export async function traceWhile(
  cdp: CDPSession,
  action: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'],
    },
  });
  await action();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** The script this trace event ran or compiled, if any. */
export function scriptOf(event: TraceEvent): string {
  return event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
}

/** The script-running trace events: evaluation, calls, compiles. */
export const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run']);

/** Total microseconds covered by these events; nested or overlapping ones (a compile inside a run) count once. */
export function coveredMicros(events: TraceEvent[]): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts);
  let total = 0;
  let coveredUntil = -Infinity;
  for (const event of sorted) {
    const end = event.ts + (event.dur ?? 0);
    if (end > coveredUntil) total += end - Math.max(event.ts, coveredUntil);
    coveredUntil = Math.max(coveredUntil, end);
  }
  return total;
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
    children?: number[];
    positionTicks?: { line: number; ticks: number }[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The V8 CPU profile of the page's main thread while `action` runs, sampled every `intervalMicros`. */
export async function profileWhile(
  cdp: CDPSession,
  action: () => Promise<void>,
  intervalMicros = 50,
): Promise<CpuProfile> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalMicros });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile as unknown as CpuProfile;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
