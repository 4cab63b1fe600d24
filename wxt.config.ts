import path from 'node:path';
import { defineConfig } from 'wxt';
import { ISOLATED_WORLD_WRAPPER, leanEntry } from './lib/content/lean-entry';
import { vendorPatchesPlugin } from './tools/build/vendor-patches';

const EXTENSION_PAGES_CSP =
  "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

// The manifest asks only for what the extension uses; the README lists each permission and why.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Production builds (both browsers) leave out zod's eval probe and React's dangerouslySetInnerHTML write: code paths
  // PolicyLens never takes, which `web-ext lint` would otherwise report. Each patch says why in its file.
  vite: () => ({ plugins: [vendorPatchesPlugin()] }),
  manifest: ({ browser }) => ({
    // Strings live in locales/*.json (English is the default); the browser picks the user's language.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // storage: saved summaries and settings. activeTab: the clicked tab's URL, for the popup's restricted-page check.
    // scripting: the page tools (extraction, "Show in page", reading the policy link) are injected only when needed,
    // so the script on every page stays tiny. Host access comes from the detector's http(s) match patterns.
    // contextMenus: "Compare saved policies" in the toolbar button's right-click menu (Firefox grants the same API
    // under this name as under "menus").
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    // Extension pages run only the packaged scripts: no inline or remote code, no plugins, no <base> rewriting, and
    // no web page may frame them. WXT writes it as MV2's plain string for Firefox.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // Firefox needs an id for storage; 140 (ESR) brings data_collection_permissions and the CSS Highlight API.
    // Chrome would warn about the unknown key.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'policylens@example.org',
              strict_min_version: '140.0',
              // Nothing leaves the browser: PolicyLens collects and transmits no data.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The all-pages detector must stay small. For its build only: the native `browser`/`chrome` global replaces the
    // webextension-polyfill (about 10 KB), and a minimal context replaces WXT's ContentScriptContext (about 3 KB).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== 'detector') return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          // WXT's wrapper around main() without its logger, silent in production anyway (about 0.3 KB).
          name: 'policylens:lean-detector-entry',
          enforce: 'pre',
          transform: (code: string, id: string) =>
            ISOLATED_WORLD_WRAPPER.test(id) ? { code: leanEntry(code), map: null } : null,
        },
      ];
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) {
        const aliases = alias as Record<string, string>;
        aliases['wxt/browser'] = '@wxt-dev/browser';
        aliases['wxt/utils/content-script-context'] = path.resolve(
          import.meta.dirname,
          'lib/content/lite-context.ts',
        );
      }
    },
  },
});
