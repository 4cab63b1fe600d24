import type { DataCollected } from '../../schema';
import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractDataTypes(_doc: PolicyDocument): DataCollected[] {
  return [];
}
