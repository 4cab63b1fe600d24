import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED_WORLD_WRAPPER, leanEntry } from '../../lib/content/lean-entry';

// WXT's own wrapper, as its package ships it; the build replaces the user-entrypoint import with the script's path.
const WRAPPER = readFileSync(
  path.resolve(
    import.meta.dirname,
    '../../node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs',
  ),
  'utf8',
).replace(
  'import definition from "virtual:user-content-script-isolated-world-entrypoint";',
  'import definition from "/work/entrypoints/detector.content.ts";',
);

describe('leanEntry (the detector build drops WXT wrapper logger)', () => {
  it("keeps the installed WXT wrapper's calls and drops its logger", () => {
    const out = leanEntry(WRAPPER);
    expect(out).toContain('import definition from "/work/entrypoints/detector.content.ts";');
    expect(out).toContain('initPlugins();');
    expect(out).toContain('const { main, ...options } = definition;');
    expect(out).toContain(
      'return main(new ContentScriptContext(import.meta.env.ENTRYPOINT, options));',
    );
    expect(out).toContain('export { result as default };');
    expect(out).not.toMatch(/logger|console|crashed/);
    expect(out.length).toBeLessThan(WRAPPER.length / 2);
  });

  it('fails the build when the wrapper is not the one it was written for', () => {
    expect(() => leanEntry(WRAPPER.replace('initPlugins();', 'initPlugins(options);'))).toThrow(
      /wrapper changed.*initPlugins/,
    );
    expect(() => leanEntry('export default 1;')).toThrow(/import definition/);
  });

  it('recognises the virtual module id Vite gives the wrapper', () => {
    const id =
      'virtual:wxt-content-script-isolated-world-entrypoint?/work/entrypoints/x.content.ts';
    expect(ISOLATED_WORLD_WRAPPER.test(`\0${id}`)).toBe(true);
    expect(ISOLATED_WORLD_WRAPPER.test(id)).toBe(true);
    expect(ISOLATED_WORLD_WRAPPER.test('virtual:wxt-content-script-main-world-entrypoint?x')).toBe(
      false,
    );
  });
});
