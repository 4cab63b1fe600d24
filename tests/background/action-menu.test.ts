import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

// The toolbar button's "Compare saved policies" item, against @webext-core/fake-browser (runtime events, tabs) and a
// hand-built contextMenus, which the fake does not implement. The hand-built one refuses a duplicate id, as browsers do.

(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let menu: typeof import('../../lib/compare/action-menu');

interface MenuItem {
  id: string;
  title: string;
  contexts: string[];
}

type ClickListener = (info: { menuItemId: string | number }) => void;

function fakeMenus() {
  const items: MenuItem[] = [];
  const clickListeners: ClickListener[] = [];
  const duplicates: string[] = [];
  const api = {
    removeAll: vi.fn(async () => {
      items.length = 0;
    }),
    create: vi.fn((props: MenuItem, done?: () => void) => {
      if (items.some((i) => i.id === props.id)) duplicates.push(props.id);
      else items.push(props);
      done?.();
      return props.id;
    }),
    onClicked: { addListener: (listener: ClickListener) => void clickListeners.push(listener) },
  };
  return {
    api,
    items,
    duplicates,
    click: (menuItemId: string) => clickListeners.forEach((l) => l({ menuItemId })),
  };
}

let menus: ReturnType<typeof fakeMenus>;

beforeAll(async () => {
  menu = await import('../../lib/compare/action-menu');
});

beforeEach(() => {
  fakeBrowser.reset();
  menus = fakeMenus();
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = menus.api;
});

/** Lets the chained menu creation finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function openTabUrls(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((t) => t.url ?? '');
}

describe('compare menu', () => {
  it('adds one item to the toolbar button’s menu on install, labelled from locales/en.json', async () => {
    menu.registerCompareMenu(3);
    expect(menus.items).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(menus.items).toEqual([
      { id: menu.COMPARE_MENU_ID, title: 'Compare saved policies', contexts: ['action'] },
    ]);
  });

  it('recreates it on browser startup without a duplicate, even when install and startup come together', async () => {
    menu.registerCompareMenu(3);
    await Promise.all([
      fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' }),
      fakeBrowser.runtime.onStartup.trigger(),
    ]);
    await settle();
    await fakeBrowser.runtime.onStartup.trigger();
    await settle();
    expect(menus.items).toHaveLength(1);
    expect(menus.duplicates).toEqual([]);
    expect(menus.api.removeAll).toHaveBeenCalledTimes(3);
  });

  it('uses the "browser_action" context and creates the menu at once in Firefox’s MV2 build', async () => {
    menu.registerCompareMenu(2);
    await settle();
    expect(menus.items.map((i) => i.contexts)).toEqual([['browser_action']]);
  });

  it('opens the comparison page when clicked, and ignores other items', async () => {
    menu.registerCompareMenu(3);
    menus.click('someone-else');
    await settle();
    expect((await openTabUrls()).filter((u) => u.includes('compare.html'))).toEqual([]);
    menus.click(menu.COMPARE_MENU_ID);
    await settle();
    expect((await openTabUrls()).filter((u) => u.includes('compare.html'))).toEqual([
      'chrome-extension://test-extension-id/compare.html',
    ]);
  });

  it('offers nothing, and does not throw, without the contextMenus API', () => {
    (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = undefined;
    expect(() => menu.registerCompareMenu(3)).not.toThrow();
  });
});
