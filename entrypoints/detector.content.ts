import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { mayBePolicy } from '@/lib/detect/glance';
import type { PageDetectedMessage } from '@/lib/messaging';

// Runs on every page, so it only decides and reports: no zod, no React, no compromise, no polyfill (wxt.config
// maps `wxt/browser` to the native global and WXT's context to lib/content/lite-context.ts for this script). The
// background validates what it sends. Budget: 10 KB minified, 1 ms of main-thread work on a 1 MB ordinary page
// (npm run bench:extension); bench/extension.md says where the time goes.
//
// It only glances (lib/detect/glance): a page that cannot be a policy (no privacy word stem in its address, title,
// first headings or footer link to itself: nearly every page) costs that glance and nothing else, not even a
// message; the popup asks the page tools for a full look, and the site's policy link, when it opens there. A page
// that may be one is reported, and the background has the page tools (injected only then) decide in full. The
// background clears a tab's state and badge whenever a new document loads.

/** Single-page apps: how often the address is compared with the last one seen. */
const POLL_MS = 1000;
/** After a URL change the decision waits for the DOM to be quiet this long (at most SETTLE_MAX_MS). */
const SETTLE_MS = 300;
const SETTLE_MAX_MS = 2000;
const MAX_URL = 4096;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    /** `always`: after a single-page-app route change, whose report also clears the previous route's state. */
    const glance = (always: boolean) => {
      const url = new URL(location.href);
      const maybe = mayBePolicy(document, url);
      if (!maybe && !always) return;
      const message: PageDetectedMessage = {
        type: 'page:detected',
        url: url.href.slice(0, MAX_URL),
        title: document.title.slice(0, 1000),
        mayBePolicy: maybe,
      };
      // The background may be restarting; a lost report only means no badge for this page.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    // Single-page apps change the address without loading a page. Comparing `location.href` once a second is a
    // string comparison per tick; the Navigation API's `navigate` event would be free afterwards, but subscribing
    // to it costs 0–3 ms on the first use in each page's isolated world (profiles), more than the whole budget,
    // and `popstate` misses `history.pushState`. A changed address is judged once the DOM has been quiet for
    // SETTLE_MS (at most SETTLE_MAX_MS), when the new route has rendered.
    let href = location.href;
    let observer: MutationObserver | undefined;
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      observer?.disconnect();
      observer = undefined;
      clearTimeout(quietTimer);
      clearTimeout(deadline);
      if (!ctx.isInvalid) glance(true);
    };
    const poll = setInterval(() => {
      if (location.href === href) return;
      if (ctx.isInvalid) {
        // An orphan (the extension was reloaded or removed) stops watching.
        clearInterval(poll);
        return;
      }
      href = location.href;
      observer?.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(deadline);
      quietTimer = setTimeout(settle, SETTLE_MS);
      deadline = setTimeout(settle, SETTLE_MAX_MS);
      observer = new MutationObserver(() => {
        clearTimeout(quietTimer);
        quietTimer = setTimeout(settle, SETTLE_MS);
      });
      observer.observe(document.body ?? document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    }, POLL_MS);

    glance(false);
  },
});
