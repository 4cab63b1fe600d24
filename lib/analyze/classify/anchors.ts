// Most cues cannot match most passages. Each cue's regular expression begins with a few literal words; when none of
// those word starts occurs in a passage, the (comparatively slow) expression is skipped. The anchors are read off
// the pattern source, so the cue tables stay plain data.

const MIN_ANCHOR = 1;
const MAX_PREFIX = 24;

/** Splits a regex source at top-level "|" (outside groups and classes). */
function splitTopLevel(source: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) return null;
  }
  parts.push(source.slice(start));
  return parts;
}

/** The index just past the group opening at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

function anchorsOfAlternative(alt: string): string[] | null {
  let s = alt;
  // A pattern tied to the start of the passage is tried once there anyway; anchors would only add attempts.
  if (s.startsWith('^')) return null;
  // A lookbehind reads text before the match start, so the match itself begins after it.
  if (s.startsWith('(?<=') || s.startsWith('(?<!')) {
    const end = groupEnd(s, 0);
    if (end < 0) return null;
    s = s.slice(end);
  }
  while (s.startsWith('\\b')) s = s.slice(2);
  if (s.startsWith('(?:')) {
    const end = groupEnd(s, 0);
    if (end < 0) return null;
    const quantified = /^[?*{]/.test(s.slice(end));
    if (quantified) return null;
    const inner = anchorsOf(s.slice(3, end - 1));
    if (!inner) return null;
    const rest = literalPrefix(s.slice(end));
    // A group followed directly by more literal letters ("(?:re|un)view") cannot be anchored on the group alone.
    return rest.length > 0 && /^[a-z0-9]/i.test(s.slice(end)) ? null : inner;
  }
  const prefix = literalPrefix(s);
  return prefix.length >= MIN_ANCHOR ? [prefix] : null;
}

/** The literal lowercase word characters a pattern starts with; a quantified last letter is dropped. */
function literalPrefix(s: string): string {
  let i = 0;
  while (i < s.length && /[a-z0-9]/i.test(s[i]!)) i++;
  let prefix = s.slice(0, i).toLowerCase();
  if (/^[?*{]/.test(s.slice(i))) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * The word starts one of which any match of `source` must contain, or null when the pattern does not begin with
 * plain words (then the cue is always tried).
 */
export function anchorsOf(source: string): string[] | null {
  const alternatives = splitTopLevel(source);
  if (!alternatives) return null;
  const anchors: string[] = [];
  for (const alt of alternatives) {
    const found = anchorsOfAlternative(alt);
    if (!found) return null;
    anchors.push(...found);
  }
  return anchors;
}

/** Longest anchor worth looking up: longer word starts are never anchors. */
export const MAX_ANCHOR = MAX_PREFIX;
export { MIN_ANCHOR };
