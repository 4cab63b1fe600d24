import type { Block } from '../schema';
import { classifyTextLines, headingLevelsOfLines } from './text';

// Works on any DOM (the browser's, linkedom's): only node navigation and attributes are used, never
// getComputedStyle; the browser-only checkVisibility is feature-tested. The walk is iterative
// (firstChild / nextSibling / parentNode) so 10,000 nested elements cannot overflow the stack.

/** Output bounds: a 5 MB page must not produce an unbounded block list. */
const MAX_TOTAL_CHARS = 1_000_000;
const MAX_BLOCKS = 20_000;
/** Bold-only paragraphs longer than this are emphasised prose, not headings. */
const MAX_BOLD_HEADING_CHARS = 120;
/** A <main> with less text than this while the body has much more is probably a wrong landmark. */
const MIN_MAIN_CHARS = 400;
/** Kept text below this share of the root's text means the page hid its content wholesale. */
const HIDDEN_PAGE_RATIO = 0.1;
const MIN_HIDDEN_PAGE_CHARS = 1000;

/** Never content: code, media, metadata and form controls. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'aside',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'nav',
  'dialog',
]);

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Site chrome by ARIA role: always dropped. */
const SKIP_ROLES = new Set([
  'navigation',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tooltip',
]);
/** Page-level landmarks: dropped unless they sit inside the content (an article's own header holds its title). */
const PAGE_CHROME_TAGS = new Set(['header', 'footer']);
const PAGE_CHROME_ROLES = new Set(['banner', 'contentinfo']);
/** Component-scoped class names ("Header_root__x1", "site-footer__inner") of page headers and footers. */
const PAGE_CHROME_CLASS_PREFIX =
  /^(?:site-?|page-?|global-?)?(?:header|footer|navbar|masthead)(?:[_-]|$)/i;
/** Class tokens of page-level header and footer containers on sites that do not use the elements. */
const PAGE_CHROME_CLASSES = new Set([
  'header',
  'footer',
  'site-header',
  'site-footer',
  'page-header',
  'page-footer',
  'global-header',
  'global-footer',
  'masthead',
  'top-bar',
  'topbar',
  'footer-widgets',
  'comments',
]);
const CONTENT_TAGS = new Set(['main', 'article', 'section']);

/** Class tokens that name site chrome. Exact tokens only, so a policy's "cookies" section is never matched. */
const CHROME_CLASSES = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'main-menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'site-header',
  'site-footer',
  'skip-link',
  'skip-to-content',
  'share-buttons',
  'social-share',
  'social-links',
  'related-articles',
  'related-posts',
  'comment-list',
  'article-votes',
  'sr-only',
  'visually-hidden',
  'screen-reader-text',
]);

/**
 * Cookie banners and consent managers, by id or class: "cookie"/"consent" joined to a banner-ish word, or the
 * id prefix of a well-known consent platform. A policy's own section about cookies has neither shape.
 */
const CONSENT_CHROME =
  /(?:cookie|consent|gdpr|cmp)[-_]?(?:banner|bar|notice|popup|pop-up|modal|dialog|overlay|wall|prompt|container|sdk|law|box|message|window|manager|settings|preferences|consent)|^(?:onetrust|optanon|cybotcookiebot|didomi|qc-cmp|truste|usercentrics|cmplz|osano|iubenda|cc-window|cc-banner|cookiebanner|cookie-law|moove_gdpr|borlabs)/i;
/** A real cookie banner is short; a long element matching the pattern is content (e.g. an embedded cookie policy). */
const MAX_BANNER_CHARS = 3000;
const MAX_BANNER_NODES = 2000;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

type Kind = Block['kind'];
interface Frame {
  el: Element;
  /** Block kind this element gives to the text inside it, or null to inherit. */
  kind: Kind | null;
  /** Heading level, or -1 for a heading whose level is relative to the real headings before it. */
  level: number;
  bold: boolean;
  block: boolean;
  contentDepth: boolean;
  reveals: boolean;
}

/** A block before heading levels are final; `relative`: levels below the last heading element before it. */
type Draft = Block & { relative?: number };

