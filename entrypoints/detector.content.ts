import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { scorePolicyPage } from '@/lib/detect/page';
import { findPrivacyLink } from '@/lib/detect/privacy-link';
import type { PageDetectedMessage } from '@/lib/messaging';

// Runs on every page, so it only decides and reports: no zod, no React, no compromise, no polyfill (wxt.config
// maps `wxt/browser` to the native global for this script). The background validates what it sends.
// Single-page apps: the decision is re-made after each URL change, once the DOM has been quiet for a moment.
const SETTLE_MS = 300;
const SETTLE_MAX_MS = 2000;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    let lastSent = '';
    const decide = () => {
      if (ctx.isInvalid) return;
      const url = new URL(location.href);
      const { isPolicy, score } = scorePolicyPage(document, url);
      const privacyLink = isPolicy ? null : findPrivacyLink(document, url);
      const message: PageDetectedMessage = {
        type: 'page:detected',
        url: url.href.slice(0, 4096),
        title: document.title.slice(0, 1000),
        isPolicy,
        score: Math.min(1, Math.max(0, score || 0)),
        privacyLink: privacyLink && privacyLink.length <= 4096 ? privacyLink : null,
      };
      const key = JSON.stringify(message);
      if (key === lastSent) return;
      lastSent = key;
      // The background may be restarting; a lost report only means no badge for this page.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };

    let observer: MutationObserver | null = null;
    const afterNavigation = () => {
      observer?.disconnect();
      lastSent = '';
      let quietTimer = ctx.setTimeout(finish, SETTLE_MS);
      const deadline = ctx.setTimeout(finish, SETTLE_MAX_MS);
      function finish() {
        observer?.disconnect();
        observer = null;
        clearTimeout(quietTimer);
        clearTimeout(deadline);
        decide();
      }
      observer = new MutationObserver(() => {
        clearTimeout(quietTimer);
        quietTimer = ctx.setTimeout(finish, SETTLE_MS);
      });
      observer.observe(document.body ?? document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    };

    decide();
    ctx.addEventListener(window, 'wxt:locationchange', afterNavigation);
    ctx.onInvalidated(() => observer?.disconnect());
  },
});
