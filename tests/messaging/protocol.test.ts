import { describe, expect, it } from 'vitest';
import {
  backgroundMessageSchema,
  inspectReplySchema,
  isTrustedSender,
  toolsMessageSchema,
  type BackgroundMessage,
} from '../../lib/messaging';

const EXTENSION_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const detected: BackgroundMessage = {
  type: 'page:detected',
  url: 'https://example.com/privacy',
  title: 'Privacy Policy',
  mayBePolicy: true,
};

describe('backgroundMessageSchema', () => {
  it('accepts each well-formed message', () => {
    for (const message of [
      detected,
      { type: 'popup:analyze-tab', tabId: 3 },
      { type: 'popup:inspect-tab', tabId: 3 },
      { type: 'popup:summarise-link', tabId: 3 },
      { type: 'popup:show-in-page', tabId: 3, quote: 'We collect your email address.' },
    ]) {
      expect(backgroundMessageSchema.safeParse(message).success).toBe(true);
    }
  });

  it.each([
    ['an unknown type', { type: 'page:evil' }],
    ['a missing field', { type: 'page:detected', url: 'https://example.com' }],
    ['a verdict that is not a boolean', { ...detected, mayBePolicy: 'yes' }],
    ['a huge URL', { ...detected, url: `https://example.com/${'a'.repeat(5000)}` }],
    ['an empty quote', { type: 'popup:show-in-page', tabId: 1, quote: '' }],
    ['a non-integer tab id', { type: 'popup:analyze-tab', tabId: 1.5 }],
    ['not an object', 'page:detected'],
  ])('rejects %s', (_label, message) => {
    expect(backgroundMessageSchema.safeParse(message).success).toBe(false);
  });

  it('keeps tools messages apart from background messages', () => {
    expect(toolsMessageSchema.safeParse({ type: 'tools:extract' }).success).toBe(true);
    expect(backgroundMessageSchema.safeParse({ type: 'tools:extract' }).success).toBe(false);
    expect(toolsMessageSchema.safeParse(detected).success).toBe(false);
  });
});

describe('inspectReplySchema (the page tools look)', () => {
  const look = {
    url: 'https://example.com/',
    title: 'Home',
    isPolicy: false,
    score: 0.1,
    privacyLink: 'https://example.com/privacy',
  };

  it('accepts a web address or no link', () => {
    expect(inspectReplySchema.safeParse(look).success).toBe(true);
    expect(inspectReplySchema.safeParse({ ...look, privacyLink: null }).success).toBe(true);
  });

  it.each([
    ['a javascript: link', { ...look, privacyLink: 'javascript:alert(1)' }],
    ['a data: link', { ...look, privacyLink: 'data:text/html,hi' }],
    ['a score out of range', { ...look, score: 7 }],
    ['a missing verdict', { url: look.url, title: look.title, score: 0.1, privacyLink: null }],
  ])('rejects %s', (_label, reply) => {
    expect(inspectReplySchema.safeParse(reply).success).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const contentScript = {
    id: EXTENSION_ID,
    url: 'https://example.com/privacy',
    tab: { id: 4 },
    frameId: 0,
  };
  const popup = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
  const popupMessage: BackgroundMessage = { type: 'popup:analyze-tab', tabId: 4 };

  it('accepts detector reports from a top-frame content script', () => {
    expect(isTrustedSender(detected, contentScript, EXTENSION_ID, ORIGIN)).toBe(true);
  });

  it('accepts popup requests from an extension page', () => {
    expect(isTrustedSender(popupMessage, popup, EXTENSION_ID, ORIGIN)).toBe(true);
  });

  it.each([
    ['another extension', detected, { ...contentScript, id: 'someone-else' }],
    ['a subframe', detected, { ...contentScript, frameId: 2 }],
    ['a report without a tab', detected, { id: EXTENSION_ID, url: 'https://example.com/' }],
    ['a page pretending to be the popup', popupMessage, contentScript],
    ['the popup pretending to be a page', detected, { ...popup, tab: { id: 4 }, frameId: 0 }],
  ])('drops %s', (_label, message, sender) => {
    expect(isTrustedSender(message, sender, EXTENSION_ID, ORIGIN)).toBe(false);
  });
});
