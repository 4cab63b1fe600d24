import type { Recipient } from '../../schema';
import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractRecipients(_doc: PolicyDocument): Recipient[] {
  return [];
}
