import type { RecipientKind } from '../../schema';

// Who receives data. Two kinds of knowledge: well-known services by name (matched case-sensitively, as
// written in policies) and the generic ways policies describe a kind of recipient.

export interface KnownService {
  name: string;
  kind: RecipientKind;
  /** Other spellings that mean the same service. */
  aliases?: readonly string[];
  reason: string;
}

export const KNOWN_SERVICES: readonly KnownService[] = [
  { name: 'Google Analytics', kind: 'analytics', aliases: ['GA4'], reason: 'web analytics' },
  { name: 'Google Tag Manager', kind: 'analytics', reason: 'loads analytics and ad tags' },
  { name: 'Google Ads', kind: 'advertiser', aliases: ['Google AdWords', 'AdWords'], reason: 'ad network' },
  { name: 'Google AdSense', kind: 'advertiser', aliases: ['AdSense'], reason: 'ad network' },
  { name: 'DoubleClick', kind: 'advertiser', reason: "Google's ad serving" },
  { name: 'Google Marketing Platform', kind: 'advertiser', reason: 'ad platform' },
  { name: 'Facebook Pixel', kind: 'advertiser', aliases: ['Meta Pixel', 'Facebook Custom Audiences'], reason: 'ad conversion tracking' },
  { name: 'Meta', kind: 'advertiser', aliases: ['Meta Platforms'], reason: 'advertising platform (the bare word is checked for capitalisation)' },
  { name: 'LinkedIn Insight Tag', kind: 'advertiser', reason: 'ad conversion tracking' },
  { name: 'Twitter Ads', kind: 'advertiser', reason: 'ad network' },
  { name: 'Microsoft Advertising', kind: 'advertiser', aliases: ['Bing Ads'], reason: 'ad network' },
  { name: 'Amazon Advertising', kind: 'advertiser', reason: 'ad network' },
  { name: 'Criteo', kind: 'advertiser', reason: 'retargeting ads' },
  { name: 'Taboola', kind: 'advertiser', reason: 'content ads' },
  { name: 'Outbrain', kind: 'advertiser', reason: 'content ads' },
  { name: 'AppNexus', kind: 'advertiser', reason: 'ad exchange' },
  { name: 'The Trade Desk', kind: 'advertiser', reason: 'ad buying platform' },
  { name: 'Quantcast', kind: 'advertiser', reason: 'audience measurement and ads' },
  { name: 'AdRoll', kind: 'advertiser', reason: 'retargeting ads' },
  { name: 'Hotjar', kind: 'analytics', reason: 'session recording and heatmaps' },
  { name: 'Mixpanel', kind: 'analytics', reason: 'product analytics' },
  { name: 'Amplitude', kind: 'analytics', reason: 'product analytics' },
  { name: 'Matomo', kind: 'analytics', aliases: ['Piwik'], reason: 'web analytics' },
  { name: 'Adobe Analytics', kind: 'analytics', aliases: ['Omniture'], reason: 'web analytics' },
  { name: 'Microsoft Clarity', kind: 'analytics', reason: 'session recording' },
  { name: 'Plausible', kind: 'analytics', reason: 'web analytics' },
  { name: 'Fathom Analytics', kind: 'analytics', reason: 'web analytics' },
  { name: 'Crazy Egg', kind: 'analytics', reason: 'heatmaps' },
  { name: 'FullStory', kind: 'analytics', reason: 'session recording' },
  { name: 'Mouseflow', kind: 'analytics', reason: 'session recording' },
  { name: 'Kissmetrics', kind: 'analytics', reason: 'web analytics' },
  { name: 'Chartbeat', kind: 'analytics', reason: 'content analytics' },
  { name: 'comScore', kind: 'analytics', reason: 'audience measurement' },
  { name: 'Nielsen', kind: 'analytics', reason: 'audience measurement' },
  { name: 'Firebase Analytics', kind: 'analytics', reason: 'app analytics' },
  { name: 'Flurry', kind: 'analytics', reason: 'app analytics' },
  { name: 'Omniture', kind: 'analytics', reason: 'web analytics' },
  { name: 'Stripe', kind: 'service-provider', reason: 'payment processor' },
  { name: 'PayPal', kind: 'service-provider', reason: 'payment processor' },
  { name: 'Braintree', kind: 'service-provider', reason: 'payment processor' },
  { name: 'Adyen', kind: 'service-provider', reason: 'payment processor' },
  { name: 'Authorize.Net', kind: 'service-provider', reason: 'payment processor' },
  { name: 'Recurly', kind: 'service-provider', reason: 'subscription billing' },
  { name: 'Amazon Web Services', kind: 'service-provider', aliases: ['AWS'], reason: 'cloud hosting' },
  { name: 'Microsoft Azure', kind: 'service-provider', aliases: ['Azure'], reason: 'cloud hosting' },
  { name: 'Google Cloud', kind: 'service-provider', reason: 'cloud hosting' },
  { name: 'Cloudflare', kind: 'service-provider', reason: 'CDN and security' },
  { name: 'Akamai', kind: 'service-provider', reason: 'CDN' },
  { name: 'Fastly', kind: 'service-provider', reason: 'CDN' },
  { name: 'DigitalOcean', kind: 'service-provider', reason: 'hosting' },
  { name: 'Heroku', kind: 'service-provider', reason: 'hosting' },
  { name: 'Netlify', kind: 'service-provider', reason: 'hosting' },
  { name: 'Vercel', kind: 'service-provider', reason: 'hosting' },
  { name: 'Mailchimp', kind: 'service-provider', aliases: ['MailChimp'], reason: 'email marketing sender' },
  { name: 'SendGrid', kind: 'service-provider', reason: 'email delivery' },
  { name: 'Mailgun', kind: 'service-provider', reason: 'email delivery' },
  { name: 'Postmark', kind: 'service-provider', reason: 'email delivery' },
  { name: 'Constant Contact', kind: 'service-provider', reason: 'email marketing sender' },
  { name: 'Campaign Monitor', kind: 'service-provider', reason: 'email marketing sender' },
  { name: 'Klaviyo', kind: 'service-provider', reason: 'email marketing sender' },
  { name: 'Brevo', kind: 'service-provider', aliases: ['Sendinblue'], reason: 'email marketing sender' },
  { name: 'Zendesk', kind: 'service-provider', reason: 'customer support' },
  { name: 'Intercom', kind: 'service-provider', reason: 'customer messaging' },
  { name: 'Freshdesk', kind: 'service-provider', reason: 'customer support' },
  { name: 'HubSpot', kind: 'service-provider', reason: 'CRM' },
  { name: 'Salesforce', kind: 'service-provider', reason: 'CRM' },
  { name: 'Pipedrive', kind: 'service-provider', reason: 'CRM' },
  { name: 'Twilio', kind: 'service-provider', reason: 'SMS and voice' },
  { name: 'Formspree', kind: 'service-provider', reason: 'form handling' },
  { name: 'Typeform', kind: 'service-provider', reason: 'forms and surveys' },
  { name: 'SurveyMonkey', kind: 'service-provider', reason: 'surveys' },
  { name: 'Gravatar', kind: 'service-provider', reason: 'avatar lookup from an email hash' },
  { name: 'Akismet', kind: 'service-provider', reason: 'comment spam filtering' },
  { name: 'Google Fonts', kind: 'service-provider', reason: 'web fonts fetched from Google' },
  { name: 'Adobe Fonts', kind: 'service-provider', aliases: ['Typekit'], reason: 'web fonts' },
  { name: 'Google Maps', kind: 'service-provider', reason: 'embedded maps' },
  { name: 'reCAPTCHA', kind: 'service-provider', reason: 'bot protection' },
  { name: 'hCaptcha', kind: 'service-provider', reason: 'bot protection' },
  { name: 'Shopify', kind: 'service-provider', reason: 'e-commerce platform' },
  { name: 'Squarespace', kind: 'service-provider', reason: 'site host' },
  { name: 'Wix', kind: 'service-provider', reason: 'site host' },
  { name: 'Auth0', kind: 'service-provider', reason: 'authentication' },
  { name: 'Okta', kind: 'service-provider', reason: 'authentication' },
  { name: 'Sentry', kind: 'service-provider', reason: 'error monitoring' },
  { name: 'Calendly', kind: 'service-provider', reason: 'scheduling' },
  { name: 'Disqus', kind: 'service-provider', reason: 'comment hosting' },
  { name: 'Vimeo', kind: 'service-provider', reason: 'embedded video' },
  { name: 'YouTube', kind: 'service-provider', reason: 'embedded video' },
  { name: 'Dropbox', kind: 'service-provider', reason: 'file storage' },
  { name: 'Zoom', kind: 'service-provider', reason: 'video meetings (capitalised product name)' },
  { name: 'Slack', kind: 'service-provider', reason: 'messaging (capitalised product name)' },
  { name: 'OneTrust', kind: 'service-provider', reason: 'consent management' },
  { name: 'Cookiebot', kind: 'service-provider', reason: 'consent management' },
];

