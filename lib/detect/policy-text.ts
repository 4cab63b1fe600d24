import type { PolicyDocument } from '../analyze/types';
// STAGE STUB (owner: text/detect helper): replace with real scoring.
export function scorePolicyText(_doc: PolicyDocument): { isPolicy: boolean; confidence: number } {
  return { isPolicy: true, confidence: 0.5 };
}
