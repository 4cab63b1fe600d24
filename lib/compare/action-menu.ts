import { browser } from 'wxt/browser';
import { serializeSelection } from './selection';

// "Compare saved policies" in the toolbar button's right-click menu. Needs the "contextMenus" permission;
// without it the menu is simply not offered.

export const COMPARE_MENU_ID = 'policylens-compare';

/** The comparison page, optionally with companies already chosen. */
export function compareUrl(sites: readonly string[] = []): string {
  return browser.runtime.getURL('/compare.html') + serializeSelection(sites);
}

export function registerCompareMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  // Firefox's MV2 build calls the toolbar button "browser_action"; Chromium's MV3 calls it "action".
  const context = import.meta.env.MANIFEST_VERSION === 2 ? 'browser_action' : 'action';
  browser.runtime.onInstalled.addListener(() => {
    menus.create({ id: COMPARE_MENU_ID, title: 'Compare saved policies', contexts: [context] });
  });
  menus.onClicked.addListener((info) => {
    if (info.menuItemId === COMPARE_MENU_ID) void browser.tabs.create({ url: compareUrl() });
  });
}