/** Main content of any DOM (browser or linkedom) as ordered blocks. */
export function extractBlocks(root: Document | Element): Block[] {
  try {
    const start = chooseRoot(root);
    if (!start) return [];
    const blocks = walk(start, true);
    // Some pages hide their whole content from the accessibility tree or with an inline style while a modal is
    // open or until a script runs (and a fetched copy never runs it): then hidden-ness says nothing.
    const available = (start.textContent ?? '').trim().length;
    if (available >= MIN_HIDDEN_PAGE_CHARS && countChars(blocks) < HIDDEN_PAGE_RATIO * available) {
      const lenient = walk(start, false);
      if (countChars(lenient) > countChars(blocks)) return lenient;
    }
    return blocks;
  } catch {
    return [];
  }
}

function countChars(blocks: readonly Block[]): number {
  let total = 0;
  for (const block of blocks) total += block.text.length;
  return total;
}

function isDocument(root: Document | Element): root is Document {
  return root.nodeType === 9;
}

function chooseRoot(root: Document | Element): Element | null {
  const body = isDocument(root) ? (root.body ?? root.documentElement) : root;
  if (!body) return null;
  const name = body.localName?.toLowerCase();
  if (!isDocument(root) && name !== 'body' && name !== 'html') return body;
  const main = body.querySelector('main, [role="main"]');
  if (main && isPlausibleMain(main, body)) return main;
  const articles = body.querySelectorAll('article');
  let best: Element | null = null;
  let bestLength = 0;
  for (let i = 0; i < articles.length && i < 20; i++) {
    const length = (articles[i]!.textContent ?? '').length;
    if (length > bestLength) {
      best = articles[i]!;
      bestLength = length;
    }
  }
  if (best && isPlausibleMain(best, body)) return best;
  return body;
}

function isPlausibleMain(candidate: Element, body: Element): boolean {
  const own = (candidate.textContent ?? '').trim().length;
  if (own >= MIN_MAIN_CHARS) return true;
  return own > 0 && own * 4 >= (body.textContent ?? '').trim().length;
}

function attr(el: Element, name: string): string {
  return el.getAttribute?.(name) ?? '';
}

