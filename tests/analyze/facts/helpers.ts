import { buildDocument } from '../../../lib/analyze';
import type { PolicyDocument } from '../../../lib/analyze/types';

/** A document from plain text: blank lines separate paragraphs, "- " starts a list item, "# " a heading. */
export function doc(text: string): PolicyDocument {
  return buildDocument({ text });
}
