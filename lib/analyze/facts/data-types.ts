import { DATA_TYPES, type DataCollected, type DataType } from '../../schema';
import type { PolicyDocument } from '../types';
import { allMatches } from '../../text/matches';
import { registerLiterals, registerRegex, sentencesWithAny } from '../../text/sentence-literals';
import { DATA_TYPE_TERMS } from './data-type-lexicon';
import { FindingSet } from './findings';
import { findVerbs, governingVerb } from './governing';
import { hasNegation } from './negation';
import { sentenceInfos, type SentenceInfo } from './sentence-context';

// A data type counts as collected only where a sentence says the organisation collects, receives, processes,
// uses or stores it, or where it is an item of a list introduced that way. Denials ("we do not collect health
// data") and other parties' practices ("these websites may collect data") do not count.

/** Verbs through which a policy says it takes in or handles data. */
const COLLECTION_VERBS =
  /\b(?:collect\w{0,4}|gather\w{0,3}|obtain\w{0,3}|receiv\w{1,3}|process(?:es|ed|ing)?|stor(?:e|es|ed|ing)|retain\w{0,3}|keep(?:s|ing)?|kept|record(?:s|ed|ing)?|log(?:s|ged|ging)?|track(?:s|ed|ing)?|monitor(?:s|ed|ing)?|captur\w{1,3}|ask(?:s|ed)? (?:you )?(?:for|to (?:provide|give|submit|enter))|provid\w{1,3}(?= (?:us|to us|by you|voluntarily|when|at|through|via|directly))|provid(?<=\b(?:you|users?|visitors?|customers?|may|required to|asked to|choose to|need to|have to|you've) provid)\w{1,3}|giv(?:e|es|en|ing)|submit\w{0,4}|enter(?:s|ed)?|upload\w{0,3}|use[sd]?|using|analy[sz]\w{1,3}|sav(?:e|es|ed|ing)|hold(?:s|ing)?|held|shar(?:e|es|ed|ing)|disclos\w{1,3}|infer\w{0,4}|derived?|access(?:es|ed)|acquir\w{1,3}|request(?:s|ed)? (?:your|you to provide|that you provide))\b/gi;

/** A lead line whose verb is denied but which announces exceptions still introduces collected items. */
const EXCEPTIONS = /\b(?:except\w{0,4}|other than|apart from|with the following)\b/i;

/** Headings under which verb-less lines list what is collected. */
const COLLECTION_HEADING =
  /\b(?:collect\w{0,4}|gather\w{0,4}|obtain\w{0,3}|receiv\w{1,3}|(?:information|data) (?:we|you)\b|what (?:information|data|we)\b|(?:categories|types|kinds) of (?:personal )?(?:information|data))/i;

/** A sentence that only continues the previous one ("This information includes ..."). */
const ANAPHORA =
  /^(?:this|these|such|that|it|they|the (?:information|data))\b[^.;]{0,40}?\b(?:includ\w{1,3}|consist\w{0,2}|compris\w{1,2}|contain\w{0,2}|cover\w{0,2}|may be|is|are|can be)\b/i;

/** Items that state a purpose ("To send you updates") describe use, not what is collected. */
const PURPOSE_ITEM = /^(?:[-*•‣◦▪–]\s*)?(?:to|for|in order to)\s/i;

interface CompiledTerm {
  type: DataType;
  regex: RegExp;
  /**
   * Literals one of which every match contains, read from the pattern (or the term's hand-written hints when the
   * pattern requires none): sentences without one are skipped, found by the shared sentence scan.
   */
  literals: readonly string[];
}

const TERMS: readonly CompiledTerm[] = DATA_TYPE_TERMS.map((t) => {
  const regex = new RegExp(t.pattern, 'gi');
  const literals = registerRegex(regex) ?? t.hints;
  registerLiterals(literals);
  return { type: t.type, regex, literals };
});

function affirmsCollection(text: string): boolean {
  const verbs = findVerbs(text, COLLECTION_VERBS).filter((v) => !v.userSubject);
  if (verbs.some((v) => v.affirmed)) return true;
  return verbs.length > 0 && EXCEPTIONS.test(text);
}

function contextCollects(doc: PolicyDocument, info: SentenceInfo): boolean {
  if (hasNegation(info.sentence.text)) return false;
  if (info.isItem && PURPOSE_ITEM.test(info.sentence.text)) return false;
  const lead = info.lead >= 0 ? doc.sentences[info.lead] : undefined;
  if (lead && findVerbs(lead.text, COLLECTION_VERBS).length > 0)
    return affirmsCollection(lead.text);
  const prev = doc.sentences[info.index - 1];
  if (prev && prev.block === info.sentence.block && ANAPHORA.test(info.sentence.text)) {
    return affirmsCollection(prev.text);
  }
  return COLLECTION_HEADING.test(info.headings);
}

export function extractDataTypes(doc: PolicyDocument): DataCollected[] {
  const found = new FindingSet<DataType>();
  const infos = sentenceInfos(doc);
  const mayMatch = TERMS.map((term) => sentencesWithAny(doc, term.literals));
  for (const info of infos) {
    if (info.isHeading) continue;
    const text = info.sentence.text;
    const hits: { type: DataType; start: number; end: number }[] = [];
    for (let i = 0; i < TERMS.length; i++) {
      if (!mayMatch[i]![info.index]) continue;
      const term = TERMS[i]!;
      for (const m of allMatches(term.regex, text))
        hits.push({ type: term.type, start: m.index, end: m.index + m[0].length });
    }
    if (!hits.length) continue;
    const verbs = findVerbs(text, COLLECTION_VERBS);
    let context: boolean | undefined;
    for (const hit of hits) {
      const verb = governingVerb(verbs, hit.start, hit.end);
      const collected = verb ? verb.affirmed : (context ??= contextCollects(doc, info));
      if (collected) found.add(hit.type, hit.type, info.sentence);
    }
  }
  const byType = new Map(found.values().map((f) => [f.value, f.evidence]));
  return DATA_TYPES.filter((t) => byType.has(t)).map((type) => ({
    type,
    evidence: byType.get(type)!,
  }));
}