function collapsibleIds(root: Element): Set<string> {
  const ids = new Set<string>();
  const controls = root.ownerDocument?.querySelectorAll?.('[aria-controls]') ?? [];
  for (let i = 0; i < controls.length && i < 2000; i++) {
    for (const id of attr(controls[i]!, 'aria-controls').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}

type VisibilityCheck = (el: Element) => boolean;

/**
 * checkVisibility only means something in a rendered document: in one made by DOMParser or fetched for
 * analysis (no defaultView), or where the root itself reports invisible, every element would look hidden.
 */
function visibilityCheckFor(root: Element): VisibilityCheck | null {
  type Checkable = Element & { checkVisibility?: (o?: object) => boolean };
  const probe = (root as Checkable).checkVisibility;
  if (typeof probe !== 'function' || !root.ownerDocument?.defaultView) return null;
  const options = { visibilityProperty: true, checkVisibilityCSS: true };
  try {
    if (!probe.call(root, options)) return null;
  } catch {
    return null;
  }
  return (el) => {
    try {
      return (el as Checkable).checkVisibility?.(options) !== false;
    } catch {
      return true;
    }
  };
}

function isHidden(
  el: Element,
  insideReveal: boolean,
  collapsible: Set<string>,
  visible: VisibilityCheck | null,
): boolean {
  // hidden="until-found" is how accordions hide text that find-in-page may still reveal.
  const hiddenAttribute = el.getAttribute?.('hidden');
  if (hiddenAttribute != null && hiddenAttribute !== 'until-found' && !collapsible.has(el.id))
    return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  if (style && HIDDEN_STYLE.test(style) && !collapsible.has(el.id)) return true;
  // Collapsed accordions and closed <details> hold policy text the reader can open: keep them.
  if (insideReveal || collapsible.has(el.id) || !visible) return false;
  return !visible(el);
}

function isChrome(el: Element, tag: string, insideContent: boolean): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  const role = attr(el, 'role').toLowerCase();
  if (role && SKIP_ROLES.has(role)) return true;
  if (attr(el, 'aria-modal') === 'true') return true;
  if (!insideContent && (PAGE_CHROME_TAGS.has(tag) || PAGE_CHROME_ROLES.has(role))) return true;
  const cls = attr(el, 'class');
  if (cls) {
    for (const token of cls.toLowerCase().split(/\s+/)) {
      if (CHROME_CLASSES.has(token)) return true;
      if (
        !insideContent &&
        (PAGE_CHROME_CLASSES.has(token) || PAGE_CHROME_CLASS_PREFIX.test(token))
      )
        return true;
    }
  }
  const consentMarked =
    CONSENT_CHROME.test(el.id ?? '') ||
    (cls !== '' && cls.split(/\s+/).some((t) => CONSENT_CHROME.test(t)));
  // Inside the content, a "cookie-preferences" section may be the policy's own; a banner there has controls.
  if (consentMarked && isShort(el) && (!insideContent || hasControls(el))) return true;
  if (tag === 'button' && !isAccordionToggle(el)) return true;
  return false;
}

function hasControls(el: Element): boolean {
  return el.querySelector?.('button, input, [role="button"]') != null;
}

/** Whether an element holds at most MAX_BANNER_CHARS of text, read with an early exit (banners nest). */
function isShort(el: Element): boolean {
  let chars = 0;
  let visited = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (++visited > MAX_BANNER_NODES) return false;
    if (node.nodeType === 3) {
      chars += (node as Text).data.length;
      if (chars > MAX_BANNER_CHARS) return false;
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    if (!node || node === el) break;
    node = node.nextSibling;
  }
  return true;
}

function isAccordionToggle(el: Element): boolean {
  return el.hasAttribute?.('aria-expanded') || el.hasAttribute?.('aria-controls');
}

function headingLevelOf(el: Element, tag: string): number {
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return Number(tag[1]);
  if (attr(el, 'role') === 'heading') {
    const level = Number.parseInt(attr(el, 'aria-level'), 10);
    return level >= 1 && level <= 6 ? level : 2;
  }
  return 0;
}

/** `strict`: drop hidden elements; off for pages that hide everything (see extractBlocks). */
function walk(root: Element, strict: boolean): Block[] {
  const collapsible = collapsibleIds(root);
  const visible = visibilityCheckFor(root);
  const drafts: Draft[] = [];
  const stack: Frame[] = [];
  let buffer = '';
  let visibleChars = 0;
  let boldChars = 0;
  let lineBreaks = 0;
  let totalChars = 0;
  let boldDepth = 0;
  let contentDepth = 0;
  // Inside <details> or a panel an accordion control opens: text the reader can reveal, whatever CSS says now.
  let revealDepth = 0;
  let preDepth = 0;

  const context = (): { kind: Kind; level: number } => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const frame = stack[i]!;
      if (frame.kind) return { kind: frame.kind, level: frame.level };
    }
    return { kind: 'paragraph', level: 0 };
  };

  const emit = (block: Draft) => {
    if (drafts.length >= MAX_BLOCKS || totalChars >= MAX_TOTAL_CHARS) return;
    const text =
      block.text.length > MAX_TOTAL_CHARS - totalChars
        ? block.text.slice(0, MAX_TOTAL_CHARS - totalChars)
        : block.text;
    totalChars += text.length;
    drafts.push({ ...block, text });
  };

  const flush = () => {
    const text = buffer.trim();
    const onlyBold = visibleChars > 0 && boldChars === visibleChars;
    const hadBreaks = lineBreaks > 0;
    buffer = '';
    visibleChars = 0;
    boldChars = 0;
    lineBreaks = 0;
    if (!text) return;
    const { kind, level } = context();
    if (kind === 'paragraph' && hadBreaks) {
      // Text laid out with <br> (or <pre>) carries its structure in lines, as plain text does.
      // Its headings are placed under the page's own headings: a "1." line under an <h2> is a subsection.
      for (const block of classifyTextLines(text.split('\n'), {
        documentStart: drafts.length === 0,
      }))
        emit(block.kind === 'heading' ? { ...block, relative: block.level - 1 } : block);
      return;
    }
    if (kind === 'paragraph' && onlyBold && looksLikeBoldHeading(text)) {
      emit({ kind: 'heading', level: 0, text, relative: 1 });
      return;
    }
    if (kind === 'heading' && level < 0) {
      emit({ kind: 'heading', level: 0, text, relative: 1 });
      return;
    }
    emit({ kind, level: kind === 'heading' ? level : 0, text });
  };

  const append = (text: string) => {
    buffer += text;
    let visible = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) visible++;
    visibleChars += visible;
    if (boldDepth > 0) boldChars += visible;
  };

  const enter = (el: Element): boolean => {
    const tag = (el.localName ?? '').toLowerCase();
    const insideContent = contentDepth > 0;
    if (isChrome(el, tag, insideContent)) return false;
    if (strict && isHidden(el, revealDepth > 0, collapsible, visible)) return false;
    const headingLevel = headingLevelOf(el, tag);
    const block = BLOCK_TAGS.has(tag) || headingLevel > 0;
    let kind: Kind | null = null;
    let level = 0;
    if (headingLevel > 0) {
      kind = 'heading';
      level = headingLevel;
    } else if (tag === 'li') kind = 'list-item';
    else if (tag === 'summary' || tag === 'button') {
      kind = 'heading';
      level = -1;
    }
    if (block || kind) flush();
    const cell = tag === 'td' || tag === 'th';
    if (cell && visibleChars > 0) append(' | ');
    if (tag === 'br') {
      // Lines and blank lines made of <br> are kept: the plain-text classifier reads structure from them.
      buffer += '\n';
      lineBreaks++;
      return false;
    }
    const bold = tag === 'b' || tag === 'strong';
    const isContent = CONTENT_TAGS.has(tag) || attr(el, 'role') === 'main';
    if (bold) boldDepth++;
    if (isContent) contentDepth++;
    const reveals = tag === 'details' || (el.id !== '' && collapsible.has(el.id));
    if (reveals) revealDepth++;
    if (tag === 'pre') preDepth++;
    stack.push({
      el,
      kind,
      level,
      bold,
      block: block || kind !== null,
      contentDepth: isContent,
      reveals,
    });
    return true;
  };

  const exit = () => {
    const frame = stack[stack.length - 1];
    if (!frame) return;
    if (frame.block) flush();
    stack.pop();
    if (frame.bold) boldDepth--;
    if (frame.contentDepth) contentDepth--;
    if (frame.reveals) revealDepth--;
    if ((frame.el.localName ?? '').toLowerCase() === 'pre') preDepth--;
  };

  if (!enter(root)) return [];
  let node: Node | null = root.firstChild;
  while (node && totalChars < MAX_TOTAL_CHARS && drafts.length < MAX_BLOCKS) {
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (preDepth > 0) {
        const lines = data.split('\n').length - 1;
        lineBreaks += lines;
        append(data);
      } else if (/\S/.test(data) || buffer) append(data.replace(/\s+/g, ' '));
    } else if (node.nodeType === 1) {
      descend = enter(node as Element);
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit();
    // Climb until a next sibling exists, closing every element left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  while (stack.length) exit();
  flush();
  return promoteTextHeadings(resolveRelativeLevels(drafts));
}

