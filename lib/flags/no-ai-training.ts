import { defineCues, findCueEvidence, nonEmpty } from './cues';
import type { FlagRule } from './types';

const CUES = defineCues([
  {
    match: /\b(?:train|trains|training|fine[- ]tun\w*)\b/,
    also: /\b(?:artificial[- ]intelligence|AI|machine[- ]learning|ML|(?:large )?language models?|LLMs?|generative|neural|models?|algorithms?)\b/i,
    reason: 'a denial that the reader’s data trains AI or machine-learning models',
  },
]);

export const noAiTraining: FlagRule = {
  id: 'no-ai-training',
  severity: 'good',
  title: 'Not used to train AI',
  explanation: 'The policy says your data is not used to train AI or machine-learning models.',
  test({ doc }) {
    return nonEmpty(findCueEvidence(doc, CUES, { negation: 'only' }));
  },
};
