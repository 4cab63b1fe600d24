import { GAP, INFO, SHORT_GAP, type CueRow } from './types';

// First-party collection and use: what the company gathers, from where, and what it does with it.
export const COLLECTION_CUES: readonly CueRow[] = [
  {
    // Not complaints, requests or legal demands the company receives ("when we receive formal written complaints",
    // "legal process we receive"): those are correspondence about the policy, not data about the user.
    match: `(?<=(?<!\\b(?:legal process|subpoenas?|court orders?|complaints?) )\\bwe (?:(?:may|also|might|will|can|only|automatically|do|not|never|don't|does|knowingly) ){0,4})(?:collect|gather|obtain|receive|record|log|capture|compile|track|save)(?! (?:a |an |any )?(?:[\\w-]+ ){0,2}(?:complaints?|subpoenas?|requests?|legal process|court orders?)\\b)`,
    weight: 1,
    reason: 'the company collects data',
  },
  {
    // Not "how / the way / what information is collected" (an overview's wording), nor data "collected by others".
    match: `(?<=(?<!\\b(?:how|way|what|whether) (?:\\w+ ){0,3})\\b${INFO} (?:that )?(?:we|is|are|may be|will be) (?:\\w+ )?)(?:collected|gathered|obtained|received|recorded|logged|compiled|stored|saved)\\b(?! (?:and (?:used|shared) )?by (?:others|third|any|outside|such|these|those|advertisers|other))`,
    weight: 1,
    reason: 'information is collected',
  },
  {
    match: `\\b(?:collect|collects|collected|collecting|gather|gathers|gathered|obtain|obtains|obtained)\\b`,
    weight: 0.55,
    reason: 'collection verbs',
  },
  {
    match: `(?<=\\b(?:you|users?|visitors?|members?|customers?)\\s(?:\\w+\\s){0,2})(?:provide|provides|submit|submits|give|gives|supply|supplies|enter|enters|send|sends)\\b`,
    weight: 0.6,
    reason: 'data the user provides',
  },
  {
    // Not "we use a fulfilment company / outside vendors / service providers": engaging another company is sharing
    // with a recipient, not the company's own use of the data.
    match: `(?<=\\bwe (?:(?:may|also|might|will|can|only|do) ){0,4})(?:use|utili[sz]e|process|analy[sz]e|combine|aggregate|associate|link)\\b(?! (?:reasonable|appropriate|commercially|industry|security|secure|encryption|ssl|tls|firewalls?|physical|technical|administrative|the (?:bbb|following)|third[- ]part|(?:an? |other |outside |certain )(?:[\\w-]+ )?(?:third[- ]part(?:y|ies)|outside|service providers?|vendors?|compan(?:y|ies)|contractors?|agents?|agency|agencies)\\b|service providers?|vendors?|contractors))`,
    weight: 0.75,
    reason: 'the company uses data',
  },
  {
    match: `\\b(?:use|uses|used|using|utili[sz]e|process|processes|processed) (?:\\w+ ){0,4}(?:to|for) (?:help |better )?(?:provide|improve|personali[sz]e|customi[sz]e|deliver|process|fulfill|respond|send|contact|communicate|administer|operate|analy[sz]e|understand|measure|tailor|enhance|offer|display|show|serve|verify|identify|prevent|detect|protect|notify|manage|maintain|conduct|develop)`,
    weight: 0.9,
    reason: 'the purpose data is used for',
  },
  {
    // Only as the passage's heading: inside a paragraph "how we use your information" is usually an overview or a
    // choice ("you can control how we use ..."), which names collection without stating a practice.
    match: `^\\W{0,4}(?:[\\divx]{1,4}\\W{1,3})?(?:[a-z]\\W{1,3})?(?:(?:how|why) (?:we|does \\w+|do we) (?:use|collect|process|gather)\\b|(?:the )?use of (?:your |personal |the )?(?:information|data)\\b)`,
    weight: 1,
    reason: 'a "how we use / collect" heading',
  },
  { match: `\\b(?:automatically|passively)\\b`, weight: 0.45, reason: 'automatic collection' },
  {
    match: `\\b(?:log files?|web logs?|server logs?|log data|log information|ip address(?:es)?|browser type|operating system|device (?:identifier|id|type|information)s?|referr(?:ing|er|al) (?:url|page|site|website)s?|clickstream|user agent|internet service provider|isp)\\b`,
    weight: 0.6,
    reason: 'technical data typically collected',
  },
  {
    match: `\\b(?:register|registers|registration|registering|sign(?:ing)? up|create an account|set up an account|subscribe|subscription|enter (?:a|our) (?:contest|sweepstakes)|surveys?|contests?|sweepstakes|promotions?|questionnaires?)\\b`,
    // A registration, survey or contest is where most policies take the user's details: it weighs nearly half a label.
    weight: 0.45,
    reason: 'collection points: registration, surveys, contests',
  },
  {
    match: `\\b(?:name|names|e-?mail address(?:es)?|postal address|mailing address|street address|address|phone number|telephone number|date of birth|birth ?date|age|gender|zip code|postal code|credit card|billing (?:address|information)|payment information|demographic)\\b`,
    weight: 0.3,
    reason: 'personal data items',
  },
  {
    match: `\\b(?:improve|improving|personali[sz]e|personali[sz]ing|personali[sz]ed|customi[sz]e|customi[sz]ed|tailor|tailored|enhance your|better understand|analy[sz]e|analytics|statistics|statistical|trends)\\b`,
    weight: 0.35,
    reason: 'uses: improvement, personalisation, analysis',
  },
  {
    match: `\\b(?:aggregate|aggregated|anonymous|anonymi[sz]ed|de-?identified|non-?personal(?:ly identifiable)?)\\b`,
    weight: 0.3,
    reason: 'aggregate or anonymous data',
  },
  {
    match: `\\b(?:cookies?|web beacons?|pixel tags?|clear gifs?|tracking technolog(?:y|ies)|local storage)\\b`,
    weight: 0.35,
    reason: 'first-party tracking technologies',
  },
  {
    match: `\\b(?:geolocation|location (?:data|information)|precise location|gps|your location)\\b`,
    weight: 0.45,
    reason: 'location collection',
  },
  {
    match: `\\blegal bas(?:is|es)\\b|\\blegitimate interests?\\b|\\bperformance of (?:a|the|our) contract\\b|\\bcontractual obligations?\\b`,
    weight: 0.8,
    reason: 'GDPR legal basis for processing',
  },
  {
    match: `\\b(?:categories|types|kinds) of (?:personal )?(?:information|data)\\b`,
    weight: 0.4,
    reason: 'kinds of data',
  },
  {
    match: `\\b(?:keep track|tracks?|monitor|monitors|monitoring|measure|measures)\\b`,
    weight: 0.3,
    reason: 'tracking and measuring use',
  },
  {
    match: `^(?:to|for|in order to) \\w+${SHORT_GAP}[,;]?$`,
    weight: 0.6,
    reason: 'an item of a list of purposes',
  },
  {
    match: `\\b(?:send|sending) you${GAP}\\b(?:newsletters?|e-?mails?|offers|updates|promotional|marketing|communications|information)\\b`,
    weight: 0.5,
    reason: 'using contact data to send messages',
  },
  {
    match: `\\b(?:purchase|purchases|order|orders|transaction|transactions)\\b`,
    weight: 0.2,
    reason: 'transaction data',
  },
  {
    match: `\\b(?:save|saves|saved|remember(?!,? that\\b)|remembers|recogni[sz]e|recogni[sz]es)\\b`,
    weight: 0.35,
    reason: 'remembering the user',
  },
  {
    match: `\\b(?:third[- ]part(?:y|ies)|advertisers?|ad networks?|advertising (?:companies|networks|partners)|these companies|such (?:companies|third parties)|sponsors?|provider partners|other (?:companies|sites|websites))\\b${SHORT_GAP}\\b(?:may |will |can |also |might )*(?:use|collect|gather|receive|set|place|serve|access|track)\\b`,
    weight: -0.5,
    reason: 'another party is the one collecting',
  },
  {
    match: `\\b(?:disclose|share|sell|rent|transfer)\\b${GAP}\\b(?:to|with) (?:third[- ]part(?:y|ies)|law enforcement|government|authorities|contractors|agents|business associates|affiliates|advertisers)`,
    weight: -0.3,
    reason: 'passing data on, not collecting it',
  },
  {
    // Not when the subject is another party ("these companies may use information about your visits"): that is
    // their use, which OPP-115 and the contract file under sharing.
    match: `(?<=(?<!\\b(?:they|third[- ]parties|partners|affiliates|advertisers|companies|providers|vendors|networks|sponsors|agents|contractors) )\\b(?:may|will|can|to|also|might) (?:also )?)(?:use|utili[sz]e|process) (?:your |the |this |such |that |any |certain )?(?:personal |personally identifiable |collected |usage |contact )?(?:information|data|details)\\b`,
    weight: 0.8,
    reason: 'someone uses the data (often the company by name)',
  },
  {
    // "Contact" counts only as "contact you": "Contact Us", "Contact Information", "Contact customer service" open a
    // heading or an instruction, not a purpose. "Further" and "support" count only with an object ("further our
    // business purposes"): "Further, ..." and a "Support" heading state no purpose.
    match: `^(?:to |help |and )?(?:provide|improve|personali[sz]e|customi[sz]e|deliver|process|fulfill|respond|send|contact(?= you\\b)|communicate|administer|operate|analy[sz]e|understand|measure|tailor|enhance|offer|display|show|serve|verify|identify|prevent|detect|protect|notify|manage|maintain|conduct|develop|implement|enable|allow|facilitate|recogni[sz]e|remember(?!,? that\\b)|track|monitor|evaluate|research|perform|create|help|inform|assist|authenticate|bill|process|enforce|satisfy|further (?:our|its|the)|attribute|support (?:our|its|the)|fulfil)\\b[^]{0,300}$`,
    weight: 0.8,
    reason: 'a short item of a list of purposes',
  },
  {
    match: `\\b(?:usage|location|log|device|account|registration|financial|payment|profile|demographic|technical|browsing|transaction|purchase|billing|order|contact) (?:information|data)\\b`,
    weight: 0.35,
    reason: 'named kinds of collected data',
  },
  {
    match: `\\b(?:information|data) (?:that )?we (?:collect|gather|receive|obtain)\\b${SHORT_GAP}\\b(?:may |will |can )?(?:be |is |are )?(?:shared|disclosed|transferred|provided|sold|rented|made available)\\b`,
    weight: -0.5,
    reason: 'collected data named only as what is passed on',
  },
  {
    match: `\\b(?:collect|collects),? (?:use|uses),? (?:\\w+, )?(?:and|or) (?:share|shares|disclose|discloses|protect|protects)\\b`,
    weight: -0.6,
    reason: 'an overview listing every practice is not about collection in particular',
  },
  {
    match: `(?<=\\bto (?:help )?(?:us )?(?:better )?)(?:improve|personali[sz]e|customi[sz]e|analy[sz]e|understand|tailor|enhance)\\b|(?<=\\b(?:is|are|be) )used (?:\\w+ ){0,3}(?:to|for)\\b`,
    weight: 0.6,
    reason: 'the purpose the data serves',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -3,
    reason: 'an overview of what the policy covers names every practice without stating one',
  },
  {
    match: `(?<!\\b(?:collect|collects|gather|gathers),? )\\b(?:use|uses),? (?:and|or|and/or) (?:disclose|discloses|share|shares|transfer|transfers|release|releases)\\b`,
    // Weighs a full label: "we may use or disclose your information" states the company's own use outright, and it
    // keeps the label beside the stronger sharing vocabulary such a sentence always carries.
    // Not inside the collect-use-share triplet ("how we collect, use and share your information"), which announces the
    // policy's topics rather than a use.
    weight: 1,
    reason: '"use or disclose": the company’s own use comes first',
  },
  {
    // Writing to, calling or e-mailing the user is a use of the contact details the company holds.
    match: `(?<=\\b(?:we|will|may)\\b${SHORT_GAP}\\b)(?:send|sends|email|contact|call|text|notify) you\\b`,
    weight: 0.6,
    reason: 'the company contacts the user with the data it holds',
  },
  {
    // "You can set your browser to refuse cookies": telling the user how to stop the site's cookies implies the site
    // sets them.
    match: `\\b(?:refus|reject|disabl|block|delet|declin|turn(?:ing)? off)\\w* (?:\\w+ ){0,3}cookies\\b`,
    weight: 0.4,
    reason: 'refusing the site’s cookies',
  },
  {
    // Knowing whether an e-mail was opened ("we receive a confirmation when you open e-mail from us", "clear gifs let us
    // know which emails have been opened") is data the company gathers about the reader.
    match: `\\b(?:when|whether|which) (?:you |users |recipients |the recipients )?(?:\\w+ )?(?:open|opened|opens)\\b (?:\\w+ ){0,3}(?:e-?mails?|messages?|newsletters?)\\b|\\b(?:e-?mails?|messages?|newsletters?) (?:\\w+ ){0,2}(?:have been|were|are|was|is) (?:opened|read)\\b`,
    weight: 0.6,
    reason: 'tracking whether e-mails are opened',
  },
  {
    // A cookie defined for the reader is told as part of what the site stores and reads back.
    match: `\\bcookies? (?:is|are) (?:a |an )?(?:small|tiny|unique|simple|text)\\b`,
    weight: 0.5,
    reason: 'what a cookie is',
  },
  {
    match: `\\b(?:ask|asks|asked|request|requests|require|requires|required|prompt|prompts|prompted)\\b (?:\\w+ ){0,3}(?:for|to provide|to submit|to enter|to give|provide)\\b${SHORT_GAP}\\b(?:name|e-?mail|address|phone|information|details|number|password|birth|age|zip)`,
    weight: 0.6,
    reason: 'the company asks the user for data',
  },
  {
    // GDPR-era notices name the company in the third person: "Acme processes your personal data".
    match: `\\b(?:collects|processes|uses|gathers|obtains|receives|stores|records|logs)\\s(?:(?:and|or|,)\\s\\w+\\s)?(?:your|personal|the following|certain|some)\\s(?:\\w+\\s){0,2}(?:information|data|details)\\b`,
    weight: 0.7,
    reason: 'the company, by name, processes personal data',
  },
  {
    // "MediaNews may request additional information", "the app may record how often you use it": storing,
    // recording or asking for data after a modal, by whoever the subject is except the user.
    match: `(?<=(?<!\\b(?:you|users?|visitors?|members?|customers?|residents?|parents?) (?:\\w+ )?)\\b(?:may|will|can|might|also) (?:also |then )?)(?:record|store|request|ask for|capture|save|maintain)\\b (?:\\w+ ){0,3}(?:information|data|details|addresses|address|identifiers?|history|location)\\b`,
    weight: 0.6,
    reason: 'data is recorded, stored or asked for',
  },
  {
    match: `(?<=\\b(?:we|will|may)\\s(?:\\w+\\s){0,2})(?:keep|keeps|maintain|maintains)\\s(?:a |an )?(?:record|records|log|logs)\\b`,
    weight: 0.7,
    reason: 'the company keeps a record of the user’s dealings',
  },
  {
    // The controller is the party that decides on processing: naming it describes first-party processing.
    match: `\\b(?:data controller|controller) (?:of|for|responsible for) (?:your |the )?(?:personal )?(?:data|information)\\b|\\b(?:acts?|act as|is) (?:the |a |an )?(?:data )?controller\\b`,
    weight: 0.6,
    reason: 'the GDPR controller of the data',
  },
  {
    match: `(?<=\\b(?:to|help|helps) (?:\\w+ ){0,2})(?:protect|secure|safeguard|encrypt)\\b (?:\\w+ ){0,3}(?:information|data|account|accounts|privacy|transmissions?)\\b`,
    weight: -0.5,
    reason: 'protecting the data is a security measure, not a use of it',
  },
  {
    match: `\\b(?:encrypt\\w*|ssl|secure socket|firewalls?|safeguards?|security measures|unauthori[sz]ed access)\\b`,
    weight: -0.6,
    reason: 'security vocabulary: the passage is about protecting data',
  },
  {
    // "No transmission is 100% secure; we cannot guarantee the security of your data": the usual security
    // disclaimer names the data it cannot protect without saying anything about collecting it.
    match: `\\b(?:guarantee|ensure|warrant)\\b (?:\\w+ ){0,2}(?:the )?(?:absolute |complete )?security\\b|\\b(?:100|one hundred) ?(?:%|percent)? secure\\b|\\b(?:completely|perfectly|totally|fully) secure\\b|\\bimpenetrable\\b`,
    weight: -1,
    reason: 'a disclaimer that no security is perfect',
  },
  {
    match: `\\b(?:change|changes|update|updates|revise|revisions|modify|amend)\\b (?:\\w+ ){0,3}(?:this|our|the) (?:privacy )?(?:policy|statement|notice)\\b`,
    weight: -1,
    reason: 'changes to the policy mention the practices it describes without stating one',
  },
  {
    // "We do not knowingly collect ..." is a statement about first-party collection too (often in a children's part).
    match: `(?<=\\b(?:not|never) (?:knowingly |intentionally |deliberately |purposely |willingly )?)(?:collect|solicit|request|gather|seek|ask for|obtain)\\b`,
    weight: 0.8,
    reason: 'a denial of collecting',
  },
  {
    // "We do not knowingly collect personal information from children under 13" is the children's notice: the
    // denial counts for collection only when the rest of the passage is about it too. -0.7 leaves such a denial barely
    // any collection weight (0.8 - 0.7); OPP-115 labels it collection in about a third of the policies that say it.
    match: `(?<=\\b(?:not|never) (?:knowingly |intentionally |deliberately |purposely |willingly )?)(?:collect|solicit|gather|seek|obtain)\\b[^.;:!?]{0,100}\\b(?:children|child|minors|kids|anyone under|any person under|persons under|users under|individuals under|visitors under)\\b`,
    weight: -0.7,
    reason: 'a denial of collecting from children belongs to the children’s notice',
  },
  {
    match: `\\bwithout (?:\\w+ ){0,2}(?:providing|revealing|telling us|sharing|identifying|giving|registering|disclosing|submitting)\\b`,
    weight: 0.6,
    reason: 'what the user can do without handing over data',
  },
  {
    match: `\\b(?:downloaded|stored|placed|saved|set) (?:\\w+ ){0,2}(?:on|to) (?:your|a user's|the user's|a visitor's) (?:device|computer|browser|hard drive|mobile)`,
    weight: 0.5,
    reason: 'files the site stores on the user’s device',
  },
  {
    // A table of contents, or links to jump to each part, lists headings that name practices; it states none.
    // (Numbered runs are not used: a list of purposes can be numbered the same way.)
    match: `\\btable of contents\\b|\\b(?:jump|skip|go) (?:directly )?to (?:a |any |specific |the )?(?:sections?|parts?|areas?)\\b`,
    weight: -3,
    reason: 'a table of contents names practices without stating one',
  },
  {
    match: `\\b(?:policy|statement|notice)\\s(?:\\w+\\s){0,2}(?:only\\s)?(?:applies|apply|covers|does not cover|governs)\\b`,
    weight: -0.8,
    reason:
      'the scope of the policy mentions collected data without saying how it is collected or used',
  },
  {
    // A privacy seal's notice ("the TRUSTe program covers only information that is collected through this website",
    // "reviewed for compliance with the program's requirements") scopes a certification; it states no practice.
    match: `\\b(?:program|programme|seal|certification)\\s(?:\\w+\\s){0,2}(?:only\\s)?(?:applies|apply|covers|does not cover|governs)\\b|\\b(?:privacy seal|trust ?mark|seal program)\\b`,
    weight: -1,
    reason: 'a privacy seal’s scope or award states no practice',
  },
  {
    // A notice about links to other websites warns that their practices differ; what the user might give those sites
    // is not the company's collection.
    match: `\\b(?:links?|linked) to (?:other|third[- ]party|external|outside|non-\\w+)\\b(?: \\w+)? (?:web ?sites?|sites|services|pages)\\b`,
    weight: -0.8,
    reason: 'links to other websites are not the company’s collection',
  },
  {
    match: `\\b(?:purpose|goal|aim) of (?:this|our) (?:privacy )?(?:policy|notice|statement)\\b|\\b(?:policy|notice|statement) (?:is|was) (?:intended|designed|meant|compiled|created|written) to\\b|\\b(?:have|has) (?:created|compiled|adopted|prepared|developed) (?:this|the|our) (?:privacy )?(?:policy|notice|statement)`,
    weight: -1.5,
    reason: 'why the policy was written is not a practice',
  },
  {
    // Purpose lists are often written as gerunds ("Improving our services;", "Responding to your requests;").
    match: `^(?:[-•*]\\s*|\\(?[a-z0-9]{1,3}[.)]\\s*)?(?:providing|improving|personali[sz]ing|customi[sz]ing|tailoring|delivering|processing|fulfilling|responding|sending|contacting|communicating|administering|operating|analy[sz]ing|understanding|measuring|enhancing|offering|verifying|identifying|preventing|detecting|protecting|notifying|managing|maintaining|conducting|developing|enabling|facilitating|assisting|authenticating|billing|researching|evaluating|monitoring|auditing|attributing|saving|storing|remembering|recogni[sz]ing|displaying|serving|tracking|compiling|allowing|enforcing|supporting|fulfilling)\\b[^]{0,500}$`,
    weight: 0.6,
    reason: 'a short item of a list of purposes, as a gerund',
  },
  {
    // "We allow third parties to place cookies / serve ads": the site letting others collect on its pages is
    // third-party collection, which OPP-115 and the contract file under sharing.
    match: `\\b(?:allow|allows|allowed|permit|permits|permitted|enable|enables|let|lets|authori[sz]e|authori[sz]es|use|uses|engage|engages|work with)\\b (?:\\w+ ){0,3}(?:third[- ]part(?:y|ies)|advertis\\w+|ad networks?|analytics (?:companies|providers|services)|(?:advertising |marketing |business )?partners|vendors|service providers|other companies|companies)\\b(?: \\w+){0,6} to (?:\\w+ ){0,2}(?:collect|place|set|serve|track|gather|use cookies|use tracking|deliver)\\b`,
    weight: -0.8,
    reason: 'the site lets other companies collect on its pages',
  },
  {
    // Service providers "required not to use your information for any other purpose": a limit on recipients,
    // which is sharing (and security), not the company's own use.
    match: `\\b(?:require|required|requires|requiring|bound|obligat\\w+|limited|restricted|prohibited|prohibit|prohibits|contractually)\\b${GAP}\\b(?:not to use|only use|to use (?:\\w+ ){0,4}(?:only|solely)|use (?:\\w+ ){0,4}(?:only|solely) (?:for|to|on|as)|in their ability to use|from using)\\b`,
    weight: -0.8,
    reason: 'limits on how recipients may use the data',
  },
  {
    // Where data travels once collected ("transferred to and processed in the United States") is a cross-border
    // transfer notice: OPP-115 and the contract file it under international, not under what is collected.
    match: `\\b(?:transfer|transfers|transferred|transmitted|sent|processed|stored|maintained|hosted)\\b${GAP}\\b(?:to|in|within|on servers in) (?:the united states|the u\\.s\\.|the usa|other countries|another country|countries other than|a country other than|countries outside|jurisdictions? (?:other than|outside))`,
    weight: -1,
    reason: 'a cross-border transfer notice is about where data goes, not what is collected',
  },
  {
    // The CCPA's statutory categories of personal information, as notices list what they collect.
    match: `\\b(?:browsing history|search history|electronic network activity|network activity|inferences drawn|commercial information|professional or employment-related|biometric information|geolocation data|audio, electronic, visual|sensory data|protected classification)\\b`,
    weight: 0.6,
    reason: 'CCPA categories of personal information',
  },
  {
    // "We will forward the information you give us to the publisher": what the user provides, named only as the
    // object of a disclosure, is what is passed on, not a statement of how the company collects it.
    match: `\\b(?:share|shares|shared|sharing|disclose|disclosed|discloses|forward|forwarded|transfer|transferred|sell|sold|rent|pass|passed|make available|made available|sent|send)\\b[^.;:!?]{0,80}\\b(?:information|data|details) (?:that |which )?(?:you|users?) (?:\\w+ )?(?:provide|give|submit|supply|enter)`,
    weight: -0.6,
    reason: 'what the user provides, named only as what is passed on',
  },
  {
    // "We may share the information we collect with our affiliates": the relative clause names the data being passed
    // on; the company's own collection is stated elsewhere.
    match: `\\b(?:share|shares|shared|sharing|disclose|disclosed|discloses|forward|forwarded|transfer|transferred|sell|sold|rent|pass|passed|make available|made available)\\b[^.;:!?]{0,80}\\b(?:information|data|details) (?:that |which )?we (?:\\w+ )?(?:collect|gather|receive|obtain)`,
    weight: -1,
    reason: 'what the company collects, named only as what is passed on',
  },
  {
    // "These companies may place cookies", "they automatically receive your IP address": a third party named earlier
    // and taken up again as the subject is the one collecting.
    match: `(?<!\\b(?:or|and) )\\b(?:they (?:may |will |can |also |might |automatically )*(?:collect|receive|gather|obtain|place|set|track|record)|(?:these|such) (?:companies|third parties|parties|advertisers|networks|vendors|partners) (?:may |will |can |also |might |automatically )*(?:collect|receive|gather|obtain|use|access|place|set|track|record))\\b`,
    weight: -0.5,
    reason: 'a third party, taken up again, is the one collecting',
  },
  {
    // "We may receive information about you from other sources, such as our business partners": data coming in from
    // elsewhere is still the company's collection, however much the sentence names the other party.
    match: `\\b(?:receive|receives|obtain|obtains|get|collect|collects|gather|gathers)\\b (?:\\w+ ){0,6}?from (?:other sources|third[- ]part(?:y|ies)|(?:our |other |business |trusted )?partners|(?:other |outside )?companies|public sources|publicly available sources|social (?:media|networks?))\\b`,
    weight: 0.6,
    reason: 'data the company receives from other sources',
  },
  {
    // "Any information you disclose in these forums becomes public": what the user posts is made public, which
    // OPP-115 and the contract file under sharing; the giving is not the company's collection.
    match: `\\b(?:information|content|data|anything|messages?|comments?|posts?) (?:or content )?(?:that )?you (?:\\w+ )?(?:disclose|post|submit|provide|share|make|write|include|reveal)\\b[^.;:!?]{0,100}\\b(?:becomes?|is|are|will be|may be|can be|could be|might be)\\s(?:\\w+ )?(?:public|publicly|available to (?:the public|others|other users|anyone)|visible to|(?:read|collected|viewed|seen|used)\\b[^.;:!?]{0,40}\\bby (?:other users|others|the public|anyone|other people|third parties))\\b`,
    weight: -0.6,
    reason: 'what the user posts becomes public',
  },
  {
    // "We and our service providers may use cookies", "we, or third parties acting on our behalf, collect": the company
    // is one of the subjects, so the collection or use is still its own, however much the sentence names the others.
    // Not "we and our providers use servers in other countries": that is where data is kept, not a use of it.
    match: `\\bwe,? (?:or|and|and/or) (?:our |certain |other |selected |these |the )?(?:[\\w-]+ ){0,2}?(?:third[- ]part(?:y|ies)|service providers?|partners|vendors|contractors|advertisers|affiliates|companies|providers)\\b,?(?: \\w+){0,4}?,? (?:may |will |can |also |might |generally |automatically )*(?:collect|use|gather|receive|obtain|place|set|track|record|store|combine|conduct|analy[sz]e)\\b(?! (?:\\w+ )?(?:servers?|data cent(?:er|re)s|facilities|equipment)\\b)`,
    weight: 0.8,
    reason: 'the company and others, together, collect or use data',
  },
  {
    // "... so that you will always know what information we gather, how we might use it and whether we disclose it":
    // the practices named as what the reader should know (usually in a changes notice), not a statement of one.
    match: `\\b(?:know|aware of|understand|informed (?:of|about))\\b (?:what|which) (?:\\w+ ){0,2}(?:information|data) (?:that )?we (?:\\w+ )?(?:collect|gather)\\w*,? (?:and )?(?:how|why)\\b`,
    weight: -1,
    reason: 'what the reader should know about the practices names them without stating one',
  },
];
