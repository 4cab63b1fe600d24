import { browser } from 'wxt/browser';
import { replySchemas, type ProtocolMap } from '@/lib/messaging';

type PopupType =
  | 'popup:analyze-tab'
  | 'popup:inspect-tab'
  | 'popup:summarise-link'
  | 'popup:show-in-page';

/** Sends a popup message to the background and parses its reply. */
export async function askBackground<K extends PopupType>(
  message: ProtocolMap[K]['request'] & { type: K },
): Promise<ProtocolMap[K]['reply']> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  return replySchemas[message.type as K].parse(reply) as ProtocolMap[K]['reply'];
}
