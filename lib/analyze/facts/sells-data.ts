import type { Evidence, SellsData } from '../../schema';
import type { PolicyDocument } from '../types';
// STAGE STUB (owner: facts helper).
export function extractSellsData(_doc: PolicyDocument): { value: SellsData; evidence: Evidence[] } {
  return { value: 'not-stated', evidence: [] };
}
