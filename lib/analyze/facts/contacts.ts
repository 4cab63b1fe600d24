import type { Contacts } from '../../schema';
import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractContacts(_doc: PolicyDocument): Contacts {
  return { emails: [], phones: [], addresses: [], urls: [] };
}
