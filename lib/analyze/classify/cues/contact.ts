import { GAP, SHORT_GAP, type CueRow } from './types';

// Privacy contact information: how to reach the company or its privacy staff.

/** After "send an email": the company writing to its users ("we will send an email to users"), not the reverse. */
const NOT_TO_USERS =
  '(?! (?:to )?(?:you|users?|them|the user|customers?|members?|subscribers?|your|our users)\\b)';

export const CONTACT_CUES: readonly CueRow[] = [
  {
    // A bare "contact us" is left to the weak cue below: inside a rights, children or opt-out paragraph it is an
    // instruction within that practice, and only with a channel or a questions framing is contact the topic.
    match: `\\bcontact (?:our (?:privacy|customer|data|legal)|the (?:privacy|data protection)|privacy)\\b|\\bget in touch\\b|\\breach (?:us|our)\\b`,
    weight: 0.6,
    reason: 'how to reach the company',
  },
  {
    // Also named the other way round ("privacy-related inquiries", "Other Privacy Questions"); not "privacy concerns"
    // (the public's worries) nor a bare "Privacy Inquiries" (a department line inside an opt-out address).
    match: `\\b(?:questions?|concerns?|comments?|complaints?|inquir(?:y|ies)|enquir(?:y|ies)|feedback|suggestions?)\\b${SHORT_GAP}\\b(?:about|regarding|concerning|relating to|on|with|related to)\\b${SHORT_GAP}\\b(?:privacy|policy|statement|practices|notice|data|information|site|this)|\\b(?:privacy|data protection)(?:[- ]related (?:questions|inquir(?:y|ies)|enquir(?:y|ies))| questions)\\b`,
    weight: 0.9,
    reason: 'questions about privacy',
  },
  {
    // Starting at the "@" lets the engine jump between "@" signs instead of trying a name at every character.
    match: `(?<=[\\w.+-])@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}`,
    weight: 1,
    reason: 'an email address',
    requires: '@',
  },
  {
    // Addresses written to dodge harvesters ("privacy [at] example [dot] com", "membership{at}example.org") are still
    // an address to write to. The match starts at the word "at" (behind a bracket or a name) so it is tried only there.
    match: `(?<=\\w ?[[({])at[\\])}] ?[\\w-]{1,63}(?: ?(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|\\.) ?[\\w-]{1,63}){1,4}|(?<=\\w )at [\\w-]{1,40} dot (?:com|org|net|edu|gov|co|io|info)\\b`,
    weight: 1,
    reason: 'an email address spelled out against harvesters',
  },
  {
    // Digits are spelled out so the number itself is the anchor word: a phone number is tried only where one starts.
    match: `\\b(?:0|1|2|3|4|5|6|7|8|9)\\d{2}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b|(?<=\\+)(?:0|1|2|3|4|5|6|7|8|9)\\d{0,2}[ (]{1,2}\\d{1,4}\\)? ?\\d{2,4}[ -]?\\d{2,4}|\\b1-8\\d\\d-`,
    weight: 0.9,
    reason: 'a phone number',
  },
  {
    match: `\\b(?:attn|attention)\\b|(?<=\\bp\\.?\\s?o\\.?\\s)box\\b|\\b(?:suite|ste\\.?) \\d`,
    weight: 0.9,
    reason: 'a postal address',
  },
  {
    match: `(?<=\\b\\d{1,5} (?:[a-z.]{1,20} ){1,4})(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|way|plaza|parkway|place)\\b`,
    weight: 0.9,
    reason: 'a street address',
  },
  {
    // Separate from the street: a street line and a state-and-ZIP line together are a full postal address, which
    // names where to write even in a passage with no other contact wording.
    match: `(?<=\\b[a-z]{2} )(?:0|1|2|3|4|5|6|7|8|9)\\d{4}(?:-\\d{4})?\\b`,
    weight: 0.9,
    reason: 'a state and ZIP code',
  },
  {
    match: `\\b(?:write to us|write us|call us|email us|e-mail us|send (?:us )?(?:an? )?(?:e-?mail|letter|written request)${NOT_TO_USERS}|by mail|mail us|toll[- ]free|privacy officer|data protection officer|dpo|privacy (?:team|office|department|coordinator|manager|director|administrator|desk)|help ?desk)\\b`,
    weight: 0.9,
    reason: 'channels to the company',
  },
  {
    // Postal addresses outside the US: UK postcodes ("EC1A 1BB") and continental street names ("Hauptstraße 5").
    // Both start at the number (digits spelled out as anchor words), so the cue is tried only where a number starts.
    match: `(?<=\\b[a-z]{1,2}\\d[a-z\\d]? )(?:0|1|2|3|4|5|6|7|8|9)[a-z]{2}\\b|(?<=[a-z](?:straße|strasse|str\\.|weg|platz|gasse|laan|gracht|vej|gatan|allee) )(?:0|1|2|3|4|5|6|7|8|9)`,
    weight: 0.9,
    reason: 'a postcode or street outside the US',
  },
  {
    // "When you contact us", "if you send us an email" name an occasion on which data is collected, not a way to reach
    // the company.
    match: `\\b(?:when|whenever|if|or otherwise|otherwise) you (?:(?:otherwise|directly|ever|first|later) )?(?:contact|communicate with|correspond with|send us|e-?mail us|write to us|call us) (?:us|customer|an? |any |e-?mails?|letters?|messages?|comments?|questions?)`,
    weight: -0.5,
    reason: 'contacting the company as an occasion of collection',
  },
  { match: `\\bcustomer (?:service|support|care)\\b`, weight: 0.4, reason: 'customer service' },
  { match: `\\bcontact (?:us|me)\\b`, weight: 0.3, reason: 'contact vocabulary' },
  { match: `\\b(?:questions|question)\\b`, weight: 0.3, reason: 'questions' },
  {
    // Not a fax number in a list of data collected, nor the company sending mail to users or for a client.
    match: `\\b(?:(?:by|via|through) (?:postal |snail )?mail|(?:facsimile|fax)(?! (?:number|no)\\b)|by writing|writing to us|send (?:us (?:snail )?mail|(?:snail )?mail to)|send (?:comments|questions|inquiries|requests)|(?:send|sending) (?:an? )?e-?mail (?:to|at)${NOT_TO_USERS}|who (?:can|should|do) (?:i|you) contact)\\b`,
    weight: 0.9,
    reason: 'how to write to the company',
  },
  {
    match: `\\bcontact(?:ing)?\\b${SHORT_GAP}\\b(?:at|by|via|through|online|office|department|officer|team|form)\\b`,
    weight: 0.5,
    reason: 'contact by some channel',
  },
  {
    match: `\\b(?:dispute resolution|unresolved (?:\\w+ ){0,4}(?:complaints?|concerns?|disputes?)|ombudsman|independent recourse)\\b`,
    // Naming the independent body that takes unresolved complaints tells the user whom to contact next.
    weight: 1,
    reason: 'where to take unresolved complaints',
  },
  {
    match: `\\b(?:file|lodge|submit|refer) (?:a |your )?(?:complaint|concern)s?\\b|\\bfeedback form\\b`,
    weight: 0.5,
    reason: 'how to file a complaint',
  },
  {
    match: `\\bcontact(?:ing)? us (?:at|by|via|through|using|on)\\b`,
    weight: 0.3,
    reason: '"contact us" followed by its channel',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -0.8,
    reason: 'an overview of what the policy covers names contacting without giving a way to',
  },
  {
    match: `\\bcontact (?:the |these |those |such |that |any )?(?:third[- ]part(?:y|ies)|advertisers?|compan(?:y|ies)|providers?|partners?|sites?|websites?|merchants?|operators?)\\b`,
    weight: -0.4,
    reason: 'contacting another organisation is not a way to reach the company',
  },
  {
    // "Call 1-800-..." — a number the user is told to ring (anchored on its first digit).
    match: `(?<=\\b(?:call|phone|dial|telephone|fax|text)(?: us)?(?: (?:at|on|toll-free|free))? \\(?)(?:0|1|2|3|4|5|6|7|8|9)`,
    weight: 0.4,
    reason: 'a number to call',
  },
  {
    // "We may communicate with you by mail, telephone or e-mail": the company's channels to the user, not the reverse.
    match: `\\b(?:contact|communicate with|correspond with|reach) you\\b${SHORT_GAP}\\b(?:by|via|through|including by) (?:postal |regular )?(?:mail|e-?mail|telephone|phone|fax|facsimile|text|sms|post)\\b`,
    weight: -0.9,
    reason: 'the company writing to or calling the user is not a way to reach it',
  },
  {
    // "Questions about this policy should be directed to ...": where the policy tells the reader to send enquiries.
    match: `\\b(?:inquiries|enquiries|questions|comments|complaints|concerns|correspondence|requests)\\b${GAP}\\b(?:should|may|can|must) be (?:sent|directed|addressed|mailed|submitted|emailed|e-mailed)\\b`,
    weight: 0.5,
    reason: 'where enquiries should be sent',
  },
  {
    // Only privacy-request forms: a site's "contact form" is as often a feature that collects data.
    match: `\\b(?:privacy (?:request )?(?:portal|center|centre|form)|(?:data subject|privacy|consumer) (?:rights )?request (?:form|portal)|request portal)\\b`,
    weight: 0.5,
    reason: 'a form or portal for privacy requests',
  },
  {
    // Instructions for writing to the company ("please include your name and the address to which you would like us
    // to respond", "put 'Opt-out' in the subject line") tell the reader how to reach it, even where the address
    // itself sits in another paragraph.
    match: `\\bplease (?:also )?include (?:your |the )?(?:[\\w-]+ ){0,3}?(?:name|e-?mail|address|telephone|phone|account number)\\b|(?<!\\brepl(?:y|ying|ies) [^.;:!?]{0,40})\\b(?:include|put|state|indicate|write|with)\\b[^.;:!?]{0,60}\\b(?:in|on) the (?:e-?mail )?subject line\\b`,
    weight: 1,
    reason: 'what to put in a message to the company',
  },
];
