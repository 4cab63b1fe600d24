import type { Recipient, RecipientKind } from '../../schema';
import type { PolicyDocument } from '../types';
import { extractCompany } from './company';
import { FindingSet } from './findings';
import { findVerbs, governingVerb } from './governing';
import { isNegatedAt } from './negation';
import { KIND_TERMS, KNOWN_SERVICES, type KindTerm } from './recipient-lexicon';
import { sentenceInfos, type SentenceInfo } from './sentence-context';
import { allMatches } from '../../text/matches';
import { registerLiterals, registerRegex, sentencesWithAny } from '../../text/sentence-literals';

// Recipients are found three ways: well-known services by name, names the text introduces as its providers
// ("we use Acme Pay to process payments"), and generic descriptions of a kind ("our service providers",
// "law enforcement"). A kind stated under a denied verb ("we do not share with advertisers") is not a recipient.

/** Verbs through which data reaches someone else. */
const DISCLOSURE_VERBS =
  /\b(?:shar(?:e|es|ed|ing)|disclos\w{1,3}|transfer\w{0,4}|provid\w{1,3}|sell(?:s|ing)?|sold|rent\w{0,3}|leas\w{1,3}|trad(?:e|es|ed|ing)|giv(?:e|es|en|ing)|pass(?:es|ed|ing)?|send(?:s|ing)?|sent|report\w{0,3}|(?:make|made|makes) (?:\w+ ){0,4}available|access\w{0,3}|receiv\w{1,3}|process(?:es|ed|ing)?|host\w{0,3}|stor(?:e|es|ed|ing)|use[sd]?|using|work(?:s|ing)? with|engag\w{1,3}|rel(?:y|ies|ied) on|employ\w{0,3}|hire[sd]?|retain\w{0,3}|allow\w{0,3}|permit\w{0,4}|assign\w{0,3}|transmit\w{0,5}|exchang\w{1,3}|reveal\w{0,3}|releas\w{1,3}|furnish\w{0,3}|collect\w{0,3}|partner\w{0,3} with|respond\w{0,3} to|cooperat\w{1,3} with|obtain\w{0,3}|set|sets|place[sd]?|one of the transferred assets)\b/gi;

/** The subset that hands data over, for kinds that are recipients only by disclosure. */
const HANDING_OVER =
  /^(?:shar|disclos|transfer|provid|sell|sold|rent|leas|trad|giv|pass|send|sent|report|make|made|makes|releas|furnish|exchang|reveal|transmit|respond|cooperat|one of)/i;

/** Words after a capitalised name that show it is a page element, not a company ("Meta tags"). */
const NOT_A_SERVICE_AFTER = /^\s(?:tags?|data|descriptions?|keywords|information)\b/i;

/** Capitalised words that introduce sentences or name documents rather than companies. */
const NAME_STOPWORDS = new Set(
  'The This That These Those We Our Us Your You It Its Their They Services Service Site Website Websites Privacy Policy Terms Cookies Cookie Data Personal Information GDPR CCPA CPRA EU EEA UK US USA Standard Contractual Clauses SCCs App Apps Platform Company Customer Customers Users User Google Apple Microsoft Amazon Facebook Twitter Internet Email Emails Mobile Tracking Technologies Technology Secure Security Sockets Layer Transport Encryption Web Beacons Pixel Pixels Flash Local Storage JavaScript HTML Protocol Analytics Online Social Third Other Such Certain Various Industry Standard Firewall Firewalls'.split(
    ' ',
  ),
);

const NAME = String.raw`((?:[A-Z][A-Za-z0-9]{1,30}|[A-Z]{2,10})(?:[ .-](?:[A-Z][A-Za-z0-9]{1,30})){0,2})`;
const PROVIDER_NOUN = String.raw`(?:third[- ]party )?(?:payment (?:processor|provider|gateway)|service provider|(?:hosting|email|cloud|CRM|newsletter|analytics|advertising|payments?) (?:service )?(?:provider|partner|platform|service)|processor|vendor|sub-?processor)`;

interface IntroRule {
  regex: RegExp;
  reason: string;
}

