import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractBlocks } from '@/lib/extract/dom';
import { fetchPolicyPage } from '@/lib/content/fetch-policy';
import { clearHighlight, highlightQuote } from '@/lib/content/highlight';
import { scorePolicyPage } from '@/lib/detect/page';
import { findPrivacyLink } from '@/lib/detect/privacy-link';
import { MAX_URL, toolsMessageSchema, type ProtocolMap } from '@/lib/messaging';

// The heavier page work, injected by the background only when it is needed (a look at a page the detector passed
// over, a policy page to read, a quote to show, a policy link to fetch), so the script on every page stays tiny.
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  main(ctx) {
    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return undefined;
      const parsed = toolsMessageSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      const message = parsed.data;
      switch (message.type) {
        case 'tools:ping':
          return Promise.resolve({ ready: true } satisfies ProtocolMap['tools:ping']['reply']);
        case 'tools:inspect': {
          // The detector's decision in full (no quick rejection), and the site's policy link for the popup to offer.
          const url = new URL(location.href);
          const { isPolicy, score } = scorePolicyPage(document, url);
          const link = isPolicy ? null : findPrivacyLink(document, url);
          return Promise.resolve({
            url: url.href.slice(0, MAX_URL),
            title: document.title.slice(0, 1000),
            isPolicy,
            score,
            privacyLink: link && link.length <= MAX_URL ? link : null,
          } satisfies ProtocolMap['tools:inspect']['reply']);
        }
        case 'tools:extract':
          return Promise.resolve({
            url: location.href,
            title: document.title.slice(0, 1000),
            blocks: extractBlocks(document).slice(0, 20_000),
          } satisfies ProtocolMap['tools:extract']['reply']);
        case 'tools:fetch-policy':
          return fetchPolicyPage(message.url, location.href);
        case 'tools:highlight':
          return Promise.resolve({ found: highlightQuote(document, message.quote) });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      clearHighlight();
    });
  },
});
