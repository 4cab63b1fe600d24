import { describe, expect, it } from 'vitest';
import { layoutBlocks } from '../../lib/analyze/normalize';
import { buildSections } from '../../lib/analyze/sections';
import { extractBlocks } from '../../lib/extract/dom';
import { extractBlocksFromHtml, parseHtml } from '../../lib/extract/html-node';
import { fixturePages, readPage } from './fixture-pages';

function headingsOf(html: string): string[] {
  return extractBlocksFromHtml(html)
    .filter((b) => b.kind === 'heading')
    .map((b) => b.text);
}

/** Whether `wanted` appears in `list` in order (other items may sit between). */
function isSubsequence(wanted: readonly string[], list: readonly string[]): boolean {
  let i = 0;
  for (const item of list) if (i < wanted.length && item === wanted[i]) i++;
  return i === wanted.length;
}

describe('extractBlocks on the fixture pages', () => {
  it.each(fixturePages)('$file: main content kept, chrome dropped, headings in order', (page) => {
    const blocks = extractBlocksFromHtml(readPage(page.file));
    const text = blocks.map((b) => b.text).join('\n');
    for (const wanted of page.contains) expect(text).toContain(wanted);
    for (const unwanted of page.notContains) expect(text).not.toContain(unwanted);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(
      isSubsequence(page.headings, headings),
      `headings were ${JSON.stringify(headings)}`,
    ).toBe(true);
    for (const block of blocks) {
      expect(block.text.trim()).toBe(block.text);
      expect(block.text.length).toBeGreaterThan(0);
      expect(block.level).toBe(block.kind === 'heading' ? block.level : 0);
    }
  });

  it.each(fixturePages.filter((p) => p.topSections))(
    '$file: top-level sections under a lone title',
    (page) => {
      const { blocks } = layoutBlocks(extractBlocksFromHtml(readPage(page.file)));
      const { sections } = buildSections(blocks);
      const named = sections.map((s) => s.heading).filter((h): h is string => h !== null);
      expect(named).toEqual(page.topSections);
    },
  );
});

