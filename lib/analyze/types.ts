import type { Block, Category, Evidence, PolicySummary } from '../schema';

// The engine's internal picture of one policy, built once by the early stages and read by every later one.

/** A block placed in the normalised text: text.slice(start, end) === block text. */
export interface PositionedBlock extends Block {
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  /** Offsets into PolicyDocument.text; text === doc.text.slice(start, end). */
  start: number;
  end: number;
  /** Index into PolicyDocument.sections. */
  section: number;
  /** Index into PolicyDocument.blocks. */
  block: number;
}

export interface SectionDraft {
  heading: string | null;
  /** Heading level that opened it (0 for the preamble before any heading). */
  level: number;
  start: number;
  end: number;
  /** Indices into PolicyDocument.blocks, heading included. */
  blockStart: number;
  blockEnd: number;
  categories: Category[];
}

export interface PolicyDocument {
  /** The normalised policy text: block texts joined by "\n\n". Evidence offsets point here. */
  text: string;
  blocks: PositionedBlock[];
  sentences: Sentence[];
  sections: SectionDraft[];
  url: string | null;
  title: string | null;
}

/** Everything the summary holds except what is derived from it (flags and grade). */
export type Facts = Omit<PolicySummary, 'flags' | 'grade'>;

export function evidenceOf(sentence: Pick<Sentence, 'text' | 'start' | 'end'>): Evidence {
  return { quote: sentence.text, start: sentence.start, end: sentence.end };
}
