// Two bundled-library code paths that PolicyLens can never take, removed at build time so that the packages hold no
// string-to-code or HTML-injection sink at all (Mozilla's `web-ext lint` reports both: DANGEROUS_EVAL for the
// Function constructor, UNSAFE_VAR_ASSIGNMENT for `innerHTML`). Each patch names the exact text it replaces and how
// many times; if a library update changes that text, the build fails instead of shipping unpatched code.

export interface VendorPatch {
  name: string;
  /** The library file, as its resolved module id ends. */
  module: RegExp;
  find: RegExp;
  /** Occurrences expected in that file; any other number stops the build. */
  count: number;
  replace: string;
  why: string;
}

export const VENDOR_PATCHES: readonly VendorPatch[] = [
  {
    name: 'zod: no eval probe',
    module: /\/node_modules\/zod\/v4\/core\/util\.js$/,
    // `allowsEval` runs `new Function("")` once to decide whether object parsers may be compiled with eval.
    find: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/g,
    count: 1,
    replace:
      'return false; /* PolicyLens build: eval is never used (tools/build/vendor-patches.ts) */',
    why:
      'The extension pages and the MV3 service worker run under a CSP without unsafe-eval, so the probe already ' +
      'answers false there (and the browser logs a CSP violation for it). Answering false everywhere is what ' +
      'z.config({ jitless: true }) does: zod then parses every object with its interpreter, which accepts and ' +
      'rejects exactly what the compiled parser does (tests/build/vendor-patches.test.ts compares both on our ' +
      'schemas). The code generator stays in the bundle but is only reachable through this probe.',
  },
  {
    name: 'react-dom: no dangerouslySetInnerHTML',
    module: /\/node_modules\/react-dom\/cjs\/react-dom-client\.production\.js$/,
    // Both places React writes a `dangerouslySetInnerHTML` prop (first render and update).
    find: /\(null != prevValue \? prevValue\.__html : void 0\) !== key &&\s*\(domElement\.innerHTML = key\);/g,
    count: 2,
    replace:
      'throw Error("PolicyLens build: dangerouslySetInnerHTML is disabled; page text is shown as text, never HTML.");',
    why:
      'PolicyLens never passes dangerouslySetInnerHTML (eslint.config.js forbids the prop and innerHTML ' +
      'assignments), so this branch never runs; if it ever did, page text could become markup. It now throws.',
  },
];

/** The module's code with every matching patch applied; null when no patch is for this module. */
export function patchVendorModule(code: string, id: string): string | null {
  const file = id.split('?')[0]!.replace(/\\/g, '/');
  const patches = VENDOR_PATCHES.filter((p) => p.module.test(file));
  if (patches.length === 0) return null;
  let out = code;
  for (const patch of patches) {
    const found = out.match(patch.find)?.length ?? 0;
    if (found !== patch.count)
      throw new Error(
        `${patch.name}: expected ${patch.count} match(es) in ${file}, found ${found}. The library changed; ` +
          'review tools/build/vendor-patches.ts against its new code.',
      );
    out = out.replace(patch.find, patch.replace);
  }
  return out;
}

/** The patches as a Vite plugin, for production builds of every browser. */
export function vendorPatchesPlugin() {
  return {
    name: 'policylens:vendor-patches',
    enforce: 'pre' as const,
    apply: 'build' as const,
    transform(code: string, id: string) {
      const out = patchVendorModule(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}
