// Build-time only (wxt.config.ts, for the all-pages detector): every matcher in lib/detect keeps its `reason` beside
// it in the source, where reviewers and tests read it, but the script shipped to every page needs only the patterns.
// Removing the reason string literals saves about 1.4 KB of the detector's 10 KB budget.

/** A `reason: '…'` / `reason: "…"` / `reason: \`…\`` property with a plain string literal, and its comma. */
const REASON_PROPERTY =
  /\breason:\s*(?:'(?:[^'\\\n]|\\.){0,2000}'|"(?:[^"\\\n]|\\.){0,2000}"|`(?:[^`\\$]|\\.){0,2000}`)\s*,?/g;

/** The source with the literal `reason` properties removed; type declarations (`reason: string`) stay. */
export function stripReasons(source: string): string {
  return source.replace(REASON_PROPERTY, '');
}

/** The lib/detect modules whose reasons are stripped from the detector's bundle. */
export const STRIPPED_MODULE = /[\\/]lib[\\/]detect[\\/][\w-]+\.ts$/;