/** Below this many heading elements a page is "flat": its headings, if any, are plain paragraphs. */
const FLAT_PAGE_HEADINGS = 3;

/**
 * Pages built without heading markup ("<p>1. Who we are</p>", "<div>YOUR RIGHTS</div>") get their headings from
 * the plain-text rules, placed below any heading element the page does have (usually its title).
 */
function promoteTextHeadings(blocks: Block[]): Block[] {
  let real = 0;
  let shallowest = 7;
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    real++;
    shallowest = Math.min(shallowest, block.level);
  }
  if (real >= FLAT_PAGE_HEADINGS || blocks.length < 3) return blocks;
  const levels = headingLevelsOfLines(blocks.map((b) => b.text));
  const floor = real > 0 ? shallowest + 1 : 1;
  return blocks.map((block, i) => {
    const level = levels[i] ?? 0;
    if (block.kind !== 'paragraph' || level === 0) return block;
    return { kind: 'heading', level: Math.min(6, Math.max(level, floor)), text: block.text };
  });
}

function looksLikeBoldHeading(text: string): boolean {
  if (text.length > MAX_BOLD_HEADING_CHARS) return false;
  if (/[.,;]$/.test(text) && !/\b(?:Inc|Ltd|Co|Corp|LLC)\.$/.test(text)) return false;
  return /[A-Za-z\u00C0-\u024F]/.test(text);
}

/**
 * Bold-only, summary and accordion headings sit one level below the last real heading before them; headings
 * read from <br>-separated text keep their own nesting below it.
 */
function resolveRelativeLevels(drafts: readonly Draft[]): Block[] {
  let lastReal = 1;
  return drafts.map(({ relative, ...block }) => {
    if (block.kind !== 'heading') return block;
    if (relative !== undefined)
      return { ...block, level: Math.min(6, Math.max(1, lastReal + relative)) };
    lastReal = block.level;
    return block;
  });
}
