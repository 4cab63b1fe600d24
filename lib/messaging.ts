import { z } from 'zod';
import { blockSchema } from './schema/input';

// Every message the extension's parts exchange, in one protocol map. Receivers parse with these schemas and drop
// anything that does not fit. The all-pages detector imports only the *types* from here (zod would break its
// size budget); the background parses what it sends.

export const MAX_URL = 4096;
const MAX_TITLE = 1000;
/** A policy page is at most a few hundred KB of text; anything far larger is not one we will analyse. */
const MAX_BLOCKS = 20_000;
const MAX_QUOTE = 5_000;

const urlString = z.string().min(1).max(MAX_URL);

// Content scripts → background: the all-pages detector's glance, sent when the page may be a privacy policy and
// after every single-page-app route change (where `mayBePolicy: false` clears the last route's state).
export const pageDetectedSchema = z.object({
  type: z.literal('page:detected'),
  url: urlString,
  title: z.string().max(MAX_TITLE),
  mayBePolicy: z.boolean(),
});

// Popup → background.
export const analyzeTabSchema = z.object({
  type: z.literal('popup:analyze-tab'),
  tabId: z.number().int(),
});
// Pages the detector did not report (nearly all: it reports only pages that may be policies) are looked at when
// the popup opens on them.
export const inspectTabSchema = z.object({
  type: z.literal('popup:inspect-tab'),
  tabId: z.number().int(),
});
export const summariseLinkSchema = z.object({
  type: z.literal('popup:summarise-link'),
  tabId: z.number().int(),
});
export const showInPageSchema = z.object({
  type: z.literal('popup:show-in-page'),
  tabId: z.number().int(),
  quote: z.string().min(1).max(MAX_QUOTE),
});

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  pageDetectedSchema,
  analyzeTabSchema,
  inspectTabSchema,
  summariseLinkSchema,
  showInPageSchema,
]);

// Background → page tools (the on-demand content script).
export const toolsPingSchema = z.object({ type: z.literal('tools:ping') });
export const toolsExtractSchema = z.object({ type: z.literal('tools:extract') });
export const toolsInspectSchema = z.object({ type: z.literal('tools:inspect') });
export const toolsFetchPolicySchema = z.object({
  type: z.literal('tools:fetch-policy'),
  url: urlString,
});
export const toolsHighlightSchema = z.object({
  type: z.literal('tools:highlight'),
  quote: z.string().min(1).max(MAX_QUOTE),
});

export const toolsMessageSchema = z.discriminatedUnion('type', [
  toolsPingSchema,
  toolsExtractSchema,
  toolsInspectSchema,
  toolsFetchPolicySchema,
  toolsHighlightSchema,
]);

// Replies.
export const pageContentSchema = z.object({
  url: urlString,
  title: z.string().max(MAX_TITLE),
  blocks: z.array(blockSchema).max(MAX_BLOCKS),
});
export const fetchPolicyReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), page: pageContentSchema }),
  z.object({ ok: z.literal(false), error: z.string().max(MAX_TITLE) }),
]);
/** The page tools' full look at a page (tools:inspect): whether it is a policy, and the site's policy link. */
export const inspectReplySchema = z.object({
  url: urlString,
  title: z.string().max(MAX_TITLE),
  isPolicy: z.boolean(),
  score: z.number().min(0).max(1),
  // Only a web address: the popup links to it, so a javascript: or data: URL from a page must never get that far.
  privacyLink: urlString.regex(/^https?:\/\//i).nullable(),
});
export const highlightReplySchema = z.object({ found: z.boolean() });
export const pingReplySchema = z.object({ ready: z.literal(true) });
export const actionReplySchema = z.object({ ok: z.boolean(), error: z.string().optional() });

export type PageDetectedMessage = z.infer<typeof pageDetectedSchema>;
export type PageReport = z.infer<typeof inspectReplySchema>;
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
export type ToolsMessage = z.infer<typeof toolsMessageSchema>;
export type PageContent = z.infer<typeof pageContentSchema>;
export type FetchPolicyReply = z.infer<typeof fetchPolicyReplySchema>;
export type HighlightReply = z.infer<typeof highlightReplySchema>;
export type ActionReply = z.infer<typeof actionReplySchema>;

/** The reply each message expects, so senders and handlers agree on it in one place. */
export interface ProtocolMap {
  'page:detected': { request: PageDetectedMessage; reply: ActionReply };
  'popup:analyze-tab': { request: z.infer<typeof analyzeTabSchema>; reply: ActionReply };
  'popup:inspect-tab': { request: z.infer<typeof inspectTabSchema>; reply: ActionReply };
  'popup:summarise-link': { request: z.infer<typeof summariseLinkSchema>; reply: ActionReply };
  'popup:show-in-page': { request: z.infer<typeof showInPageSchema>; reply: HighlightReply };
  'tools:ping': {
    request: z.infer<typeof toolsPingSchema>;
    reply: z.infer<typeof pingReplySchema>;
  };
  'tools:extract': { request: z.infer<typeof toolsExtractSchema>; reply: PageContent };
  'tools:inspect': {
    request: z.infer<typeof toolsInspectSchema>;
    reply: z.infer<typeof inspectReplySchema>;
  };
  'tools:fetch-policy': {
    request: z.infer<typeof toolsFetchPolicySchema>;
    reply: FetchPolicyReply;
  };
  'tools:highlight': { request: z.infer<typeof toolsHighlightSchema>; reply: HighlightReply };
}

export const replySchemas = {
  'page:detected': actionReplySchema,
  'popup:analyze-tab': actionReplySchema,
  'popup:inspect-tab': actionReplySchema,
  'popup:summarise-link': actionReplySchema,
  'popup:show-in-page': highlightReplySchema,
  'tools:ping': pingReplySchema,
  'tools:extract': pageContentSchema,
  'tools:inspect': inspectReplySchema,
  'tools:fetch-policy': fetchPolicyReplySchema,
  'tools:highlight': highlightReplySchema,
} satisfies { [K in keyof ProtocolMap]: z.ZodType<ProtocolMap[K]['reply']> };

/** Minimal shape of runtime.MessageSender that the checks need (works with chrome and the polyfill). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Only this extension's own pages and content scripts may talk to the background. Content-script messages come
 * from the top frame of a tab; popup messages come from an extension page.
 */
export function isTrustedSender(
  message: BackgroundMessage,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (sender.id !== extensionId) return false;
  const fromExtensionPage =
    typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (message.type === 'page:detected') {
    return !fromExtensionPage && typeof sender.tab?.id === 'number' && (sender.frameId ?? 0) === 0;
  }
  return fromExtensionPage;
}
