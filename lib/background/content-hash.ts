import { layoutBlocks } from '../analyze/normalize';
import type { Block } from '../schema';

/** SHA-256 of a normalised policy text (see layoutBlocks), as hex. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the normalised policy text: the same words give the same hash whatever the markup around them. */
export function hashBlocks(blocks: readonly Block[]): Promise<string> {
  return hashText(layoutBlocks(blocks).text);
}
