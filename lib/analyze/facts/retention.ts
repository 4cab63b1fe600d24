import type { Retention } from '../../schema';
import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractRetention(_doc: PolicyDocument): Retention[] {
  return [];
}
