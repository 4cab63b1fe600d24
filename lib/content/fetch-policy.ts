import { extractBlocks } from '../extract/dom';
import type { FetchPolicyReply } from '../messaging';
import { messages } from '../../components/strings';

// The content script reads the site's own policy page: same origin only (so it is the request the page itself
// could make, with no extra permission), bounded in time and size, parsed inertly with DOMParser.
const TIMEOUT_MS = 10_000;
const MAX_HTML_CHARS = 5_000_000;

export async function fetchPolicyPage(link: string, pageUrl: string): Promise<FetchPolicyReply> {
  let target: URL;
  try {
    target = new URL(link, pageUrl);
  } catch {
    return { ok: false, error: messages.linkInvalid };
  }
  if (target.origin !== new URL(pageUrl).origin)
    return { ok: false, error: messages.linkOtherSite };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(target.href, {
      credentials: 'same-origin',
      redirect: 'follow',
      signal: controller.signal,
      headers: { Accept: 'text/html' },
    });
    if (!response.ok) return { ok: false, error: messages.linkHttpError(response.status) };
    if (new URL(response.url || target.href).origin !== target.origin) {
      return { ok: false, error: messages.linkOtherSite };
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|text\/plain/i.test(type)) return { ok: false, error: messages.linkNotHtml };
    const html = (await response.text()).slice(0, MAX_HTML_CHARS);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const blocks = extractBlocks(doc);
    return {
      ok: true,
      page: {
        url: response.url || target.href,
        title: doc.title.slice(0, 1000),
        blocks: blocks.slice(0, 20_000),
      },
    };
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === 'AbortError';
    return { ok: false, error: aborted ? messages.linkTimeout : messages.linkUnreachable };
  } finally {
    clearTimeout(timer);
  }
}
