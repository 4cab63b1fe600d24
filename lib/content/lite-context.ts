// A stand-in for WXT's ContentScriptContext, used only when building the all-pages detector (see wxt.config.ts).
// WXT's wrapper calls `main(new ContentScriptContext(name, options))`; its own class brings a logger,
// script-replacement messaging (a `window.postMessage` to the page on every load), timers, a URL watcher and the
// polyfill import — about 3 KB of the detector's 10 KB budget. The detector keeps its own timers and URL check, so
// all it needs from the context is to know when it has been orphaned.

import { browser } from '@wxt-dev/browser';

export class ContentScriptContext {
  /**
   * The extension was reloaded, updated or removed: this script's runtime has lost its id, and the orphaned script
   * must stop (its messages would fail, and a new copy runs in newly loaded pages).
   */
  get isInvalid(): boolean {
    // The native `browser` (Firefox) or `chrome` global, as the detector's `wxt/browser` import resolves.
    return browser.runtime?.id == null;
  }
}
