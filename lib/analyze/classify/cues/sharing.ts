import { GAP, LONG_WORD_GAP, SHORT_GAP, type CueRow } from './types';

const PARTY =
  '(?:third[- ]part(?:y|ies)|affiliates?|affiliated (?:companies|entities|businesses)|partners?|advertisers?|sponsors?|vendors?|service providers?|suppliers?|processors?|contractors?|agents?|other (?:companies|businesses|organi[sz]ations|entities|parties|users)|outside (?:parties|companies|organi[sz]ations|entities)|subsidiaries|parent company|marketers|merchants|others)';

// Third-party sharing and collection: who else receives or gathers the data, including refusals to share.
export const SHARING_CUES: readonly CueRow[] = [
  {
    // "Looking forward to working with our partners" is an idiom, not forwarding.
    match: `(?<!\\b(?:look|looks|looked|looking|going|moving) )\\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosing|disclosure|sell|sells|sold|selling|rent|rents|rented|renting|lease|trade|trades|traded|exchange|transfer|transfers|transferred|provide|provides|provided|make available|release|sent|send|pass|passed|forward|forwarded)${LONG_WORD_GAP}${PARTY}`,
    weight: 1.1,
    reason: 'passing data to others',
  },
  {
    match: `\\b${PARTY}${LONG_WORD_GAP}(?:collect|collects|receive|receives|access|use|uses|obtain|place|places|set|sets|serve|serves|track|gather|have access|may use|will use)\\b`,
    weight: 0.9,
    reason: 'others collecting or using data',
  },
  {
    match: `\\b(?:share|shares|shared|sharing|disclose|discloses|disclosed|disclosure|disclosures|sell|sells|sold|selling|rent|rented|renting)\\b`,
    weight: 0.65,
    reason: 'sharing verbs, including "we do not share"',
  },
  {
    match: `\\b(?:provided|sent|transmitted|passed|forwarded|disclosed|shared|transferred|made available|given) to (?:the |a |an |our |their |that |this )?(?:[\\w-]{1,30} ){0,2}(?:service|services|platform|provider|providers|company|companies|partner|partners|processor|processors|vendor|vendors|third[- ]part(?:y|ies)|organi[sz]ations?)\\b`,
    weight: 0.9,
    reason: 'data handed to another service',
  },
  { match: `\\bthird[- ]part(?:y|ies)\\b`, weight: 0.5, reason: 'third parties mentioned' },
  {
    match: `\\b(?:affiliates?|subsidiaries|business partners|partners|sponsors?|advertisers|vendors|service providers?|co-?branded)\\b`,
    weight: 0.35,
    reason: 'kinds of recipients',
  },
  {
    // "warrants?" ends at a word boundary: a warranty disclaimer is no legal demand.
    match: `\\b(?:law enforcement|subpoenas?|court orders?|legal process|warrants?\\b|required (?:to do so )?by law|comply with (?:the |a |any |applicable )?(?:laws?|legal|regulations)|government(?:al)? (?:authorit|agenc|request|officials)|public authorities|regulators?)`,
    weight: 0.8,
    reason: 'disclosure to authorities',
  },
  {
    // A business sale hands the customer records to the buyer: the statement weighs more than a full label, so it keeps
    // it beside the long list of collected data such a paragraph names. Not a bare "acquired" ("we often acquire new
    // companies", "the site was acquired by ..."), which passes nothing on.
    match: `\\b(?:merger|mergers|acquisition|acquisitions|bankruptcy|sale of (?:all|some|substantially|our|the|its|a) |reorgani[sz]ation|divestiture|successor|change of (?:control|ownership))`,
    weight: 1.2,
    reason: 'transfer in a business sale',
  },
  {
    match: `\\bon (?:our|its|their) behalf\\b|\\bperform (?:services|functions)\\b`,
    weight: 0.6,
    reason: 'service providers acting for the company',
  },
  {
    match: `\\b(?:advertising (?:networks?|partners|companies|servers?)|ad networks?|ad servers?|third[- ]party (?:advertis|ad |cookies|tracking|analytics))`,
    weight: 0.9,
    reason: 'advertising networks receive data',
  },
  {
    // The practice named without the companies doing it: often the company's own ads or the opt-out page for them,
    // so it needs another cue before a passage is about sharing.
    match: `\\b(?:interest[- ]based advertis|behaviou?ral (?:advertis|targeting)|targeted advertis|remarketing|retargeting)`,
    weight: 0.5,
    reason: 'interest-based advertising',
  },
  {
    match: `\\b(?:google|facebook|doubleclick|twitter|linkedin|microsoft|amazon|paypal|stripe|adobe|omniture|nielsen|comscore)\\b`,
    weight: 0.4,
    reason: 'well-known third-party platforms',
  },
  {
    match: `\\b(?:google analytics|analytics (?:providers?|services?|partners|companies|tools?|vendors?)|social (?:media )?(?:plugins?|widgets|buttons|networks?|media (?:sites|platforms|features))|like button|share button)`,
    weight: 0.6,
    reason: 'third-party analytics and social widgets',
  },
  {
    match: `\\b(?:links? to|linked)${SHORT_GAP}\\b(?:other|third[- ]party|external)${SHORT_GAP}\\b(?:sites?|websites?|services)`,
    weight: -0.5,
    reason: 'links to other sites: their practices are theirs, nothing is passed on',
  },
  {
    match: `\\b(?:privacy (?:practices|policies) of (?:these|those|such|other|third)|not responsible for the (?:privacy|content|practices))`,
    weight: -0.4,
    reason: 'disclaiming other parties’ practices is not passing data to them',
  },
  {
    match: `\\b(?:publicly (?:available|visible|posted|displayed|accessible)|public (?:areas?|forums?|profiles?|posting)|message boards?|chat rooms?|bulletin boards?|other users (?:can|may|will) see|visible to (?:others|other users|the public)|available to the public)`,
    weight: 0.7,
    reason: 'making data public',
  },
  {
    match: `\\b(?:shine the light|1798\\.83|direct marketing purposes|their own (?:direct )?marketing|for (?:their|its) own (?:purposes|marketing))\\b`,
    weight: 0.8,
    reason: 'sharing for others’ marketing',
  },
  {
    match: `\\b(?:with your (?:consent|permission)|unless (?:you|we have your))`,
    weight: 0.25,
    reason: 'consent-gated disclosure',
  },
  {
    match: `(?<=\\b(?:we|will|may|do|does|not|never|cannot|won't)\\s(?:\\w+[\\s,]{1,3}){0,3})(?:share|disclose|sell|rent|trade|lease)\\b`,
    weight: 0.5,
    reason: 'the company shares, or says it never does',
  },
  {
    match: `\\b(?:engage|engages|use|uses|rely on|relies on|work with|works with|employ|employs|hire|hires|hired|retain|retains|contract with|contracts with|partner with)\\b${SHORT_GAP}\\b(?:other companies|outside companies|companies and individuals|agents|sub-?processors?|service providers?|vendors?|contractors?|third[- ]part(?:y|ies)|processors|hosting providers?|suppliers)\\b|\\b(?:sub-?processors?|data processors?)\\b`,
    weight: 0.9,
    reason: 'vendors and processors the company engages',
  },
  {
    match: `\\blocal shared objects?\\b|\\b(?:shared|public) (?:device|computer|terminal)s?\\b|\\b(?:you|users) (?:\\w+ ){0,2}?(?:share|shares|shared) (?:\\w+ ){0,6}?with us\\b|\\bwithout (?:disclosing|sharing)\\b|\\b(?:whether|wish) (?:or not )?to (?:disclose|share)\\b`,
    weight: -0.7,
    reason:
      '"shared" naming a storage kind, a shared computer, what users give the company, or their choice whether to give it',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -0.8,
    reason: 'an overview of what the policy covers names every practice without stating one',
  },
  {
    match: `\\b(?:display|displays|displayed|post|posts|posted|shown|show|visible|viewable|available) (?:\\w+ ){0,3}(?:publicly|to (?:the public|other users|other members|others|anyone|everyone)|on your (?:public )?profile)\\b|(?<=\\b(?:other users|other members|the public|anyone|third parties) (?:\\w+ ){0,2}(?:can|may|will be able to) )(?:see|view|read|access)\\b`,
    weight: 0.9,
    reason: 'data shown to other users or the public',
  },
  {
    // CCPA disclosures: "disclosed ... for a business purpose", "categories of third parties", GDPR "recipients".
    match: `\\b(?:disclosed|shared|sold|made available) (?:\\w+ ){0,6}for (?:a |our )?(?:business|commercial) purposes?\\b|\\bcategories of (?:third parties|recipients|service providers)\\b|\\brecipients? (?:of (?:your |the |this )?(?:personal )?(?:data|information)|or categories of recipients)\\b`,
    weight: 0.6,
    reason: 'CCPA and GDPR wording for who receives the data',
  },
  {
    // A processor handles data for the controller: naming processors, their instructions or their contracts says
    // the data goes to them.
    match: `(?<=\\b(?:our|its|the|such|these|other) (?:data )?)processors\\b`,
    weight: 0.6,
    reason: 'processors acting for the company',
  },
  {
    match: `\\b(?:act|acts|acting|process (?:it|data|personal data)) (?:only )?on (?:our|its) (?:documented )?instructions\\b|\\bdata processing (?:agreements?|addend(?:um|a))\\b`,
    weight: 0.5,
    reason: 'a processor’s instructions or contract',
  },
  {
    match: `\\bbusiness (?:transfers?|assets?)\\b|\\bone of the (?:\\w+ )?assets (?:we|that|which|to be)\\b|\\b(?:corporate|business) transactions?\\b`,
    weight: 0.8,
    reason: 'customer data passing with the business',
  },
  {
    match: `\\b(?:data brokers?|cross-context behaviou?ral advertising|sell or share|sold or shared|shared or sold)\\b`,
    weight: 0.8,
    reason: 'CCPA selling and sharing for advertising',
  },
  {
    // "Protect against unauthorised access or disclosure" names a harm, not a recipient.
    match: `\\b(?:unauthori[sz]ed|accidental|unlawful|improper|inadvertent)\\s(?:(?:access|use|loss|acquisition|alteration|destruction|modification|processing)(?:\\s(?:to|of))?,?\\s(?:(?:and|or|and/or)\\s)?){0,4}disclosure\\b|\\b(?:loss|misuse|alteration|destruction),? (?:\\w+,? ){0,4}(?:or|and) (?:\\w+,? ){0,2}disclosure\\b`,
    weight: -2,
    reason: 'disclosure as a harm security protects against',
  },
  {
    // Messages sent "on behalf of" advertisers or partners are the company acting for others with the user's data.
    match: `\\bon behalf of (?:our |other |third|advertisers|marketing|business|sponsors|partners|selected|carefully)`,
    weight: 0.6,
    reason: 'acting for other businesses',
  },
  {
    match: `\\b(?:give|gives|giving|furnish|furnishes|supply|supplies)\\b (?:\\w+ ){0,3}(?:business|partners?|advertisers?|sponsors?|companies|third|vendors?|publishers?|providers?|organi[sz]ations)`,
    weight: 0.7,
    reason: 'giving data to a business (or saying it is not given)',
  },
  {
    match: `\\b(?:allow|allows|permit|permits|enable|enables|let|lets)\\s(?:\\w+\\s){0,3}(?:third|others|other users|other members|advertisers|partners|companies|the public|anyone)\\s(?:\\w+\\s){0,2}(?:to )?(?:see|view|access|collect|use|place|contact|receive|set)\\b`,
    weight: 0.8,
    reason: 'letting others see or take the data',
  },
  {
    match: `\\btable of contents\\b|\\b(?:jump|skip|go) (?:directly )?to (?:a |any |specific |the )?(?:sections?|parts?|areas?)\\b`,
    weight: -3,
    reason: 'a table of contents names practices without stating one',
  },
  {
    // Advice to keep a password to oneself is account security, not data passed to others.
    match: `\\b(?:share|sharing|disclose|disclosing|divulge|divulging|give|giving|reveal|revealing|tell)\\b (?:\\w+ ){0,3}(?:passwords?|log-?in (?:details|information|credentials)|credentials|passcodes?)\\b`,
    weight: -2,
    reason: 'keeping a password to oneself',
  },
  {
    // Industry self-regulation (advertising principles, frameworks) is not disclosure to a regulator.
    match: `\\bself-?regulatory\\b`,
    weight: -0.8,
    reason: 'self-regulatory programmes are not authorities receiving data',
  },
  {
    match: `\\b(?:ask|request|urge) (?:that )?you (?:\\w+ ){0,2}not (?:to )?(?:send|disclose|submit|post|share|provide)\\b`,
    weight: -0.6,
    reason: 'what the user should not send the company',
  },
  {
    // Disclaiming control over other parties, or saying the policy does not cover them, hands nothing to anyone.
    match: `\\b(?:do|does) not (?:apply to|cover|govern)\\b|\\b(?:no|not have) (?:access to,? (?:n?or )?)?control (?:over|of)\\b|\\b(?:do|does|can)(?:not|n't| not) control\\b|\\bnot responsible for\\b`,
    weight: -0.6,
    reason: 'other parties outside the policy’s control',
  },
  {
    // Ad, analytics and content companies setting cookies or receiving data on the site are third-party collection.
    match: `\\b(?:ad|advertising|analytics|content|marketing|social media|data|delivery|hosting|measurement|ad-serving|ad serving)\\s(?:companies|providers?|networks?|partners?|vendors?|platforms?)\\b(?:\\s\\w+){0,3}?\\s(?:place|places|set|sets|use|uses|receive|receives|collect|collects|access|read|track|tracks|recogni[sz]e|gather)\\b`,
    weight: 0.8,
    reason: 'ad and content companies collecting on the site',
  },
  {
    // Recipients as GDPR-era notices list them.
    match: `\\b(?:payment processors?|hosting providers?|cloud hosting providers?|web hosting providers?|cloud providers?|cloud service providers?|professional advisers?|auditors|insurers|e-?mail (?:delivery|service) providers?|it service providers?|group companies|intra-?group|fraud prevention agencies|credit reference agencies)\\b`,
    weight: 0.4,
    reason: 'kinds of recipients in modern notices',
  },
  {
    // Data handled "under its own privacy policy" has reached another company. Anchored on "policy", since "in"
    // (of "in accordance with") starts too many words.
    match: `(?<=\\b(?:under|subject to|governed by|pursuant to|in accordance with) (?:its|their|the third party's|such third party's|the provider's) (?:own )?(?:privacy )?)(?:policy|policies|terms)\\b`,
    weight: 0.4,
    reason: 'another company’s own policy applies to the data',
  },
  {
    // "We share user information related to those offerings with that business": the company as the sharer, and a
    // recipient the other cues do not name (a named party is already counted by "passing data to others").
    match: `(?<=\\b(?:we|and|also|may|will|to|only|generally|sometimes|occasionally)\\s(?:\\w+\\s){0,2})(?:share|shares)\\b[^.;:!?]{0,80}?\\bwith (?!(?:us|you|one another|each other|a friend|friends|anyone)\\b)(?!(?:(?:the|our|its|their|these|those|such|selected|trusted|certain|other|any)\\s)?(?:[\\w-]+\\s)?${PARTY})`,
    weight: 0.5,
    reason: 'the company sharing with someone else',
  },
  {
    // Audience figures reported to advertisers are data about users leaving the company, however aggregated.
    match: `\\b(?:report|reports|reporting|inform|informs|informing)\\b (?:\\w+ ){0,3}(?:to |for |with )?(?:our |these |such |its |their )?(?:advertisers|sponsors|advertising (?:agents|partners|clients)|third parties)\\b`,
    weight: 0.8,
    reason: 'reports to advertisers and sponsors',
  },
  {
    // Businesses that complete the user's request downstream: a dealer, a retailer, a publisher, a bank.
    match: `\\b(?:forward|forwards|forwarded|send|sends|sent|provide|provides|provided|disclose|disclosed|transfer|transferred|pass|passed|release|released)\\b[^.;:!?]{0,80}?\\bto (?:a |an |the |our |its |their |your |local |participating |authori[sz]ed |independent )?(?:[\\w-]+ )?(?:dealers?|retailers?|franchisees?|licensees?|distributors?|resellers?|publishers?|sellers?|lenders?|insurers?|banks?|brokers?|employers?)\\b`,
    weight: 0.9,
    reason: 'data forwarded to a business that completes the request',
  },
  {
    // A Shine the Light notice is about the user's right to ask who received data for direct marketing; the
    // sharing itself is stated elsewhere in the policy. OPP-115 labels these notices as rights, not sharing.
    match: `\\b(?:shine the light|1798\\.83)\\b`,
    weight: -2.5,
    reason: 'a Shine the Light notice is a right to ask, not a disclosure',
  },
  {
    // "How we collect, use and share your information" announces the whole policy, not a disclosure.
    match: `\\b(?:collect|collects|gather|gathers),? (?:use|uses|store|stores)(?:,? (?:store|process|protect|retain))?,? (?:and|or|and/or) (?:share|shares|disclose|discloses)\\b`,
    weight: -0.8,
    reason: 'the collect-use-share triplet names the policy’s topics, not a disclosure',
  },
  {
    // Opting out of interest-based ads or third-party tracking is the user's choice; the tracking itself is
    // described where the policy names the ad companies.
    match: `\\bopt[- ]?out of (?:\\w+ ){0,3}(?:third[- ]party tracking|interest-based|behaviou?ral|targeted|cookies)`,
    // It names the practice too, so it also cancels that row's 0.5.
    weight: -1.1,
    reason: 'opting out of targeted ads is a choice, not a recipient',
  },
  {
    // "You may opt out of having your information shared": the user's choice about sharing stated elsewhere.
    match: `\\bopt[- ]?out of (?:\\w+ ){0,3}(?:sharing|having|disclos)`,
    weight: -1.5,
    reason: 'opting out of sharing is a choice, not a disclosure',
  },
  {
    // The company publishing what users send it (names of winners, letters, reviews) makes it public.
    match: `\\b(?:we|may|will|right to)\\s(?:\\w+\\s){0,2}?(?:publish|republish|syndicate)\\b (?:\\w+ ){0,3}?(?:your|you|them|information|names?|content|comments|submissions|reviews)\\b|\\b(?:syndicated|published) to\\b`,
    weight: 0.8,
    reason: 'the company publishing what users submit',
  },
  {
    // "We will forward your registration number to ...": forwarding names a recipient even when it is a brand.
    match: `(?<!\\b(?:look|looks|looked|looking|going|moving) )\\bforward(?:s|ed|ing)?\\b[^.;:!?]{0,80}?\\bto\\b`,
    weight: 0.7,
    reason: 'data forwarded to someone',
  },
  {
    match: `\\b(?:is|becomes|become|are|be) public(?: information)?\\b|\\b(?:read|collected|used|recorded|seen|viewed|searched)(?:,? (?:or |and )?(?:read|collected|used|recorded|seen|viewed))* by (?:other users|others|the public|anyone|other people|parties)\\b`,
    weight: 0.7,
    reason: 'what users post becomes public',
  },
  {
    // A clause of a legal-disclosure list: "if we believe in good faith that the law requires it". List items often
    // carry only this clause.
    match: `\\bgood[- ]faith\\b`,
    weight: 0.7,
    reason: 'grounds for a legal disclosure',
  },
  {
    // "We receive information about you from other sources, such as our partners": data coming in to the company
    // names the other party as a source, not as a recipient.
    match: `\\b(?:we|us) (?:\\w+ ){0,2}?(?:receive|obtain|get|collect|gather)\\b (?:\\w+ ){0,6}?from (?:other sources|third[- ]part(?:y|ies)|(?:our |other |business |trusted )?partners|(?:other |outside )?companies|public sources|publicly available sources|social (?:media|networks?))\\b`,
    weight: -0.5,
    reason: 'data the company receives from others names a source, not a recipient',
  },
];
