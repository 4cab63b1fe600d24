import type { Evidence, SellsData } from '../../schema';
import { evidenceOf, type PolicyDocument } from '../types';
import { MAX_EVIDENCE } from './findings';
import { clauseBefore, hasNegation } from './negation';
import { readSoldTables } from './sells-data-table';

// Does the organisation sell personal data?
//
// "no" needs a denial of selling (or renting/trading) personal data: "we do not sell", "we never sell or rent",
// "we will not sell, trade or rent", "we have not sold ... in the preceding 12 months".
// "yes" needs selling stated as the organisation's practice: "we may sell", "we sell", "we have sold the
// following categories", "the sale of personal information to third parties", "may be considered a sale".
// Neither: the CCPA "Do Not Sell My Personal Information" link or the right to opt out of sale (they describe a
// user's right, not the practice), third parties' selling, and selling or buying a business (a merger).
//
// Mixed statements: an explicit "yes" wins over a denial. A policy that both denies and admits selling is
// narrowing its denial (to "for money", to some data, to some users), and the admission is the specific,
// legally required statement; the reader is better served by the warning, and the denial is kept as evidence
// beside it so the contradiction can be seen.

// "trade" and "lease" alone are left out: they mostly speak of trade-ins and car leases; policies that deny
// trading data say "sell, trade or rent", which "sell" already covers.
const SELL = /\b(?:sell|sells|selling|sold|rent|rents|renting|rented|sale of)\b/gi;

/** The CCPA right and its link: "Do Not Sell My Personal Information", "opt out of the sale". */
const RIGHT_CONTEXT =
  /\bdo not sell (?:or share )?my\b|\bdon['’]t sell my\b|["“'‘]\s?do not sell|\bright to (?:opt[- ]?out|direct|request|tell|say no)\b|\bopt(?:ing)?[- ]?outs?\b|\bout of (?:the |any )?(?:future )?(?:sale|selling)\b|\brequest(?:s)? (?:that )?(?:we|a business) not\b|\bnot to sell\b/i;
const TITLE_LINK = /\bDo Not Sell\b/;

/** Selling or buying a business is a merger, not a sale of data. */
const BUSINESS_SALE =
  /\b(?:merger|acquisition|acquired|reorgani[sz]ation|bankruptcy|insolvency|divestiture|business(?:es)?|assets|(?:all|part|substantially all) of (?:our|its)|company|stock|shares|products|goods|tickets|merchandise)\b/i;

/** What is sold must be data: "your personal information", "email lists", "it". */
const DATA_OBJECT =
  /^[^.;]{0,80}?\b(?:information|data|details|lists?|address(?:es)?|e-?mails?|names|PII|profiles?|it|them|anything|any of (?:it|this)|identifiers)\b/i;

/** A sentence about a merger or sale of the business never states a sale of data as practice. */
const MERGER =
  /\b(?:merger|acquisition|acquired|reorgani[sz]ation|bankruptcy|insolvency|divestiture|assets)\b/i;
const CONDITIONAL =
  /\b(?:if|in the event|in (?:the )?case|should|whether|unless|to which|to whom|by which)\b[^,;:]{0,80}$/i;
/** Other parties barred from selling: "they are restricted from using, selling ...". */
const BARRED =
  /\b(?:restricted|prohibited|barred|forbidden) from\b|\bnot (?:permitted|allowed|authori[sz]ed) to\b/i;