describe('extractBlocks structure', () => {
  it('keeps nested lists in reading order as list items', () => {
    const blocks = extractBlocksFromHtml(
      '<html><body><main><ul><li>Name <ul><li>First</li><li>Last</li></ul> and more</li><li>Email</li></ul></main></body></html>',
    );
    expect(blocks).toEqual([
      { kind: 'list-item', level: 0, text: 'Name' },
      { kind: 'list-item', level: 0, text: 'First' },
      { kind: 'list-item', level: 0, text: 'Last' },
      { kind: 'list-item', level: 0, text: 'and more' },
      { kind: 'list-item', level: 0, text: 'Email' },
    ]);
  });

  it('turns a table into one block per row', () => {
    const blocks = extractBlocksFromHtml(
      '<html><body><table><tr><th>Data</th><th>Kept for</th></tr><tr><td>Logs</td><td>30 days</td></tr></table></body></html>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Data | Kept for', 'Logs | 30 days']);
  });

  it('reads bold-only paragraphs as headings one level below the last real heading', () => {
    const blocks = extractBlocksFromHtml(
      '<html><body><h1>Privacy Policy</h1><h2>Data</h2><p><strong>Account data</strong></p><p>We keep it.</p><p><b>Not a heading.</b></p><p><strong>Lead-in:</strong> text after it.</p></body></html>',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Privacy Policy' },
      { kind: 'heading', level: 2, text: 'Data' },
      { kind: 'heading', level: 3, text: 'Account data' },
      { kind: 'paragraph', level: 0, text: 'We keep it.' },
      { kind: 'paragraph', level: 0, text: 'Not a heading.' },
      { kind: 'paragraph', level: 0, text: 'Lead-in: text after it.' },
    ]);
  });

  it('finds numbered and upper-case headings on pages without heading markup, below the page title', () => {
    const blocks = extractBlocksFromHtml(
      `<html><body><h2>Privacy Policy</h2><p>1. Who We Are</p><p>We are a small shop selling handmade soap online.</p>
       <p>2. What We Collect</p><p>We collect your name and address to deliver your order.</p>
       <p>YOUR RIGHTS</p><p>You can ask us for a copy of your data at any time by email.</p></body></html>`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text])).toEqual([
      [2, 'Privacy Policy'],
      [3, '1. Who We Are'],
      [3, '2. What We Collect'],
      [3, 'YOUR RIGHTS'],
    ]);
  });

  it('places headings read from <br>-separated text below the page headings before them', () => {
    const blocks = extractBlocksFromHtml(
      `<html><body><h1>Privacy Policy</h1><h2>Our Practices</h2>
       <p>1. Collection<br>We collect your name and email when you register with us.<br>2. Use<br>We use them to run your account and nothing else at all.</p>
       <h2>Contact</h2><p>Write to us.</p></body></html>`,
    );
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text])).toEqual([
      [1, 'Privacy Policy'],
      [2, 'Our Practices'],
      [3, '1. Collection'],
      [3, '2. Use'],
      [2, 'Contact'],
    ]);
  });

  it('reads role=heading with aria-level, defaulting to level 2', () => {
    const blocks = extractBlocksFromHtml(
      '<html><body><div role="heading" aria-level="4">Deep</div><span role="heading">Plain</span><p>Text.</p></body></html>',
    );
    expect(blocks.slice(0, 2)).toEqual([
      { kind: 'heading', level: 4, text: 'Deep' },
      { kind: 'heading', level: 2, text: 'Plain' },
    ]);
  });

  it('drops hidden elements by attribute and inline style', () => {
    const blocks = extractBlocksFromHtml(
      `<html><body><main><p>Visible.</p><p hidden>Hidden attribute.</p><p aria-hidden="true">Aria hidden.</p>
       <p style="color: red; display:none">Display none.</p><p style="visibility: hidden">Invisible.</p>
       <p class="sr-only">Screen reader only.</p></main></body></html>`,
    );
    expect(blocks.map((b) => b.text)).toEqual(['Visible.']);
  });

  it('reads a page whose whole content is hidden while a modal is open or until a script runs', () => {
    const policy =
      '<p>We collect your email address to send you the newsletter you asked for.</p>'.repeat(30);
    const ariaHidden = extractBlocksFromHtml(
      `<html><body><div id="app" aria-hidden="true"><main>${policy}</main></div><div role="dialog">Sign up!</div></body></html>`,
    );
    expect(ariaHidden).toHaveLength(30);
    const styleHidden = extractBlocksFromHtml(
      `<html><body><div style="display:none" id="wrapper">${policy}</div></body></html>`,
    );
    expect(styleHidden).toHaveLength(30);
  });

  it('keeps hidden="until-found" text', () => {
    expect(
      extractBlocksFromHtml(
        '<html><body><p>A.</p><div hidden="until-found"><p>B.</p></div></body></html>',
      ).map((b) => b.text),
    ).toEqual(['A.', 'B.']);
  });

  it('keeps collapsed accordion panels that a control opens', () => {
    const blocks = extractBlocksFromHtml(
      '<html><body><h2><button aria-controls="p1" aria-expanded="false">Sharing</button></h2><div id="p1" hidden><p>We share with processors.</p></div></body></html>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Sharing', 'We share with processors.']);
  });

  it('drops scripts, styles, templates, forms controls, navigation, dialogs and consent banners', () => {
    const blocks = extractBlocksFromHtml(
      `<html><head><style>p{}</style></head><body>
       <nav><a href="/">Home</a></nav><div id="CybotCookiebotDialog"><p>We use cookies.</p></div>
       <div class="cmp-banner"><p>Consent please.</p></div><dialog open><p>Modal.</p></dialog>
       <script>var a = "script text";</script><template><p>Template.</p></template><noscript>Enable JS.</noscript>
       <form><label>Email</label><input value="typed"><select><option>Option</option></select><button>Send</button></form>
       <section id="cookies"><h2>Cookies</h2><p>We use cookies for analytics.</p></section></body></html>`,
    );
    expect(blocks.map((b) => b.text)).toEqual(['Cookies', 'We use cookies for analytics.']);
  });

  it("keeps a policy's own cookie-preferences section but drops a consent banner inside the content", () => {
    const blocks = extractBlocksFromHtml(
      `<html><body><main><h1>Privacy Policy</h1>
       <div class="cookie-consent"><p>We use cookies.</p><button>Accept</button></div>
       <section id="cookie-preferences"><h2>Cookie preferences</h2><p>You can change your cookie preferences at any time.</p></section>
       </main></body></html>`,
    );
    expect(blocks.map((b) => b.text)).toEqual([
      'Privacy Policy',
      'Cookie preferences',
      'You can change your cookie preferences at any time.',
    ]);
  });

  it('prefers <main>, but falls back to the body when <main> is nearly empty', () => {
    const policy =
      '<p>We collect data about you and keep it safe for a long time, as described here.</p>'.repeat(
        20,
      );
    const withMain = extractBlocksFromHtml(
      `<html><body><p>Outside.</p><main>${policy}</main></body></html>`,
    );
    expect(withMain.some((b) => b.text === 'Outside.')).toBe(false);
    const emptyMain = extractBlocksFromHtml(
      `<html><body><main><p>Hi</p></main>${policy}</body></html>`,
    );
    expect(emptyMain.length).toBe(21);
  });

  it('uses only attributes when checkVisibility reports an unrendered document (DOMParser, fetch)', () => {
    const doc = parseHtml('<html><body><main><p>Policy text.</p></main></body></html>');
    // Simulate the browser API on an element of a document with no view: every element would say "invisible".
    const proto = Object.getPrototypeOf(doc.body) as { checkVisibility?: () => boolean };
    proto.checkVisibility = () => false;
    try {
      expect(extractBlocks(doc).map((b) => b.text)).toEqual(['Policy text.']);
    } finally {
      delete proto.checkVisibility;
    }
  });

  it('asks checkVisibility in a rendered document, except inside <details> and controlled panels', () => {
    const doc = parseHtml(
      `<html><body><main><p>Shown.</p><p class="css-hidden">Hidden by a stylesheet.</p>
       <details><summary>More</summary><p class="css-hidden">Closed details text.</p></details></main></body></html>`,
    );
    const proto = Object.getPrototypeOf(doc.body) as { checkVisibility?: () => boolean };
    proto.checkVisibility = function (this: Element) {
      return !this.classList.contains('css-hidden');
    };
    try {
      expect(extractBlocks(doc).map((b) => b.text)).toEqual([
        'Shown.',
        'More',
        'Closed details text.',
      ]);
    } finally {
      delete proto.checkVisibility;
    }
  });

  it('accepts an element as root and then does not look for <main> elsewhere', () => {
    const doc = parseHtml(
      '<html><body><main><p>Main.</p></main><div id="x"><p>Chosen.</p></div></body></html>',
    );
    expect(extractBlocks(doc.getElementById('x')!).map((b) => b.text)).toEqual(['Chosen.']);
  });
});

