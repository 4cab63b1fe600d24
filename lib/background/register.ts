import { browser } from 'wxt/browser';
import {
  backgroundMessageSchema,
  isTrustedSender,
  type ActionReply,
  type HighlightReply,
} from '../messaging';
import { registerCompareMenu } from '../compare/action-menu';
import { clearTabState, getTabState } from '../storage';
import { SITE_KEY_PREFIX } from '../storage/sites';
import { clearBadge } from './badge';
import {
  analyzeTab,
  forgetTab,
  handlePageDetected,
  inspectTab,
  refreshSiteBadges,
  showInPage,
  summariseLink,
} from './tab-flow';

type Reply = ActionReply | HighlightReply;

const ok = (): ActionReply => ({ ok: true });

/** A page the tools cannot enter (it navigated on, the web store, a PDF viewer) keeps no state and no badge. */
const lookFailed = (error: unknown): ActionReply => {
  console.warn('PolicyLens: could not look at the page.', error);
  return { ok: false, error: 'inspection failed' };
};

async function tabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

const loggedDrops = new Set<string>();

/** One note per kind of dropped message, so a page that floods the extension cannot flood the console. */
function noteDropped(reason: string, raw: unknown): void {
  const type =
    typeof raw === 'object' && raw !== null && typeof (raw as { type?: unknown }).type === 'string'
      ? (raw as { type: string }).type.slice(0, 60)
      : typeof raw;
  const key = `${reason}:${type}`;
  if (loggedDrops.has(key) || loggedDrops.size > 100) return;
  loggedDrops.add(key);
  console.warn(`PolicyLens: dropped a message (${reason}, type ${JSON.stringify(type)}).`);
}

/** Wires the background's listeners. Messages that do not parse, or come from anyone else, are dropped. */
export function registerBackground(): void {
  const extensionOrigin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<Reply> | undefined => {
    const parsed = backgroundMessageSchema.safeParse(raw);
    if (!parsed.success) {
      noteDropped('not in the protocol', raw);
      return undefined;
    }
    const message = parsed.data;
    if (!isTrustedSender(message, sender, browser.runtime.id, extensionOrigin)) {
      noteDropped('untrusted sender', raw);
      return undefined;
    }
    switch (message.type) {
      case 'page:detected':
        return handlePageDetected(sender.tab!.id!, message).then(ok, lookFailed);
      case 'popup:analyze-tab':
        return tabUrl(message.tabId)
          .then((url) => analyzeTab(message.tabId, url))
          .then(ok);
      case 'popup:inspect-tab':
        return inspectTab(message.tabId).then(ok, lookFailed);
      case 'popup:summarise-link':
        return summariseLink(message.tabId).then(ok);
      case 'popup:show-in-page':
        return showInPage(message.tabId, message.quote).then((found) => ({ found }));
    }
  });

  // A saved site's record changed (new version, "Mark as seen", import, deletion): its open tabs' badges follow.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    const sites = new Set(
      Object.keys(changes)
        .filter((key) => key.startsWith(SITE_KEY_PREFIX) && !key.endsWith('$'))
        .map((key) => key.slice(SITE_KEY_PREFIX.length)),
    );
    void refreshSiteBadges(sites).catch((error: unknown) =>
      console.warn('PolicyLens: could not update the badges after a saved site changed.', error),
    );
  });

  registerCompareMenu();

  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void clearTabState(tabId);
  });

  // A new document in the tab makes the old state stale; the detector reports again once the page is idle.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    const seenAt = Date.now();
    void getTabState(tabId).then(async (state) => {
      if (!state || (change.url !== undefined && change.url === state.url)) return;
      // A report from the new document may already have landed: only state older than this event is stale.
      if (state.updatedAt > seenAt) return;
      await clearTabState(tabId);
      await clearBadge(tabId);
    });
  });
}
