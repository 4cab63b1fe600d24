import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POLICY_NAME } from '../../lib/detect/privacy-names';
import { ARTICLE_CUES, PRIVACY_CUES, TERMS_CUES } from '../../lib/detect/vocabulary';

// The detector's lists are plain patterns (regex literals, or strings joined into one pattern), each with its reason
// in the comment above it: comments are free in the minified script shipped to every page, where `reason` properties
// cost about 1.4 KB.

const LIB = path.resolve(import.meta.dirname, '../../lib/detect');

/** The entries of `const <name> ... = [ ... ];` in a source file: each string literal and the comment lines above. */
function entries(file: string, name: string): { pattern: string; reason: string }[] {
  const source = readFileSync(path.join(LIB, file), 'utf8');
  const start = source.indexOf(`const ${name}`);
  expect(start, `${name} in ${file}`).toBeGreaterThanOrEqual(0);
  const open = source.indexOf(' [\n', start);
  const body = source.slice(open + 3, source.indexOf('\n];', start));
  const result: { pattern: string; reason: string }[] = [];
  let reason: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('//')) reason.push(line.slice(2).trim());
    else {
      // A regex or string literal, on one line (Prettier breaks none of these).
      result.push({ pattern: line.replace(/,$/, ''), reason: reason.join(' ') });
      reason = [];
    }
  }
  return result;
}

describe('matcher reasons', () => {
  it.each([
    ['vocabulary.ts', 'PRIVACY_CUES', PRIVACY_CUES],
    ['vocabulary.ts', 'TERMS_CUES', TERMS_CUES],
    ['vocabulary.ts', 'ARTICLE_CUES', ARTICLE_CUES],
  ] as const)('every entry of %s %s has a reason above it', (file, name, list) => {
    const found = entries(file, name);
    expect(found).toHaveLength(list().length);
    for (const entry of found) expect(entry.reason, entry.pattern).toMatch(/\w{3}/);
  });

  it('every policy name has a reason above it, and each alternative compiles', () => {
    const found = entries('privacy-names.ts', 'POLICY_TITLES');
    expect(found.length).toBeGreaterThanOrEqual(10);
    for (const entry of found) {
      expect(entry.reason, entry.pattern).toMatch(/\w{3}/);
      // eval-free: the literal is a plain single-quoted string.
      const pattern = entry.pattern.slice(1, -1).replace(/\\\\/g, '\\');
      expect(() => new RegExp(pattern, 'i')).not.toThrow();
      expect(POLICY_NAME.source).toContain(pattern);
    }
  });

  it('every cue is case-insensitive, stateless and a bounded alternation (no nested quantifiers)', () => {
    for (const cue of [...PRIVACY_CUES(), ...TERMS_CUES(), ...ARTICLE_CUES()]) {
      // countCues calls `test` on each text: a g or y flag would make it resume where the last text matched.
      expect(cue.flags, cue.source).toBe('i');
      expect(cue.source).not.toMatch(/\)[*+]\)?[*+]|\([^()]*[*+]\)[*+{]/);
    }
  });
});
