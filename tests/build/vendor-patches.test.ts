import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { util } from 'zod/v4/core';
import {
  backgroundMessageSchema,
  inspectReplySchema,
  toolsMessageSchema,
} from '../../lib/messaging';
import { exportFileSchema, policySummarySchema, siteRecordSchema } from '../../lib/schema';
import { serializeExport } from '../../lib/compare/import';
import { patchVendorModule, VENDOR_PATCHES } from '../../tools/build/vendor-patches';
import { makeSummary, record, version } from '../compare/fixtures';

const require = createRequire(import.meta.url);
const ZOD_UTIL = path.join(path.dirname(require.resolve('zod/package.json')), 'v4/core/util.js');
const REACT_DOM_CLIENT = path.join(
  path.dirname(require.resolve('react-dom/package.json')),
  'cjs/react-dom-client.production.js',
);

describe('vendor patches against the installed libraries', () => {
  it('zod: the eval probe is replaced once and no Function constructor is left in util.js', () => {
    const code = readFileSync(ZOD_UTIL, 'utf8');
    expect(code).toMatch(/new F\(""\)/);
    const out = patchVendorModule(code, ZOD_UTIL)!;
    // Comments aside, nothing in the file names the Function constructor any more.
    const codeOnly = out.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(codeOnly).not.toMatch(/\bFunction\b/);
    expect(code.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')).toMatch(/\bFunction\b/);
    expect(out).toMatch(/export const allowsEval = \/\* @__PURE__\*\/ cached\(\(\) => \{/);
    expect(out.length).toBeLessThan(code.length);
  });

  it('react-dom: both dangerouslySetInnerHTML writes throw instead, and nothing else assigns innerHTML from data', () => {
    const code = readFileSync(REACT_DOM_CLIENT, 'utf8');
    const out = patchVendorModule(code, `${REACT_DOM_CLIENT}?commonjs-entry`)!;
    expect(out.match(/dangerouslySetInnerHTML is disabled/g)).toHaveLength(2);
    // The only innerHTML write left is React's fixed string for creating <script> elements.
    expect([...out.matchAll(/\.innerHTML\s*=\s*([^;\n]+)/g)].map((m) => m[1])).toEqual([
      '"<script>\\x3c/script>"',
    ]);
  });

  it('stops the build when a library no longer has the expected text', () => {
    const changed = readFileSync(ZOD_UTIL, 'utf8').replace('new F("")', 'new F("return 1")');
    expect(() => patchVendorModule(changed, ZOD_UTIL)).toThrow(/zod: no eval probe: expected 1/);
    expect(() => patchVendorModule('domElement.innerHTML = key;', REACT_DOM_CLIENT)).toThrow(
      /expected 2 match\(es\).*found 0/,
    );
  });

  it('leaves every other module alone', () => {
    expect(
      patchVendorModule('new Function("")', '/x/node_modules/zod/v4/core/schemas.js'),
    ).toBeNull();
    expect(patchVendorModule('x', '/work/main/lib/compare/rows.ts')).toBeNull();
    expect(VENDOR_PATCHES.every((p) => p.why.length > 80)).toBe(true);
  });
});

// Answering "no eval" makes zod parse objects with its interpreter instead of the code it compiles. The two must
// accept and reject the same values with the same issues, or the patch would change behaviour.
describe('zod without eval parses exactly as with it', () => {
  it('runs the compiled parser in Node (else the comparison below would compare the interpreter with itself)', () => {
    expect(util.allowsEval.value).toBe(true);
  });

  type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
  const pathsOf = (value: Json, at: (string | number)[] = []): (string | number)[][] =>
    value !== null && typeof value === 'object'
      ? [
          at,
          ...Object.entries(value).flatMap(([k, v]) =>
            pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]),
          ),
        ]
      : [at];

  /** The valid value with one place replaced by anything (or removed). */
  function mutated(valid: Json) {
    const paths = pathsOf(valid).filter((p) => p.length > 0);
    return fc
      .tuple(fc.nat(paths.length - 1), fc.option(fc.anything(), { nil: undefined }))
      .map(([i, replacement]) => {
        const copy = structuredClone(valid) as Record<string | number, unknown>;
        const at = paths[i]!;
        let node = copy;
        for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        if (replacement === undefined) delete node[at.at(-1)!];
        else node[at.at(-1)!] = replacement;
        return copy;
      });
  }

  const both = (schema: z.ZodType, value: unknown) => {
    const compiled = schema.safeParse(value);
    const interpreted = schema.safeParse(value, { jitless: true });
    return {
      compiled: { success: compiled.success, data: compiled.data, issues: compiled.error?.issues },
      interpreted: {
        success: interpreted.success,
        data: interpreted.data,
        issues: interpreted.error?.issues,
      },
    };
  };

  const summary = makeSummary() as unknown as Json;
  const site = record('a.example', [version(makeSummary(), 'a1', 1)]) as unknown as Json;
  const cases: [string, z.ZodType, Json][] = [
    ['policy summary', policySummarySchema, summary],
    ['stored site', siteRecordSchema, site],
    ['export file', exportFileSchema, JSON.parse(serializeExport([site as never], 1)) as Json],
    [
      'background message',
      backgroundMessageSchema,
      {
        type: 'page:detected',
        url: 'https://a.example/privacy',
        title: 'Privacy',
        mayBePolicy: true,
      },
    ],
    [
      'page tools look',
      inspectReplySchema,
      {
        url: 'https://a.example/',
        title: 'Home',
        isPolicy: false,
        score: 0.1,
        privacyLink: 'https://a.example/privacy',
      },
    ],
    ['page-tools message', toolsMessageSchema, { type: 'tools:extract' }],
  ];

  it.each(cases)('%s: the valid value and 300 one-place mutations of it', (_, schema, valid) => {
    const first = both(schema, valid);
    expect(first.compiled.success).toBe(true);
    expect(first.compiled).toEqual(first.interpreted);
    fc.assert(
      fc.property(mutated(valid), (value) => {
        const { compiled, interpreted } = both(schema, value);
        expect(compiled).toEqual(interpreted);
      }),
      { numRuns: 300 },
    );
  });

  it('the mutations include values both parsers reject', () => {
    const rejected = fc
      .sample(mutated(summary), 200)
      .filter((v) => !policySummarySchema.safeParse(v).success);
    expect(rejected.length).toBeGreaterThan(20);
  });
});
