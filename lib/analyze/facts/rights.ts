import type { RightFinding } from '../../schema';
import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractRights(_doc: PolicyDocument): RightFinding[] {
  return [];
}
