import { DOMParser } from 'linkedom';
import type { Block } from '../schema';
import { extractBlocks } from './dom';
import { toLowerSameLength } from '../text/lower-case';

// Node only (the CLI and tests): the extension uses the browser's own DOM and never imports this file.

/**
 * linkedom builds a usable document only from a complete <html><head><body> skeleton: a fragment or a page
 * without <body> comes out empty. So the page is cut into its head and body parts and re-wrapped.
 */
export function parseHtml(html: string): Document {
  const source = typeof html === 'string' ? html : '';
  const lower = toLowerSameLength(source);
  const lang = /<html\b[^>]{0,500}?\blang\s*=\s*["']?([a-z]{2,3}(?:-[a-z0-9]{2,8})?)/i.exec(
    source.slice(0, 4000),
  )?.[1];
  const headOpen = findTagEnd(lower, '<head', 0);
  const headClose = headOpen >= 0 ? lower.indexOf('</head', headOpen) : -1;
  const bodyOpen = findTagEnd(lower, '<body', 0);
  let head = '';
  let body: string;
  if (bodyOpen >= 0) {
    const bodyClose = lower.lastIndexOf('</body');
    body = source.slice(bodyOpen, bodyClose > bodyOpen ? bodyClose : source.length);
    if (headOpen >= 0 && headOpen < bodyOpen)
      head = source.slice(headOpen, headClose > headOpen ? headClose : bodyOpen);
  } else if (headOpen >= 0 && headClose > headOpen) {
    head = source.slice(headOpen, headClose);
    body = source.slice(lower.indexOf('>', headClose) + 1);
  } else {
    body = source;
  }
  // A page without <head> may still carry <title> before its content; lift it so document.title works.
  if (!head) {
    const titleOpen = findTagEnd(lower, '<title', 0);
    const titleClose = titleOpen >= 0 ? lower.indexOf('</title', titleOpen) : -1;
    if (titleClose > titleOpen) head = `<title>${source.slice(titleOpen, titleClose)}</title>`;
  }
  body = body.replace(/<\/?(?:html|body|head)\b[^>]{0,500}>|<!doctype[^>]{0,500}>/gi, '');
  const langAttribute = lang ? ` lang="${lang}"` : '';
  const wrapped = `<!DOCTYPE html><html${langAttribute}><head>${head}</head><body>${body}</body></html>`;
  return new DOMParser().parseFromString(wrapped, 'text/html') as unknown as Document;
}

function findTagEnd(lower: string, tag: string, from: number): number {
  let at = lower.indexOf(tag, from);
  while (at >= 0) {
    const after = lower[at + tag.length];
    if (
      after === '>' ||
      after === ' ' ||
      after === '\n' ||
      after === '\t' ||
      after === '\r' ||
      after === '/'
    ) {
      const close = lower.indexOf('>', at);
      return close >= 0 ? close + 1 : -1;
    }
    at = lower.indexOf(tag, at + tag.length);
  }
  return -1;
}

/** An HTML page's main content as blocks, parsed with linkedom. Never throws. */
export function extractBlocksFromHtml(html: string): Block[] {
  try {
    return extractBlocks(parseHtml(html));
  } catch {
    return [];
  }
}
