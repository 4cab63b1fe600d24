// Build-time only (wxt.config.ts, for the all-pages detector). WXT wraps each content script in a small module that
// runs its plugins, calls `main(new ContentScriptContext(name, options))` and, if that throws, logs through its own
// logger. In production builds that logger prints nothing (it returns at once when MODE is "production"), but the
// minified detector still carried it and the crash message: about 0.3 KB of the 10 KB budget. The lean wrapper makes
// the same calls without the logger; an error still rejects the returned promise, as before. If WXT changes its
// wrapper, the build fails here instead of shipping a rewrite of code nobody has read.

/**
 * The module id Vite gives WXT's isolated-world wrapper (one per content script, with the entrypoint's path after
 * the "?"), after the NUL that Vite puts before resolved virtual ids.
 */
export const ISOLATED_WORLD_WRAPPER = /^\0?virtual:wxt-content-script-isolated-world-entrypoint\?/;

/** Lines of WXT 0.21's wrapper the rewrite depends on; all must be present, each once. */
const EXPECTED = [
  'import { ContentScriptContext } from "wxt/utils/content-script-context";',
  'import { initPlugins } from "virtual:wxt-plugins";',
  'if (import.meta.env.MODE === "production") return;',
  'initPlugins();',
  'const { main, ...options } = definition;',
  'return await main(new ContentScriptContext(import.meta.env.ENTRYPOINT, options));',
  'logger.error(`The content script "${import.meta.env.ENTRYPOINT}" crashed on startup!`, err);',
  'throw err;',
  'export { result as default };',
];

const DEFINITION_IMPORT = /^import definition from ("[^"\n]+");$/m;

/** WXT's wrapper source without its logger; throws when the source is not the wrapper this was written for. */
export function leanEntry(code: string): string {
  const definition = DEFINITION_IMPORT.exec(code);
  const missing = EXPECTED.filter((line) => code.split(line).length !== 2);
  if (!definition || missing.length > 0)
    throw new Error(
      `lib/content/lean-entry.ts: WXT's content-script wrapper changed (not found: ${
        definition ? missing.join(' | ') : 'import definition'
      }). Review the rewrite against the new wrapper.`,
    );
  return [
    `import definition from ${definition[1]};`,
    EXPECTED[0],
    EXPECTED[1],
    "// PolicyLens (lib/content/lean-entry.ts): WXT's wrapper without its crash report, silent in production.",
    'const result = (async () => {',
    '  initPlugins();',
    '  const { main, ...options } = definition;',
    '  return main(new ContentScriptContext(import.meta.env.ENTRYPOINT, options));',
    '})();',
    'export { result as default };',
    '',
  ].join('\n');
}
