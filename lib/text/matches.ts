/**
 * Every match of a global regex in `text`, from the start, in order: what `[...text.matchAll(regex)]` returns,
 * without matchAll's cost. matchAll builds a fresh RegExp (a species clone) and an iterator on every call; the
 * extractors call it for every sentence and every term, and that per-call cost outweighed the matching itself.
 * The matches are collected before they are returned, so a caller may run the same regex again while reading them.
 * `regex.lastIndex` is left at 0, as a matchAll caller that resets it expects.
 */
export function allMatches(regex: RegExp, text: string): readonly RegExpExecArray[] {
  if (!regex.global) throw new TypeError('allMatches needs a global regex');
  regex.lastIndex = 0;
  let m = regex.exec(text);
  // Most calls find nothing: they share one empty list instead of allocating their own.
  if (m === null) return NO_MATCHES;
  const out: RegExpExecArray[] = [];
  for (; m !== null; m = regex.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (m[0].length === 0)
      regex.lastIndex = advance(text, regex.lastIndex, regex.unicode || regex.unicodeSets);
  }
  regex.lastIndex = 0;
  return out;
}

const NO_MATCHES: readonly RegExpExecArray[] = Object.freeze([]);

/** The next index after `index`, a whole surrogate pair in unicode mode (the spec's AdvanceStringIndex). */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return index + 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