describe('parseHtml', () => {
  it('parses fragments, pages without <body>, and keeps title and lang', () => {
    expect(parseHtml('<p>fragment</p>').body.textContent).toBe('fragment');
    const doc = parseHtml('<!doctype html><html lang="de"><title>Datenschutz</title><p>Text</p>');
    expect(doc.title).toBe('Datenschutz');
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.body.textContent).toContain('Text');
  });

  it('never throws on garbage', () => {
    for (const input of ['', '<<<>>>', '\u0000\u0001\u0002', '<body', '</html><html>', '<!-->']) {
      expect(() => extractBlocksFromHtml(input)).not.toThrow();
    }
  });
});

describe('extractBlocks on hostile pages', () => {
  it('survives 10,000 nested elements without recursion', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>deep text</p>${'</div>'.repeat(10_000)}</body></html>`;
    expect(extractBlocksFromHtml(html)).toEqual([
      { kind: 'paragraph', level: 0, text: 'deep text' },
    ]);
  });

  it('bounds the output of a 5 MB page', () => {
    const html = `<html><body>${'<p>We collect data and share it with partners. </p>'.repeat(100_000)}</body></html>`;
    const blocks = extractBlocksFromHtml(html);
    expect(blocks.length).toBeLessThanOrEqual(20_000);
    expect(blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(1_000_000);
  });

  it('bounds a single 5 MB text node', () => {
    const blocks = extractBlocksFromHtml(
      `<html><body><p>${'x'.repeat(5_000_000)}</p></body></html>`,
    );
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.text.length).toBeLessThanOrEqual(1_000_000);
  });

  it('stays linear on a table row of 50,000 cells and a paragraph of 50,000 inline elements', () => {
    const start = Date.now();
    const row = extractBlocksFromHtml(
      `<html><body><table><tr>${'<td>x</td>'.repeat(50_000)}</tr></table></body></html>`,
    );
    expect(row).toHaveLength(1);
    const inline = extractBlocksFromHtml(
      `<html><body><p>${'<b>bold</b> <i>word</i> '.repeat(25_000)}</p></body></html>`,
    );
    expect(inline).toHaveLength(1);
    expect(Date.now() - start).toBeLessThan(20_000);
  });

  it('handles 10,000 headings', () => {
    const html = `<html><body>${'<h2>Heading</h2><p>Text.</p>'.repeat(10_000)}</body></html>`;
    const blocks = extractBlocksFromHtml(html);
    expect(blocks.filter((b) => b.kind === 'heading')).toHaveLength(10_000);
  });
});

describe('headings of the fixture pages', () => {
  it('finds the bold-text headings of a page without heading elements', () => {
    expect(headingsOf(readPage('policy-bold-headings.html'))).toContain('How long we keep it');
  });
});
