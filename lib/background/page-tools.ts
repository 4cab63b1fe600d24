import { browser } from 'wxt/browser';
import { replySchemas, type ProtocolMap } from '../messaging';

type ToolsType =
  'tools:ping' | 'tools:extract' | 'tools:inspect' | 'tools:fetch-policy' | 'tools:highlight';

const TOOLS_FILE = '/content-scripts/page-tools.js';

/** Sends a message to the tab's page tools and parses the reply; throws when the tab cannot answer. */
export async function askTools<K extends ToolsType>(
  tabId: number,
  message: ProtocolMap[K]['request'] & { type: K },
): Promise<ProtocolMap[K]['reply']> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  return replySchemas[message.type as K].parse(reply) as ProtocolMap[K]['reply'];
}

/** Injects the page tools into the tab's top frame unless they are already there. */
export async function ensureTools(tabId: number): Promise<void> {
  try {
    await askTools(tabId, { type: 'tools:ping' });
    return;
  } catch {
    // Not injected yet (or the page navigated): inject below.
  }
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [TOOLS_FILE] });
}
