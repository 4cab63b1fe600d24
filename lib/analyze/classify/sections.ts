import { CATEGORIES, type Category } from '../../schema';
import type { PolicyDocument, SectionDraft } from '../types';
import { classifyHeading } from './headings';

/**
 * A body category must cover this share of a section's text (by characters) to label the section. Topics that are
 * usually told in one short paragraph ("questions? contact us at ...", "we use cookies") need less than the broad
 * ones every paragraph brushes against.
 */
export const BODY_SHARE: Readonly<Record<Category, number>> = {
  collection: 0.35,
  sharing: 0.3,
  retention: 0.25,
  rights: 0.3,
  contact: 0.25,
  security: 0.35,
  cookies: 0.2,
  children: 0.25,
  international: 0.25,
  changes: 0.25,
};
/**
 * A heading that names its topic is the author's own label: a broad topic (which nearly every paragraph brushes
 * against) joins it only when it fills most of the body. Narrow topics keep their usual share.
 */
export const NAMED_HEADING_FACTOR: Readonly<Partial<Record<Category, number>>> = {
  collection: 2,
  sharing: 2,
  rights: 2,
};
/**
 * Side topics that a named section tells as part of its own subject, so they do not label it: a rights section
 * says how to contact the company, a children section says what is not collected, a transfers section names the
 * recipients abroad, a cookie section says what cookies collect and how to refuse them.
 */
export const TOLD_WITHIN: Readonly<Partial<Record<Category, readonly Category[]>>> = {
  cookies: ['collection', 'sharing', 'rights', 'retention'],
  children: ['collection', 'rights', 'contact', 'sharing'],
  international: ['sharing', 'security'],
  retention: ['collection', 'rights'],
  rights: ['contact', 'collection'],
  security: ['collection', 'retention'],
  changes: ['contact', 'rights'],
};
/** A heading that names no topic ("Other", "California residents") leaves the body to speak: shares are halved. */
export const UNNAMED_HEADING_FACTOR = 0.5;
/** Sections are judged on their first units: enough to know the topic, bounded for hostile input. */
const MAX_UNITS = 80;

interface Unit {
  text: string;
  /** Categories named by the sub-heading the unit sits under. */
  headingCategories: readonly Category[];
}

/** A paragraph together with the list items that follow it: a list reads as part of the sentence introducing it. */
function unitsOf(doc: PolicyDocument, section: SectionDraft): Unit[] {
  const units: Unit[] = [];
  let subheading: Category[] = [];
  const first = section.heading === null ? section.blockStart : section.blockStart + 1;
  for (let i = first; i < section.blockEnd && units.length <= MAX_UNITS; i++) {
    const block = doc.blocks[i]!;
    if (block.kind === 'heading') {
      subheading = classifyHeading(block.text);
      continue;
    }
    const last = units[units.length - 1];
    if (block.kind === 'list-item' && last) last.text += ` ${block.text}`;
    else units.push({ text: block.text, headingCategories: subheading });
  }
  return units;
}

/**
 * A section's categories: what its heading names, plus what a substantial share of its body is about. Passing
 * mentions in one paragraph of a long section do not label it.
 */
export function classifySection(
  doc: PolicyDocument,
  section: SectionDraft,
  classifyPassage: (text: string) => Category[],
): Category[] {
  const fromHeading = section.heading ? classifyHeading(section.heading) : [];
  const units = unitsOf(doc, section);
  const covered = new Map<Category, number>();
  let total = 0;
  for (const unit of units) {
    const weight = unit.text.length;
    total += weight;
    for (const c of new Set([...classifyPassage(unit.text), ...unit.headingCategories]))
      covered.set(c, (covered.get(c) ?? 0) + weight);
  }
  const share = (c: Category) => (total ? (covered.get(c) ?? 0) / total : 0);
  const factor = (c: Category) =>
    fromHeading.length ? (NAMED_HEADING_FACTOR[c] ?? 1) : UNNAMED_HEADING_FACTOR;
  const labels = new Set<Category>(fromHeading);
  const toldWithin = new Set(fromHeading.flatMap((c) => TOLD_WITHIN[c] ?? []));
  for (const c of CATEGORIES) {
    if (share(c) >= BODY_SHARE[c] * factor(c) && !toldWithin.has(c)) labels.add(c);
  }
  return CATEGORIES.filter((c) => labels.has(c));
}
