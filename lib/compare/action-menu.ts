import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { serializeSelection } from './selection';

// "Compare saved policies" in the toolbar button's right-click menu. Needs the "contextMenus" permission;
// without it (browser.contextMenus undefined) the menu is simply not offered.

export const COMPARE_MENU_ID = 'policylens-compare';

/** The comparison page, optionally with companies already chosen. */
export function compareUrl(sites: readonly string[] = []): string {
  return browser.runtime.getURL('/compare.html') + serializeSelection(sites);
}

type Menus = NonNullable<typeof browser.contextMenus>;

/** Firefox's MV2 build calls the toolbar button "browser_action"; Chromium's MV3 calls it "action". */
export function actionContext(manifestVersion: number): 'action' | 'browser_action' {
  return manifestVersion === 2 ? 'browser_action' : 'action';
}

let creating: Promise<void> = Promise.resolve();

/**
 * (Re)creates the menu item. Everything is removed first: Chromium keeps menus across service-worker restarts and
 * refuses an id created twice, while Firefox forgets them when the browser restarts. Calls are chained, so an
 * install and a startup event arriving together cannot race each other into a duplicate.
 */
export function createCompareMenu(menus: Menus, manifestVersion: number): Promise<void> {
  creating = creating.then(async () => {
    await menus.removeAll();
    await new Promise<void>((resolve) => {
      menus.create(
        {
          id: COMPARE_MENU_ID,
          title: t('menu_compare'),
          contexts: [actionContext(manifestVersion)],
        },
        () => {
          // Read lastError so the browser does not log it as unchecked; the menu is a convenience, not vital.
          const error = browser.runtime.lastError;
          if (error) console.warn('PolicyLens: could not add the "Compare" menu item.', error);
          resolve();
        },
      );
    });
  });
  return creating;
}

/** Opens the comparison page when our item was chosen; other extensions' items are not ours to handle. */
export function handleMenuClick(info: { menuItemId: string | number }): Promise<unknown> | null {
  return info.menuItemId === COMPARE_MENU_ID ? browser.tabs.create({ url: compareUrl() }) : null;
}

/**
 * Wires the menu: created on install/update and on browser startup (an MV3 worker that merely wakes up keeps it);
 * a persistent MV2 background page runs once per session, so it creates the menu as it starts. The click listener
 * is added synchronously, so a click that wakes the worker is delivered.
 */
export function registerCompareMenu(
  manifestVersion: number = import.meta.env.MANIFEST_VERSION ?? 3,
): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const create = () => {
    void createCompareMenu(menus, manifestVersion);
  };
  browser.runtime.onInstalled.addListener(create);
  browser.runtime.onStartup.addListener(create);
  if (manifestVersion === 2) create();
  menus.onClicked.addListener((info) => {
    void handleMenuClick(info);
  });
}