export interface KindTerm {
  kind: RecipientKind;
  pattern: string;
  /** Lower-case fragments one of which any match must contain: a cheap test that skips the regex. */
  hints: readonly string[];
  /**
   * Which verbs must govern the phrase: "any" includes using and hosting (a vendor we use is a recipient),
   * "disclosure" only verbs of handing data over ("to comply with the law" as a purpose names no recipient),
   * "none" when the phrase itself says data reaches the recipient ("visible to the public").
   */
  verbs: 'any' | 'disclosure' | 'none';
  reason: string;
}

export const KIND_TERMS: readonly KindTerm[] = [
  {
    kind: 'service-provider',
    pattern: String.raw`\b(?:third[- ]party )?(?:service|hosting|cloud|IT|payment|technology|email|storage|software|data|support) (?:service )?(?:providers?|processors?|vendors?)\b|\b(?:sub-?)?processors\b|\bsub-?processors?\b|\bvendors?\b|\bcontractors\b|\bsuppliers\b|\bthird[- ]party providers?\b|\bproviders? (?:of|that|who) (?:help|assist|perform|provide)\b|\b(?:on|in) our behalf\b|\bagents\b|\bpayment (?:processing|gateway)\b|\bhosting (?:company|companies|partners?)\b|\boutside (?:companies|service providers|contractors)\b|\bcompanies (?:that|who) (?:help|assist|work with|perform|provide)\b`,
    hints: ['provider', 'processor', 'vendor', 'contractor', 'supplier', 'behalf', 'agent', 'payment', 'hosting', 'outside', 'compan'],
    verbs: 'any',
    reason: 'vendors and processors acting for the organisation',
  },
  {
    kind: 'analytics',
    pattern: String.raw`\banalytics? (?:providers?|services?|partners?|compan(?:y|ies)|tools?|vendors?|platforms?|software)\b|\bweb (?:traffic )?analy(?:sis|tics) (?:services?|providers?)\b|\bproviders of web traffic analysis\b|\baudience measurement\b|\bmeasurement (?:partners?|providers?|companies)\b`,
    hints: ['analy', 'measurement'],
    verbs: 'any',
    reason: 'analytics and measurement providers',
  },
  {
    kind: 'advertiser',
    pattern: String.raw`\badvertisers\b|\badvertising (?:partners?|networks?|compan(?:y|ies)|providers?|services|platforms?|agencies|vendors)\b|\bad (?:networks?|partners?|servers?|exchanges?|tech companies)\b|\bmarketing partners?\b|\bthird[- ]party advertis\w{0,3}\b|\b(?:interest|behaviou?ral)[- ]based advertising\b|\btargeted advertising\b|\bretargeting\b|\bdata brokers?\b`,
    hints: ['advertis', 'ad ', 'marketing partner', 'retargeting', 'broker'],
    verbs: 'disclosure',
    reason: 'advertisers, ad networks and marketing partners',
  },
  {
    kind: 'affiliate',
    pattern: String.raw`\baffiliat(?:es|ed (?:companies|entities|organi[sz]ations))\b|\bsubsidiar(?:y|ies)\b|\bparent (?:company|companies|corporation)\b|\bholding company\b|\bgroup (?:companies|entities|members)\b|\bmembers? of our (?:corporate )?(?:group|family)\b|\bcorporate family\b|\bsister compan(?:y|ies)\b|\bcompanies (?:under common control|in our group)\b`,
    hints: ['affiliat', 'subsidiar', 'parent', 'holding', 'group', 'family', 'sister', 'common control'],
    verbs: 'disclosure',
    reason: 'companies in the same corporate group',
  },
  {
    kind: 'government',
    pattern: String.raw`\blaw enforcement\b|\bcourts?\b|\bcourt orders?\b|\bsubpoenas?\b|\bsearch warrants?\b|\bregulators?\b|\bregulatory (?:authorit(?:y|ies)|bodies|agencies)\b|\bgovernment(?:al)? (?:agenc(?:y|ies)|authorit(?:y|ies)|bodies|departments?|requests?|officials|entities)\b|\bpublic (?:authorit(?:y|ies)|institutions|agencies|bodies)\b|\blegal process\b|\bcomply with (?:a |any |an |the |our |applicable |all )?(?:applicable )?(?:law|laws|legal|regulat\w{1,6}|judicial|lawful)\b|\brequired (?:to do so )?by (?:applicable )?law\b|\blegally required\b|\bnational security\b|\btax authorit(?:y|ies)\b|\bdata protection (?:agenc(?:y|ies)|authorit(?:y|ies))\b|\bpolice\b`,
    hints: ['law', 'court', 'subpoena', 'warrant', 'regulat', 'government', 'public', 'legal', 'national security', 'tax', 'data protection', 'police'],
    verbs: 'disclosure',
    reason: 'courts, law enforcement, regulators and legal process',
  },
  {
    kind: 'acquirer',
    pattern: String.raw`\bmergers?\b|\bacquisitions?\b|\b(?:are|is|be|being|been|were|was|get|gets) acquired\b|\bacquired by\b|\breorgani[sz]ations?\b|\bbankruptcy\b|\binsolvency\b|\bdivestitures?\b|\bchange (?:of|in) (?:control|ownership)\b|\b(?:sale|sell|buy|purchase|transfer) (?:of )?(?:\w+ ){0,4}(?:business|assets|company|companies|stock|shares)\b|\b(?:prospective|potential) (?:buyers?|purchasers?|acquirers?)\b|\bbuyer of\b|\bsuccessors? (?:in interest|entity|company|organi[sz]ation)?\b|\bbusiness transfers?\b`,
    hints: ['merger', 'acqui', 'reorgani', 'bankruptcy', 'insolvency', 'divestiture', 'change', 'business', 'assets', 'compan', 'stock', 'shares', 'buyer', 'purchaser', 'successor'],
    verbs: 'disclosure',
    reason: 'a buyer or successor in a merger, acquisition or sale',
  },
  {
    kind: 'public',
    pattern: String.raw`\b(?:visible|viewable|accessible|available|displayed|shown) to (?:the public|the general public|everyone|anyone|other users|others|other members|all users|other visitors)\b|\bpublicly (?:visible|available|accessible|displayed|posted|viewable|shared)\b|\bmade public\b|\bbecomes? public\b|\bpublic(?:ly)? (?:profile|forums?|areas?|posts?|comments?|spaces?|pages?)\b|\bother users (?:can|may|will) (?:see|view|read)\b|\bpublic information\b`,
    hints: ['visible', 'viewable', 'accessible', 'available', 'displayed', 'shown', 'public'],
    verbs: 'none',
    reason: 'other users and the public',
  },
  {
    kind: 'other',
    pattern: String.raw`\b(?:other |unaffiliated |non-affiliated |selected |trusted |carefully selected |business )?third[- ]parties\b|\b(?:business|trusted|selected|carefully selected|strategic|overseas|commercial|co-marketing|joint[- ]marketing) partners\b|\bour partners\b|\bother (?:companies|organi[sz]ations)\b`,
    hints: ['third', 'partner', 'other compan', 'other organi'],
    verbs: 'disclosure',
    reason: 'unspecified third parties and partners (used only when no kind is named)',
  },
];