const ADMISSION =
  /\b(?:considered|constitute[sd]?|deemed|qualif(?:y|ies) as) (?:a |the )?["“'‘]?(?:sale|selling)\b/i;
const NONE_AFTER = /^\s*(?:personal information)?\s*[:–—-]\s*(?:none|n\/a|no\b)/i;
/** A disclosure-table label flattened into text: "Sold: No", "Sold or shared: Yes", "Sold? No". */
const LABEL_VALUE =
  /^(?:\s?(?:or|and|\/)\s?(?:shared|disclosed|rented))?\s?\??\s?[:–—-]\s*(yes|no|none|n\/a)\b/i;
/** The word ends a label or heading ("Categories of Personal Information Sold or Shared:"): what follows it is read on its own. */
const LABEL_END = /^(?:\s?(?:or|and|\/)\s?(?:shared|disclosed|rented))?\s?\??\s?:/i;
/** A label names a category; a clause with a subject or verb is a statement. */
const MAX_LABEL_WORDS = 8;
/**
 * A denial limited to minors' data ("we do not sell the personal information of consumers under 16") is the
 * CCPA's opt-in rule for minors and says nothing about everyone else's data. "Consumers, including those under
 * 16" is a general denial: the comma keeps it out.
 */
const MINORS_ONLY =
  /^[^.;,]{0,60}?\b(?:of|from|about) (?:(?:consumers|users|individuals|persons|people|visitors) )?(?:(?:who are|we know to be|we actually know (?:are|to be)|known to be) )?(?:minors|children|kids|(?:under|younger than|below) (?:the age of )?1[0-8])\b/i;
/** The verb is passive and its data stands before it: "your information is not sold", "data may be sold". */
const PASSIVE_BEFORE =
  /\b(?:is|are|was|were|be|been|being|gets?)\s+(?:(?:not|never|ever|also|currently|otherwise)\s+){0,2}$/i;
const DATA_SUBJECT =
  /\b(?:information|data|details|lists?|address(?:es)?|e-?mails?|names|PII|profiles?|identifiers)\b/i;
/** The word is being defined, not done: "the CCPA defines “sell” as", "the term sale of". */
const DEFINITION =
  /\b(?:defin(?:es|ed|ing|ition of)|the terms?|meaning of|what counts as)\s*["“'‘]?$/i;
/**
 * A denial with an exception that names whom data is sold to is an admission: "we do not sell your data, except
 * to our marketing partners". Exceptions for consent, the user's direction, a business transfer, processors
 * working for us or the law keep the denial: none of them is selling data as a practice.
 */
const EXCEPT_TO =
  /^[^.;]{0,80}?\bexcept (?:to|for sales? to|that we (?:may )?(?:sell|rent) (?:it |them )?to)\b([^.;]{0,60})/i;
const BENIGN_EXCEPTION =
  /\b(?:consent|direct\w*|instruct\w*|permission|authori[sz]\w*|request|merger|acquisition|acquirer|buyer|purchaser|successor|business|assets|service providers?|processors?|(?:contractors|vendors|agents) (?:who|that|acting)|on our behalf|law|legal)\b/i;
/** A short title with no verb: "Sale of Personal Information" heads a section and states nothing itself. */
const TITLE = /^(?:no\s+)?(?:[\w’'-]+\s+){0,7}[\w’'-]+[.:]?$/i;
const VERB_WORD = /\b(?:we|us|our|is|are|was|were|be|may|will|shall|have|has|do|does|can)\b/i;
const OTHERS =
  /\b(?:third[- ]part(?:y|ies)|they|advertisers|partners|vendors|providers|brokers|resellers|that|who|which)\s+(?:[\w/]+\s+){0,2}$/i;

type Reading = 'yes' | 'no' | null;

/**
 * The value of a "Categories of personal information sold:" label names data categories ("identifiers;
 * commercial information"): the categories sold. A pointer ("see the table below") or a sentence is not a value.
 */
const CATEGORY_WORD =
  /\b(?:identifiers|information|data|inferences|records|addresses|history|details|characteristics)\b/i;
const NOT_A_VALUE = /\b(?:see|below|above|table|following|none|n\/a|not applicable)\b/i;

function listsCategories(value: string): boolean {
  return (
    CATEGORY_WORD.test(value) &&
    !NOT_A_VALUE.test(value) &&
    !VERB_WORD.test(value) &&
    !hasNegation(value)
  );
}

/** A plain substring search: far cheaper than a case-insensitive regular expression on every sentence. */
function mentionsSale(text: string): boolean {
  return text.includes('sale') || text.includes('Sale') || text.includes('SALE');
}

/**
 * A label naming the topic, then a short answer that points back to it: "Selling personal information: we do not
 * do this". The answer's own negation decides; an answer that restates the verb is read on its own.
 */
const TOPIC_LABEL =
  /^[^.;:]{0,60}:\s*([^.;:]{0,40}\b(?:do|does|did|done|doing|happen\w*|appl(?:y|ies))\s(?:this|that|so|it)\b)/i;

/** "Personal information we sell: none": a short label whose only verb is the selling itself. */
function hasNoneLabel(clause: string): boolean {
  return clause.trim().split(/\s+/).length <= MAX_LABEL_WORDS && /\bwe\s*$/i.test(clause);
}

function readStatement(text: string, index: number, match: string): Reading {
  const after = text.slice(index + match.length);
  const clause = clauseBefore(text, index, { maxChars: 80 });
  const window = clause + match + (/^[^).;]{0,40}/.exec(after)?.[0] ?? '');
  if (RIGHT_CONTEXT.test(window) || TITLE_LINK.test(window)) return null;
  // A question ("Does Acme sell personal information?") asks; the answer is the next sentence.
  if (/\?\s*$/.test(text) && !/\?\s*\S/.test(text)) return null;
  const topic = TOPIC_LABEL.exec(after);
  if (topic && !VERB_WORD.test(clause)) return hasNegation(topic[1]!) ? 'no' : null;
  if (LABEL_END.test(after)) {
    const isLabel = clause.trim().split(/\s+/).length <= MAX_LABEL_WORDS && !VERB_WORD.test(clause);
    const label = LABEL_VALUE.exec(after);
    if (!isLabel) {
      // "Personal information we sell: none" — a label with its own subject still has its value.
      if (label && /^(?:none|no)$/i.test(label[1]!) && hasNoneLabel(clause)) return 'no';
    } else if (label) return /^y/i.test(label[1]!) ? 'yes' : 'no';
    else return listsCategories(after.slice(after.indexOf(':') + 1)) ? 'yes' : null;
  }
  const before = text.slice(Math.max(0, index - 100), index);
  if (DEFINITION.test(before)) return null;
  const negated = hasNegation(clause) || NONE_AFTER.test(after);
  if (/^(?:sold|rented)$/i.test(match) && PASSIVE_BEFORE.test(before)) {
    // The passive's subject ends just before the verb: "our business is sold" is a merger, whatever data the
    // clause mentions before it.
    const subject = before
      .slice(0, PASSIVE_BEFORE.exec(before)!.index)
      .replace(/(?:\s+(?:will|may|might|can|could|shall|would|must|not|never))+\s*$/i, '');
    const head = /(?:\S+\s+){0,2}\S+\s*$/.exec(subject)?.[0] ?? '';
    if (!DATA_SUBJECT.test(clause) || BUSINESS_SALE.test(head) || BARRED.test(before)) return null;
    if (negated || /\bnone of\b/i.test(clause)) return 'no';
    if (CONDITIONAL.test(before) || MERGER.test(text) || BUSINESS_SALE.test(after.slice(0, 60)))
      return null;
    return 'yes';
  }
  if (/^sale of/i.test(match)) {
    // A heading ("Sale of Personal Information", "No Sale of Personal Information") states only a denial.
    const sentence = text.trim();
    if (TITLE.test(sentence) && !VERB_WORD.test(sentence))
      return /^no\s/i.test(sentence) ? 'no' : null;
    if (
      !/^\s?(?:your |their |any |such |our users['’] |customer |consumer |the )?(?:personal )?(?:information|data)/i.test(
        after,
      )
    )
      return null;
  } else if (!DATA_OBJECT.test(after) && !/^\s*(?:[.;]|$)/.test(after)) return null;
  if (
    BUSINESS_SALE.test(after.slice(0, 60)) &&
    !/\b(?:information|data)\b/i.test(after.slice(0, 40))
  )
    return null;
  if (BARRED.test(before)) return null;
  if (negated) {
    if (MINORS_ONLY.test(after)) return null;
    const exception = EXCEPT_TO.exec(after);
    return exception && !BENIGN_EXCEPTION.test(exception[1]!) ? 'yes' : 'no';
  }
  if (OTHERS.test(clause)) return null;
  if (CONDITIONAL.test(before) || MERGER.test(text) || BUSINESS_SALE.test(clause.slice(-40)))
    return null;
  return 'yes';
}

export function extractSellsData(doc: PolicyDocument): { value: SellsData; evidence: Evidence[] } {
  const yes: Evidence[] = [];
  const no: Evidence[] = [];
  for (const sentence of doc.sentences) {
    const text = sentence.text;
    SELL.lastIndex = 0;
    // ADMISSION opens with common verbs; only a sentence naming a sale can hold one.
    if (!SELL.test(text) && !(mentionsSale(text) && ADMISSION.test(text))) continue;
    SELL.lastIndex = 0;
    let reading: Reading = null;
    for (const m of text.matchAll(SELL)) {
      reading = readStatement(text, m.index, m[0]) ?? reading;
      if (reading === 'yes') break;
    }
    if (!reading && ADMISSION.test(text) && !hasNegation(text)) reading = 'yes';
    const list = reading === 'yes' ? yes : reading === 'no' ? no : null;
    if (list && list.length < MAX_EVIDENCE) list.push(evidenceOf(sentence));
  }
  for (const row of readSoldTables(doc)) {
    const list = row.reading === 'yes' ? yes : no;
    if (list.length < MAX_EVIDENCE) list.push(row.evidence);
  }
  if (yes.length) return { value: 'yes', evidence: [...yes, ...no].slice(0, MAX_EVIDENCE) };
  if (no.length) return { value: 'no', evidence: no };
  return { value: 'not-stated', evidence: [] };
}
