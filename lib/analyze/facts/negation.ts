// Negation and modality shared by the fact extractors. Policies deny practices in a handful of ways ("we do not
// collect", "we never sell", "no personal data is collected"); what matters is whether the cue sits in the same
// clause as the word it would deny, so every check looks back only to the nearest clause boundary.

interface Cue {
  pattern: RegExp;
  reason: string;
}

/** Phrases that contain a negation word without denying anything; removed before looking for cues. */
const BENIGN: readonly Cue[] = [
  { pattern: /\bnot only\b/gi, reason: '"not only X but also Y" affirms X' },
  { pattern: /\bwhether or not\b/gi, reason: 'concessive, not a denial' },
  {
    pattern: /\b(?:but )?not limited to\b/gi,
    reason: '"including but not limited to" widens a list',
  },
  {
    pattern: /\bif (?:you|they) (?:do not|don['’]t|choose not to|prefer not to)\b/gi,
    reason: 'the user choosing not to act',
  },
  {
    pattern: /\b(?:do not|don['’]t) (?:hesitate|wish|want)\b/gi,
    reason: 'politeness or user preference',
  },
  { pattern: /\bnot (?:be )?able to\b/gi, reason: 'inability of the user, not a denied practice' },
  {
    pattern: /\bno longer (?:need|needed|necessary|required|want|wish)\b/gi,
    reason: 'end of a purpose, not a denial',
  },
];

/** Words that deny the verb or noun that follows them in the same clause. */
const NEGATION =
  /\b(?:not|never|cannot|neither|nor|without|no longer|dont|doesnt|wont|didnt|cant|under no circumstances|at no (?:time|point)|in no (?:case|event))\b|n['’]t\b|\bno (?:\w+ ){0,4}(?:is|are|was|were|will be)\b/i;

/** Where a clause starts: sentence punctuation, brackets, and words that turn the argument. */
const CLAUSE_BREAK =
  /[.;:!?()[\]\n•]|\b(?:but|however|although|though|whereas|unless|except|if|when|where)\b/gi;

/** The same, plus commas: for checks where a list separator already ends the negation's reach. */
const CLAUSE_BREAK_COMMA =
  /[.;:!?()[\]\n•,]|\b(?:but|however|although|though|whereas|unless|except|if|when|where)\b/gi;

function stripBenign(text: string): string {
  let out = text;
  for (const { pattern } of BENIGN) out = out.replace(pattern, (m) => ' '.repeat(m.length));
  return out;
}

/** The text of the clause that ends at `index`, at most `maxChars` long. */
export function clauseBefore(
  text: string,
  index: number,
  options: { maxChars?: number; commaBreaks?: boolean } = {},
): string {
  const from = Math.max(0, index - (options.maxChars ?? 80));
  const window = text.slice(from, index);
  const breaks = options.commaBreaks ? CLAUSE_BREAK_COMMA : CLAUSE_BREAK;
  let cut = 0;
  // The last break is all that is needed: exec in place, without a match list (this runs for every verb found).
  breaks.lastIndex = 0;
  for (let m = breaks.exec(window); m !== null; m = breaks.exec(window))
    cut = m.index + m[0].length;
  breaks.lastIndex = 0;
  return window.slice(cut);
}

/** True when `text` holds a negation cue once benign look-alikes are removed. */
export function hasNegation(text: string): boolean {
  // Most clauses hold no negation word at all; only those pay for removing the benign look-alikes.
  return NEGATION.test(text) && NEGATION.test(stripBenign(text));
}

/** True when the clause leading up to `index` denies what stands at `index`. */
export function isNegatedAt(
  text: string,
  index: number,
  options: { maxChars?: number; commaBreaks?: boolean } = {},
): boolean {
  return hasNegation(clauseBefore(text, index, options));
}
