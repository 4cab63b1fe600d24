import type { Category } from '../schema';
import type { PolicyDocument } from './types';
// STAGE STUB (owner: classify helper).
export function classifyPassage(_text: string): Category[] {
  return [];
}
export function classifySections(doc: PolicyDocument): void {
  for (const s of doc.sections) s.categories = classifyPassage(doc.text.slice(s.start, s.end));
}
