import type { DataType } from '../../schema';

// How policies name each kind of personal data. Each entry is a regex source (matched case-insensitively on
// one sentence) with the reason it means that type. Bounded alternations only: no nested quantifiers.

export interface DataTypeTerm {
  type: DataType;
  pattern: string;
  /** Lower-case fragments one of which any match must contain: a cheap test that skips the regex. */
  hints: readonly string[];
  reason: string;
}

export const DATA_TYPE_TERMS: readonly DataTypeTerm[] = [
  {
    type: 'name',
    pattern: String.raw`\b(?:full|first|last|given|family|legal|real|your|sur) ?names?\b|(?<!\b(?:company|domain|file|brand|product|business|host|user|account|screen|device|trade|browser|network|the|by|its|their|our|same|app|event|project|site|website|cookie|friend's|organization|organisation|in the)[ -])\bnames?\b(?! of (?:the|our|any|third|such|these|those|companies|service))`,
    hints: ['name'],
    reason: 'a person\'s name; "company name", "domain name", "user name" and "by name" are something else',
  },
  {
    type: 'email',
    pattern: String.raw`\be-?mail (?:address(?:es)?|id)\b|(?<!\b(?:via|by|through|over|per|an|our|by way of|marketing|promotional)\s)\be-?mails?\b(?!\s(?:us|to us|at|newsletters?|marketing|campaigns?|communications?|notifications?|footer|link|messages|updates|share|feature|preferences))`,
    hints: ['mail'],
    reason: 'an email address; "contact us by email" or "marketing emails" name a channel, not the data',
  },
  {
    type: 'phone',
    pattern: String.raw`\b(?:tele)?phone(?: numbers?)?\b(?!\s(?:calls?|type|model|settings))|\b(?:mobile|cell(?:ular)?|contact|fax) (?:phone )?numbers?\b`,
    hints: ['phone', 'number'],
    reason: 'a telephone number',
  },
  {
    type: 'postal-address',
    pattern: String.raw`\b(?:postal|mailing|home|street|billing|shipping|delivery|physical|residential|mail|post|business|correspondence) address(?:es)?\b|(?<=(?:\byour|\band|\bor|,|\bname|\bincluding)\s)address(?:es)?\b(?!\s(?:book|bar|of the|the|your|any|these|this|those|our|it|them))`,
    hints: ['address'],
    reason: 'a postal address; "email address" and "IP address" are other types',
  },
  {
    type: 'government-id',
    pattern: String.raw`\bsocial security (?:numbers?|nos?\.?)|\bSSNs?\b|\bpassports?\b|\bdriver'?s'? licen[cs]es?|\bdriving licen[cs]es?|\bgovernment[- ](?:issued )?(?:id|identif\w{0,12}|identity)|\bnational (?:id|identity|identification|insurance)\b|\btax (?:id|identification)|\b(?:identity|ID) (?:cards?|documents?|numbers?)\b|\bsocial insurance numbers?`,
    hints: ['security', 'ssn', 'passport', 'licen', 'government', 'national', 'tax', 'identi', 'id ', 'id card', 'insurance'],
    reason: 'a government-issued identifier',
  },
  {
    type: 'account',
    pattern: String.raw`\buser ?names?\b|\bpasswords?\b|\blog-?in (?:credentials|details|information|data|name)|\bsign-?in\b|\bcredentials\b|\baccount (?:information|details|data|credentials|settings|name|number|profile)\b|\bprofile (?:information|data|details|picture)?\b|\bpreferences\b|\bauthentication\b|\bsecurity questions?\b`,
    hints: ['user', 'password', 'log', 'sign', 'credential', 'account', 'profile', 'preference', 'authentic', 'security question'],
    reason: 'account data: username, password, profile, preferences',
  },
  {
    type: 'payment',
    pattern: String.raw`\bpayment (?:card |method |)?(?:information|details|data|info|methods?)\b|\bcredit (?:or debit )?cards?\b|\bdebit cards?\b|\bcard (?:numbers?|details|information|data)\b|\bbank (?:account|details|information)|\bbilling (?:information|details|data|address|records)\b|\bfinancial (?:information|account|data|details)|\bIBAN\b|\bcardholder\b`,
    hints: ['pay', 'card', 'bank', 'billing', 'financial', 'iban'],
    reason: 'payment data: card, billing, bank',
  },
  {
    type: 'purchases',
    pattern: String.raw`\bpurchase (?:history|information|records?|details|data)\b|\border (?:history|information|details|data|records?)\b|\btransaction (?:history|information|data|details|records?)\b|\bpurchasing (?:habits|history|behaviou?r|patterns)\b|\bproducts? (?:you (?:have )?)?(?:purchased|bought|ordered)\b|\bmake a purchase\b|\bcommercial information\b|\bitems? (?:you )?(?:purchased|bought)\b|\bpurchases\b`,
    hints: ['purchas', 'order', 'transaction', 'bought', 'commercial'],
    reason: 'what the user bought or ordered',
  },
  {
    type: 'ip-address',
    pattern: String.raw`\bIP\b|\binternet protocol\b`,
    hints: ['ip', 'internet protocol'],
    reason: 'an Internet Protocol address',
  },
  {
    type: 'device-id',
    pattern: String.raw`\bdevice (?:identifiers?|IDs?|identification)\b|\bunique (?:device )?identifiers?\b|\bIMEI\b|\bUDID\b|\bMAC address(?:es)?\b|\b(?:mobile )?advertising (?:identifiers?|IDs?)\b|\bIDFA\b|\bAAID\b|\bandroid ID\b|\bhardware (?:identifiers?|IDs?)\b`,
    hints: ['identif', 'device id', 'imei', 'udid', 'mac ', 'advertising id', 'idfa', 'aaid', 'android', 'hardware'],
    reason: 'an identifier of the device',
  },
  {
    type: 'device-info',
    pattern: String.raw`\bbrowser(?: types?| versions?| information| language| settings| software)?\b|\boperating systems?\b|\buser[- ]agent\b|\bdevice (?:types?|information|info|models?|data|details|characteristics|attributes|settings)\b|\bhardware (?:models?|settings)\b|\bscreen (?:resolution|size)\b|\bmobile network information\b|\b(?:ISP|internet service provider)\b|\bcomputer (?:type|information)\b|\binformation about your (?:computer|device|browser)\b`,
    hints: ['browser', 'operating', 'agent', 'device', 'hardware', 'screen', 'network', 'isp', 'internet service', 'computer'],
    reason: 'browser, operating system, user agent and other device details',
  },
  {
    type: 'cookies',
    pattern: String.raw`\bcookies?\b|\bpixels?(?: tags?)?\b|\bweb beacons?\b|\bbeacons?\b|\bclear gifs?\b|\btracking technolog(?:y|ies)\b|\bsimilar technologies\b|\blocal storage\b|\b(?:mobile )?advertising (?:identifiers?|IDs?)\b|\bIDFA\b|\bAAID\b|\bSDKs?\b`,
    hints: ['cookie', 'pixel', 'beacon', 'gif', 'tracking', 'technolog', 'storage', 'advertising id', 'idfa', 'aaid', 'sdk'],
    reason: 'cookies, pixels, web beacons and advertising identifiers',
  },
  {
    type: 'usage',
    pattern: String.raw`\busage (?:data|information|details|statistics)\b|\b(?:your )?usage of\b|\bpages? (?:viewed|visited|you (?:visit|view)|browsed|views?)\b|\b(?:viewed|visited|browsing|referring|exit) pages\b|\bclicks?\b|\bclick(?:stream| behaviou?r|s)\b|\bsearch(?:es| queries| terms| history)\b|\bbrowsing (?:history|behaviou?r|records|actions|activity|patterns|data)\b|\btime (?:spent|on (?:page|site))\b|\bdwell time\b|\bsession (?:duration|length|data)\b|\bnavigation (?:paths?|data|patterns)\b|\breferr(?:ing|al|er) (?:URLs?|pages?|sites?|websites?|sources?)\b|\binteractions? with (?:our|the)\b|\bhow you (?:use|interact|navigate)\b|\btraffic data\b|\blog (?:files?|data|information)\b|\b(?:server|web) ?logs\b|\binternet (?:or other (?:electronic )?network )?activity\b|\baccess (?:times|dates|logs)\b|\bfeatures? you use\b|\b(?:user|customer) (?:activity|activities|behaviou?r|interaction)\b|\bactivity (?:on|data|information|logs?)\b|\baudit[- ]logs?\b`,
    hints: ['usage', 'page', 'click', 'search', 'brows', 'time', 'dwell', 'session', 'navigat', 'referr', 'interact', 'how you', 'traffic', 'log', 'activity', 'activities', 'access', 'feature', 'behavio', 'internet'],
    reason: 'how the service is used: pages, clicks, searches, time on page, logs',
  },
  {
    type: 'location',
    pattern: String.raw`(?<!\b(?:precise|exact|GPS|physical|storage|server|geographic|specific)\s)\blocation(?: data| information)?\b(?!\s(?:of (?:our|the|its) (?:servers?|offices?|facilities)))|\bgeographic(?:al)? (?:location|region|area|data)\b|\b(?:postal|zip|post) codes?\b|\barea codes?\b|\bcountry (?:of residence|and city)\b|\bcity and (?:state|country)\b`,
    hints: ['location', 'geographic', 'code', 'country', 'city'],
    reason: 'approximate location (region, city, postal code)',
  },
  {
    type: 'precise-location',
    pattern: String.raw`\b(?:precise|exact|specific) (?:geo)?location\b|\bGPS\b|\bgeo-?location\b|\blatitude\b|\blongitude\b|\bgeo-?coordinates\b`,
    hints: ['location', 'gps', 'latitude', 'longitude', 'coordinates'],
    reason: 'precise location: GPS, geolocation, coordinates',
  },
  {
    type: 'demographic',
    pattern: String.raw`(?<!\b(?:the|minimum|legal|under|digital|majority)\s)\bage\b(?!\s(?:of|limit|\d|group of|requirement|verification))|\bdates? of birth\b|\bbirth ?dates?\b|\bbirthdays?\b|\bgender\b|\bsex\b(?!ual)|\bdemographics?\b|\bdemographic (?:information|data)\b|\bmarital status\b|\bnationality\b|\bethnicity\b|\bethnic origin\b|\brace\b|\bincome\b|\bhousehold (?:size|income)\b`,
    hints: ['age', 'birth', 'gender', 'sex', 'demographic', 'marital', 'nationality', 'ethnic', 'race', 'income', 'household'],
    reason: 'demographics: age, gender, birth date',
  },
  {
    type: 'health',
    pattern: String.raw`\bhealth\b|\bmedical\b|\bdisabilit(?:y|ies)\b|\bprescriptions?\b|\bdiagnos[ie]s\b|\bfitness data\b`,
    hints: ['health', 'medical', 'disabilit', 'prescription', 'diagnos', 'fitness'],
    reason: 'health and medical data',
  },
  {
    type: 'biometric',
    pattern: String.raw`\bbiometrics?\b|\bfinger ?prints?\b|\bface ?prints?\b|\bfacial (?:recognition|geometry|scans?|features)\b|\bvoice ?prints?\b|\bretina(?:l)? scans?\b|\biris scans?\b`,
    hints: ['biometric', 'print', 'facial', 'retina', 'iris'],
    reason: 'biometric identifiers',
  },
  {
    type: 'social-media',
    pattern: String.raw`\bsocial (?:media|network(?:ing)?|platforms?)\b|\bLinkedIn\b|\bFacebook\b|\bTwitter\b|\bInstagram\b|\bTikTok\b|\bfriends? lists?\b|\bsocial (?:profile|login)\b`,
    hints: ['social', 'linkedin', 'facebook', 'twitter', 'instagram', 'tiktok', 'friend'],
    reason: 'data from or about social-media accounts',
  },
  {
    type: 'communications',
    pattern: String.raw`\bmessages?\b|\bcorrespondence\b|(?<!\b(?:marketing|promotional|service-related|electronic|commercial|transactional|our)\s)\bcommunications?(?: data)?\b|\bcomments?\b|\bfeedback\b|\bsurvey (?:responses|answers|data)\b|\b(?:support|customer service|help) (?:requests|tickets|inquiries|enquiries)\b|\binquir(?:y|ies)\b|\benquir(?:y|ies)\b|\bform (?:contents|submissions|data)\b|\bcontents? of (?:your|the) (?:messages?|communications?|emails?)\b|\bchat (?:logs|transcripts|messages)\b|\breviews\b|\bcall recordings?\b`,
    hints: ['message', 'correspond', 'communication', 'comment', 'feedback', 'survey', 'request', 'inquir', 'enquir', 'form', 'content', 'chat', 'review', 'recording'],
    reason: 'messages, support correspondence, comments, form contents',
  },
  {
    type: 'employment',
    pattern: String.raw`\bjob (?:titles?|applications?|history|position)\b|\bemployer\b|\boccupation\b|\bemployment (?:history|information|details|status|data)\b|\bCVs?\b|\br[ée]sum[ée]s?\b|\bwork (?:history|experience)\b|\bprofessional (?:information|background|details|qualifications)\b|\bemployee ID\b`,
    hints: ['job', 'employ', 'occupation', 'cv', 'sum', 'work', 'professional'],
    reason: 'employment: job title, employer, CV',
  },
  {
    type: 'media',
    pattern: String.raw`\bphotos?\b|\bphotographs?\b|\bpictures?\b|\bimages?\b|\bvideos?\b|\baudio(?: recordings?)?\b|\bvoice recordings?\b`,
    hints: ['photo', 'picture', 'image', 'video', 'audio', 'recording'],
    reason: 'photos, audio and video',
  },
];