const INTRO_RULES: readonly IntroRule[] = [
  {
    regex: new RegExp(
      String.raw`\b(?:[Ww]e (?:also )?(?:use|utili[sz]e|rely on|partner with|work with|engage)|(?:provided|powered|hosted|processed|handled|delivered) by)\s+` +
        NAME,
      'g',
    ),
    reason: '"we use X" / "powered by X" in a sentence about a service',
  },
  {
    regex: new RegExp(NAME + String.raw`,\s(?:our|a|an|the)\s` + PROVIDER_NOUN, 'g'),
    reason: '"X, our payment processor"',
  },
  {
    regex: new RegExp(
      NAME + String.raw`\s\((?:our|a|an|the)?\s?` + PROVIDER_NOUN + String.raw`\)`,
      'g',
    ),
    reason: '"X (our email provider)"',
  },
];

/** An introduced name is a provider only where the sentence is about a service it performs. */
const SERVICE_CONTEXT =
  /\b(?:service|provider|processor|platform|tool|software|analytics|hosting|hosted|payments?|e-?mails?|newsletters?|forms?|CRM|plugin|widget|to (?:process|host|send|store|manage|analy[sz]e|deliver|collect|handle|track|measure|serve))\b/i;

function kindOfProviderText(text: string): RecipientKind {
  if (/\banaly/i.test(text)) return 'analytics';
  if (/\badvertis|\bad network/i.test(text)) return 'advertiser';
  return 'service-provider';
}

interface Compiled {
  services: { regex: RegExp; byName: Map<string, { name: string; kind: RecipientKind }> };
  kinds: { kind: RecipientKind; regex: RegExp; verbs: KindTerm['verbs'] }[];
  /** First words of the service names: a sentence without one of them skips the name regex. */
  firstWords: Set<string>;
  /**
   * Whether a sentence has a word (as /\b[A-Za-z][A-Za-z0-9]{1,30}/ reads words) that is one of firstWords: one
   * regex test instead of a match object per word of every sentence. First words that reading cannot produce are
   * left out, as before.
   */
  namesFirstWord: RegExp;
}

let compiled: Compiled | null = null;
function lexicon(): Compiled {
  if (compiled) return compiled;
  const byName = new Map<string, { name: string; kind: RecipientKind }>();
  for (const s of KNOWN_SERVICES) {
    for (const spelling of [s.name, ...(s.aliases ?? [])])
      byName.set(spelling, { name: s.name, kind: s.kind });
  }
  const escaped = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  compiled = {
    services: {
      regex: new RegExp(String.raw`(?<![\w-])(?:${escaped.join('|')})(?![\w-])`, 'g'),
      byName,
    },
    kinds: KIND_TERMS.map((t) => ({
      kind: t.kind,
      regex: new RegExp(t.pattern, 'gi'),
      verbs: t.verbs,
    })),
    firstWords: new Set([...byName.keys()].map((n) => n.split(/[ .]/)[0]!)),
    namesFirstWord: /(?!)/,
  };
  const words = [...compiled.firstWords].filter((w) => /^[A-Za-z][A-Za-z0-9]{1,29}$/.test(w));
  if (words.length)
    compiled.namesFirstWord = new RegExp(`\\b(?:${words.join('|')})(?![A-Za-z0-9])`);
  return compiled;
}

/**
 * Each kind's required literals (read from its pattern, or its hand-written hints when the pattern requires none),
 * registered for the shared sentence scan when the module loads: a kind's regex runs only on sentences holding one.
 */
const KIND_LITERALS: readonly (readonly string[])[] = KIND_TERMS.map((t) => {
  const literals = registerRegex(new RegExp(t.pattern, 'gi')) ?? t.hints;
  registerLiterals(literals);
  return literals;
});
/** The same for the service names, the service context and the rules introducing a provider by name. */
const SERVICE_LITERALS = registerRegex(lexicon().services.regex);
const SERVICE_CONTEXT_LITERALS = registerRegex(SERVICE_CONTEXT);
const INTRO_LITERALS = INTRO_RULES.map((rule) => registerRegex(rule.regex));

function leadDiscloses(doc: PolicyDocument, info: SentenceInfo, verbs: KindTerm['verbs']): boolean {
  const lead = info.lead >= 0 ? doc.sentences[info.lead] : undefined;
  if (!lead) return false;
  return findVerbs(lead.text, DISCLOSURE_VERBS).some(
    (v) =>
      !isNegatedAt(lead.text, v.start, { maxChars: 70 }) &&
      (verbs !== 'disclosure' || HANDING_OVER.test(lead.text.slice(v.start, v.end))),
  );
}

