import { isWhiteSpace } from '../normalize';
import type { PolicyDocument, Sentence } from '../types';

// Policies state much of their substance in lists: "We collect:" followed by "• Name", "• Email". An item
// carries no verb of its own, so the extractors read it in the light of the line that introduced it (its lead)
// and of the headings above it. Computed once per document and shared by every extractor.

export interface SentenceInfo {
  sentence: Sentence;
  /** Index into PolicyDocument.sentences. */
  index: number;
  /** A heading block (or a short title-like line standing alone). */
  isHeading: boolean;
  /** A list item or a short stand-alone line that can belong to a lead. */
  isItem: boolean;
  /** Index of the sentence ending in ":" that introduces this item, or -1. */
  lead: number;
  /** The section heading and the nearest sub-heading above, joined; "" when none. */
  headings: string;
}

const MAX_ITEM_WORDS = 40;
const MAX_ITEMS_PER_LEAD = 60;
const MAX_PSEUDO_HEADING_WORDS = 9;

const cache = new WeakMap<PolicyDocument, SentenceInfo[]>();

function wordCount(text: string): number {
  // Counted on char codes (as /\S+/g would count them): this runs for every sentence of the policy.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord && ++n > MAX_ITEM_WORDS) break;
    inWord = !space;
  }
  return n;
}

/** Per-sentence structure of `doc`, computed on first use. */
export function sentenceInfos(doc: PolicyDocument): SentenceInfo[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const infos: SentenceInfo[] = [];
  let lead = -1;
  let leadItems = 0;
  let section = -1;
  let subheading = '';
  const sentencesInBlock = new Map<number, number>();
  for (const s of doc.sentences)
    sentencesInBlock.set(s.block, (sentencesInBlock.get(s.block) ?? 0) + 1);

  doc.sentences.forEach((sentence, index) => {
    const block = doc.blocks[sentence.block];
    if (sentence.section !== section) {
      section = sentence.section;
      subheading = '';
      lead = -1;
    }
    const alone = (sentencesInBlock.get(sentence.block) ?? 0) === 1;
    const words = wordCount(sentence.text);
    const realHeading = block?.kind === 'heading';
    const pseudoHeading =
      block?.kind === 'paragraph' &&
      alone &&
      words <= MAX_PSEUDO_HEADING_WORDS &&
      !/[.:;,!]["'”’)]?$/.test(sentence.text) &&
      /^(?:[a-z0-9]{1,3}[.)]\s+)?[A-Z]/.test(sentence.text) &&
      !/^[-*•]/.test(sentence.text);
    const isItem =
      !realHeading &&
      (block?.kind === 'list-item' ||
        /^[-*•‣◦▪–]\s/.test(sentence.text) ||
        (alone && words <= MAX_ITEM_WORDS));
    if (realHeading) {
      lead = -1;
    } else if (!isItem) {
      lead = -1;
    }
    const sectionHeading = doc.sections[sentence.section]?.heading ?? '';
    const ownLead = isItem && lead >= 0 && leadItems < MAX_ITEMS_PER_LEAD ? lead : -1;
    infos.push({
      sentence,
      index,
      isHeading: realHeading || pseudoHeading,
      isItem,
      lead: ownLead,
      headings: subheading ? `${sectionHeading} / ${subheading}` : sectionHeading,
    });
    if (ownLead >= 0) leadItems++;
    if ((realHeading || pseudoHeading) && sentence.text !== sectionHeading)
      subheading = sentence.text;
    if (!realHeading && /:["'”’]?$/.test(sentence.text)) {
      lead = index;
      leadItems = 0;
    }
  });
  cache.set(doc, infos);
  return infos;
}

/** The text an item should be read with: its lead (if any) and its headings. */
export function leadText(doc: PolicyDocument, info: SentenceInfo): string {
  return info.lead >= 0 ? (doc.sentences[info.lead]?.text ?? '') : '';
}
