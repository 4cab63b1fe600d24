import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractBlocksFromHtml } from '../../lib/extract/html-node';
import { blockSchema } from '../../lib/schema';
import { analyzeAndCheck } from './check';

// Property runs are bounded and seeded so a failure reproduces exactly.
const RUNS = { numRuns: 200, seed: 20251122 };

// Fragments that policies (and the flag cues) are made of, so random texts hit the interesting paths.
const FRAGMENTS = [
  'We collect your name, email address and IP address',
  'We do not sell your personal information',
  'we may share your information with our trusted partners',
  'By using the site you agree to this policy',
  'We use Google Analytics cookies and web beacons',
  'Data may be transferred outside the EEA under standard contractual clauses',
  'We keep logs for 30 days',
  'stored indefinitely',
  'Please check this page periodically',
  'we will notify you by email',
  'Privacy Policy',
  'Last updated: 1 March 2024',
  'privacy@example.org',
  '+1 (555) 010-0199',
  'not',
  'third parties',
  'for any purpose',
  'a data breach',
  '(',
  '“',
  '...',
];
const SEPARATORS = [' ', '. ', '.\n', '\n\n', '\n# ', '\n## ', '\n1. ', '\n- ', ';', ', ', '\t'];

const policyish = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const block = fc.record({
  kind: fc.constantFrom('heading' as const, 'paragraph' as const, 'list-item' as const),
  level: fc.integer({ min: 0, max: 6 }),
  text: fc.oneof(policyish, fc.string({ maxLength: 200, unit: 'binary' })),
});

const TAGS = [
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'li',
  'ul',
  'table',
  'td',
  'span',
  'nav',
  'footer',
  'script',
  'main',
];
const htmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...FRAGMENTS),
      fc.constantFrom(
        '<!--',
        '-->',
        '<',
        '>',
        '&amp;',
        '&#0;',
        '<br/>',
        '<p class="x" hidden>',
        '<![CDATA[',
      ),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('the pipeline on random input', () => {
  it('never throws and always returns a valid summary with true evidence (policy-like text)', () => {
    fc.assert(
      fc.property(policyish, (text) => {
        analyzeAndCheck({ text });
      }),
      RUNS,
    );
  });

  it('does the same for arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500, unit: 'binary' }), (text) => {
        analyzeAndCheck({ text });
      }),
      RUNS,
    );
  });

  it('does the same for arbitrary blocks', () => {
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 30 }),
        fc.option(fc.webUrl(), { nil: null }),
        (blocks, url) => {
          const summary = analyzeAndCheck({ blocks, url });
          expect(summary.source.url).toBe(url);
        },
      ),
      RUNS,
    );
  });

  it('extracts valid blocks from any HTML-like string, and the pipeline accepts them', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const blocks = extractBlocksFromHtml(html);
        for (const b of blocks) expect(blockSchema.safeParse(b).success).toBe(true);
        analyzeAndCheck({ blocks });
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
