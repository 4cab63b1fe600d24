import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractLastUpdated(_doc: PolicyDocument): string | null {
  return null;
}
