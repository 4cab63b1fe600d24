/**
 * A lower-cased copy whose every character keeps its position, for code that finds offsets in the copy and
 * uses them on the original. A few characters lower-case to more code units ("İ" becomes "i̇"); those are
 * left as they are, so at worst such a character fails to match case-insensitively, never shifts a match.
 */
export function toLowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
