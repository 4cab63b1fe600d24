import { BLOCK_SEPARATOR } from '../analyze/normalize';
import {
  MAX_SECTION_TEXT_CHARS,
  MAX_VERSION_TEXT_CHARS,
  type PolicySummary,
  type SectionText,
} from '../schema';

/**
 * The text of each of the summary's sections, cut from the normalised policy text its offsets point into, in the
 * summary's order. Caps keep a version's share of storage bounded: each section keeps at most
 * MAX_SECTION_TEXT_CHARS, and once the version's budget is spent later sections keep nothing (marked truncated),
 * so "Changed since" can say the text was not kept rather than show a misleading empty section.
 */
export function sectionTextsOf(
  text: string,
  sections: PolicySummary['sections'],
  limits = { section: MAX_SECTION_TEXT_CHARS, version: MAX_VERSION_TEXT_CHARS },
): SectionText[] {
  let budget = limits.version;
  return sections.map(({ heading, start, end }) => {
    const whole = withoutHeading(text.slice(Math.max(0, start), Math.max(0, end)).trim(), heading);
    const keep = Math.max(0, Math.min(whole.length, limits.section, budget));
    budget -= keep;
    return { text: cutAtWord(whole, keep), truncated: keep < whole.length };
  });
}

/** A section starts with its heading block, which the summary already names: it is not kept twice. */
function withoutHeading(text: string, heading: string | null): string {
  if (heading === null) return text;
  const first = text.indexOf(BLOCK_SEPARATOR);
  const head = first === -1 ? text : text.slice(0, first);
  return head === heading.trim() ? text.slice(head.length).trimStart() : text;
}

/** Cuts at the last space before `length` when there is one nearby, so a kept text does not end mid-word. */
function cutAtWord(text: string, length: number): string {
  if (length >= text.length) return text;
  const space = text.lastIndexOf(' ', length);
  return (space > length * 0.8 ? text.slice(0, space) : text.slice(0, length)).trimEnd();
}
