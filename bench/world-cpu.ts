/**
 * Main-thread CPU of a script run in a fresh isolated world, in a renderer that has run nothing before: the case of
 * the first page a renderer process shows, where every regex, DOM wrapper kind and builtin the script uses is
 * compiled or set up for the first time. Each run opens its page in a new browser context, hence a new renderer
 * process (a second page in the same process finds the compiled regexes and code of the first, and costs less:
 * bench/extension.ts reports that case too).
 *
 * Thread ticks (Performance.getMetrics ThreadTime), so time the renderer spends descheduled on a loaded machine does
 * not count. An empty script's cost in the same kind of world is measured in the same run and subtracted: creating
 * the world and evaluating anything at all are not the script's own work.
 *
 * Such a world has no extension APIs: the scripts get a stand-in `chrome.runtime` whose sendMessage resolves at once,
 * so the real message's serialisation and delivery are not counted.
 */
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/e2e/support/extension';
import { median } from './support';

const STAND_IN_RUNTIME =
  "globalThis.chrome = { runtime: { id: 'bench', sendMessage: () => Promise.resolve() } };";

/**
 * The least any all-pages detector must do on an ordinary page, as the issue describes it, written by hand without
 * any of our code: read the address and title, walk the page start to its first h1 (skipping navigation and
 * headers), find the footer and read its links' text and address, test them with one small pattern, report once and
 * start the single-page-app timer. Our detector's glance does about this (first h1s and h2s through native lookups
 * rather than a walk, no message on an ordinary page) inside WXT's content-script wrapper; this script bounds from
 * below what a detector can cost on this machine and page.
 */
export function floorDetector(): void {
  const body = document.body;
  let node: Node | null = body.firstChild;
  let heading: string | null = null;
  for (let visited = 0; node && visited < 3000 && heading === null; visited++) {
    let descend = false;
    if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'h1') heading = node.textContent;
      descend = tag !== 'nav' && tag !== 'header' && tag !== 'footer' && tag !== 'script';
    }
    if (descend && node.firstChild) node = node.firstChild;
    else {
      while (node && node !== body && !node.nextSibling) node = node.parentNode;
      node = node === body || !node ? null : node.nextSibling;
    }
  }
  let footer: Node | null = body.lastChild;
  while (footer && (footer.nodeType !== 1 || (footer as Element).localName !== 'footer'))
    footer = footer.previousSibling;
  let link: string | null = null;
  if (footer)
    for (const a of (footer as Element).getElementsByTagName('a'))
      if (/priva/i.test(a.textContent ?? '')) link = a.getAttribute('href');
  const chrome = (
    globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<void> } } }
  ).chrome;
  void chrome.runtime.sendMessage({ url: location.href, title: document.title, heading, link });
  setInterval(() => undefined, 1000);
}

export interface WorldCpu {
  /** Per run, milliseconds of CPU above the empty script's median. */
  runs: number[];
  median: number;
}

/** Each script's CPU in a fresh world of a fresh renderer showing `url`, `runs` times, interleaved. */
export async function coldWorldCpu(
  url: string,
  scripts: Record<string, string>,
  runs: number,
): Promise<Record<string, WorldCpu>> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const raw: Record<string, number[]> = { '': [] };
    for (const name of Object.keys(scripts)) raw[name] = [];
    for (let run = 0; run < runs; run++) {
      raw['']!.push(await cpuOnce(browser, url, '(function () {})();'));
      for (const [name, code] of Object.entries(scripts))
        raw[name]!.push(await cpuOnce(browser, url, code));
    }
    const empty = median(raw['']!);
    return Object.fromEntries(
      Object.keys(scripts).map((name) => {
        const above = raw[name]!.map((ms) => ms - empty);
        return [name, { runs: above, median: median(above) }];
      }),
    );
  } finally {
    await browser.close();
  }
}

async function cpuOnce(browser: Browser, url: string, code: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await isolatedWorldCpu(await context.newCDPSession(page), code);
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds of main-thread CPU (thread ticks) of evaluating `code` in a new isolated world of the page `cdp` is
 * attached to, with the stand-in `chrome.runtime`; the world is made before the clock starts.
 */
export async function isolatedWorldCpu(cdp: CDPSession, code: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'policylens-bench',
  });
  await cdp.send('Runtime.evaluate', {
    expression: STAND_IN_RUNTIME,
    contextId: executionContextId,
  });
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value;
  const before = await threadTime();
  const result = await cdp.send('Runtime.evaluate', {
    expression: code,
    contextId: executionContextId,
  });
  const after = await threadTime();
  if (result.exceptionDetails)
    throw new Error(`bench script threw: ${result.exceptionDetails.text}`);
  return (after - before) * 1000;
}