export function extractRecipients(doc: PolicyDocument): Recipient[] {
  const found = new FindingSet<{ name: string | null; kind: RecipientKind }>();
  const lex = lexicon();
  const { services, kinds, namesFirstWord } = lex;
  const company = extractCompany(doc)?.toLowerCase() ?? null;
  const infos = sentenceInfos(doc);
  const mayMatch = KIND_LITERALS.map((literals) => sentencesWithAny(doc, literals));
  const mayName = sentencesWithAny(doc, SERVICE_LITERALS);
  const mayServiceContext = sentencesWithAny(doc, SERVICE_CONTEXT_LITERALS);
  const mayIntroduce = INTRO_LITERALS.map((literals) => sentencesWithAny(doc, literals));
  for (const info of infos) {
    if (info.isHeading && doc.blocks[info.sentence.block]?.kind === 'heading') continue;
    const text = info.sentence.text;
    let verbs: ReturnType<typeof findVerbs> | null = null;
    const allVerbs = () => (verbs ??= findVerbs(text, DISCLOSURE_VERBS));
    const stated = (start: number, end: number, verbs: KindTerm['verbs']): boolean => {
      const candidates =
        verbs === 'disclosure'
          ? allVerbs().filter((v) => HANDING_OVER.test(text.slice(v.start, v.end)))
          : allVerbs();
      const verb = governingVerb(candidates, start, end);
      // Recipients do not depend on who the subject is: "Google Analytics collects" still names a recipient.
      if (verb) return !isNegatedAt(text, verb.start, { maxChars: 70 });
      if (isNegatedAt(text, start, { maxChars: 60 })) return false;
      return verbs === 'none' || leadDiscloses(doc, info, verbs);
    };

    const named = mayName[info.index] && namesFirstWord.test(text);
    for (const m of named ? allMatches(services.regex, text) : []) {
      if (NOT_A_SERVICE_AFTER.test(text.slice(m.index + m[0].length))) continue;
      const service = services.byName.get(m[0]);
      if (!service || !stated(m.index, m.index + m[0].length, 'none')) continue;
      found.add(`${service.kind}\u0000${service.name.toLowerCase()}`, service, info.sentence);
    }

    if (mayServiceContext[info.index] && SERVICE_CONTEXT.test(text)) {
      for (let r = 0; r < INTRO_RULES.length; r++) {
        if (!mayIntroduce[r]![info.index]) continue;
        for (const m of allMatches(INTRO_RULES[r]!.regex, text)) {
          const name = m[1]!;
          const first = name.split(/[ .-]/)[0]!;
          // Short acronyms after "we use" are technologies (SSL, IP, TLS), not companies.
          if (NAME_STOPWORDS.has(first) || services.byName.has(name) || /^[A-Z]{2,4}$/.test(name))
            continue;
          if (
            company &&
            (company.includes(name.toLowerCase()) || name.toLowerCase().includes(company))
          )
            continue;
          if (!stated(m.index, m.index + m[0].length, 'none')) continue;
          const kind = kindOfProviderText(m[0].length > name.length + 3 ? m[0] : text);
          found.add(`${kind}\u0000${name.toLowerCase()}`, { name, kind }, info.sentence);
        }
      }
    }

    let specific = false;
    let other: number | null = null;
    for (let i = 0; i < kinds.length; i++) {
      if (!mayMatch[i]![info.index]) continue;
      const term = kinds[i]!;
      for (const m of allMatches(term.regex, text)) {
        if (!stated(m.index, m.index + m[0].length, term.verbs)) continue;
        if (term.kind === 'other') {
          other ??= m.index;
          continue;
        }
        specific = true;
        found.add(`${term.kind}\u0000`, { name: null, kind: term.kind }, info.sentence);
        break;
      }
    }
    if (other !== null && !specific)
      found.add('other\u0000', { name: null, kind: 'other' }, info.sentence);
  }
  return found
    .values()
    .map(({ value, evidence }) => ({ name: value.name, kind: value.kind, evidence }));
}
