import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { policySummarySchema } from '../schema';

// What the popup shows for a tab. Kept in session storage (memory only, gone when the browser closes) so the popup
// paints from it at once and it survives the background worker being stopped between events.
export const PAGE_STATUSES = [
  'analyzing',
  'policy',
  'not-policy',
  'too-short',
  'non-english',
  'paused',
  'error',
] as const;
export const LINK_STATUSES = [
  'idle',
  'loading',
  'done',
  'error',
  'not-policy',
  'too-short',
  'non-english',
] as const;

export const tabStateSchema = z.object({
  tabId: z.number().int(),
  url: z.string(),
  title: z.string(),
  status: z.enum(PAGE_STATUSES),
  /** The site's privacy-policy link found on a non-policy page. */
  privacyLink: z.string().nullable(),
  /** The page's own summary when it is a policy, or the linked policy's once the user asked for it. */
  summary: policySummarySchema.nullable(),
  summaryUrl: z.string().nullable(),
  linkStatus: z.enum(LINK_STATUSES),
  error: z.string().nullable(),
  updatedAt: z.number().int().nonnegative(),
});
export type TabState = z.infer<typeof tabStateSchema>;
export type PageStatus = TabState['status'];
export type LinkStatus = TabState['linkStatus'];

const TAB_KEY_PREFIX = 'tab:';

// Session state lives only while the browser runs, so it never needs migrating; plain keys keep the popup's first
// read to a single storage call.
function tabKey(tabId: number) {
  return `session:${TAB_KEY_PREFIX}${tabId}` as const;
}

function parseTabState(raw: unknown): TabState | null {
  if (raw === null || raw === undefined) return null;
  const parsed = tabStateSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn('PolicyLens: ignored an unreadable tab state.');
    return null;
  }
  return parsed.data;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  try {
    return parseTabState(await storage.getItem(tabKey(tabId)));
  } catch (error) {
    console.warn('PolicyLens: could not read the tab state.', error);
    return null;
  }
}

export async function setTabState(state: TabState): Promise<void> {
  await storage.setItem(tabKey(state.tabId), tabStateSchema.parse(state));
}

export async function clearTabState(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}

export function watchTabState(
  tabId: number,
  callback: (state: TabState | null) => void,
): () => void {
  return storage.watch<unknown>(tabKey(tabId), (value) => callback(parseTabState(value)));
}
