import { GAP, SHORT_GAP, WORD_GAP, type CueRow } from './types';

// User choice and control, and access, correction and deletion.

/** After a user noun: staff or records named after the people they serve are not the user acting. */
const NOT_STAFF =
  '(?![^\\w.;:!?]{1,8}(?:support|service|services|care|success|data|information|records?|lists?|relations|representatives?|agents?|team|staff|portal)\\b)';
/** After "access": opening a web page (the log-file boilerplate "a request to access (i.e., visit) a web page"). */
const NOT_A_PAGE = '(?! \\(i\\.e\\.| (?:a |the )?web ?pages?\\b)';
/**
 * After "access" or "view": using the company's service ("you may be able to access our goods and services", "the ability
 * to access our collections") is not the user's data.
 */
const NOT_THE_SERVICE =
  '(?! (?:to )?(?:our|the|this|these) (?:\\w+ )?(?:goods|services?|sites?|websites?|web ?sites?|online services|collections?|products?|apps?|applications?|platform)\\b)';
/** After "review", "view" or "know": reading a policy ("you may review its privacy policy") is not acting on data. */
const NOT_A_POLICY =
  '(?! (?:its|their|the|our|this|that|these|those|such)(?: updated| revised| new| current| applicable| respective)?(?: online)?(?: privacy)? (?:policy|policies|notice|notices|statement|statements|terms|practices)\\b)';

export const RIGHTS_CUES: readonly CueRow[] = [
  {
    // An opt-out is the choice the contract names first: it stays a rights passage inside a long sharing paragraph.
    match: `\\bopt(?:[- ]?out|[- ]?in|s out|ed out|ing[- ]out)\\b`,
    weight: 1.3,
    reason: 'opting out or in',
  },
  {
    match: `\\bunsubscrib\\w*|\\bremove (?:yourself|your name|your (?:e-?mail )?address) from\\b|\\bstop receiving\\b|\\bno longer (?:wish|want|desire|like) to (?:receive|be)\\b|\\bdo not (?:wish|want) to (?:receive|be contacted|participate|have)|\\bopt(?:[- ]?out| out) (?:of|from) (?:receiving|(?:our |all |any |these |such |future )?(?:promotional|marketing|e-?mail|communications|newsletters|messages|mailings))`,
    weight: 1,
    reason: 'stopping communications',
  },
  {
    // Not staff named after the people they serve ("customer service representatives can update your account"), nor
    // the log-file boilerplate "each time you make a request to access (i.e., visit) a web page", nor reading a policy.
    match: `\\b(?:you|users?|members?|visitors?|customers?|parents?|individuals?|residents?|consumers?|patients?|subscribers?|data subjects?|account holders?|students?|applicants?|clients?|guests?|donors?|registrants?)${NOT_STAFF}${WORD_GAP}(?:can|may|are able to|have the (?:right|ability|option|opportunity)|right to|choose to|request to|be able to|will be given|are entitled)${WORD_GAP}(?:(?:access|view)\\b${NOT_THE_SERVICE}|review|update|correct|edit|change|modify|amend|delete|remove|erase|object|restrict|withdraw|request|obtain|disable|decline|refuse|block|reject|limit|choose|control|manage|deactivate|close|cancel|adjust|turn off|set|elect|exercise|know|clear)\\b${NOT_A_PAGE}${NOT_A_POLICY}`,
    weight: 1.1,
    reason: 'what the user may do about their data',
  },
  {
    // "We reserve the right to access ..." is the company's right, not the user's.
    match: `(?<!\\breserves? (?:the|all) )\\b(?:right|rights) (?:to|of) (?:access|rectification|erasure|be forgotten|restrict|object|data portability|portability|withdraw|lodge|know|delete|correct|opt|request)`,
    weight: 1,
    reason: 'named data-subject rights',
  },
  {
    // Plural only: "providing it is your choice" describes optional fields, not a choice the policy offers. "Your
    // options" is the options cue's. Below 0.8 with the choice vocabulary: a table of contents or a pointer ("to
    // learn your choices, click here") names the topic, a rights passage says what the choice is.
    // "Online choices" is how the European programme (youronlinechoices) names the same choice.
    match: `\\byour choices\\b|\\bchoices? (?:about|regarding)\\b|\\bonline choices\\b`,
    weight: 0.5,
    reason: 'the user’s choices',
  },
  {
    // Weak alone: a "Your California Privacy Rights" heading names a statute, "changes that alter your rights" and
    // "if your privacy rights have been violated" state none; GDPR rights passages name the rights themselves.
    match: `\\byour (?:rights|privacy rights)\\b`,
    weight: 0.3,
    reason: 'the user’s rights mentioned',
  },
  {
    // Cookies may be named by kind, as consent banners do ("reject non-essential cookies", "switch off analytics cookies"),
    // and refused by opting out of them ("how to \"opt-out\" of receiving cookies").
    match: `\\b(?:browser|device) (?:settings?|preferences|options|controls)|\\b(?:refuse|disable|block|reject|delete|remove|decline|turn off|switch off|manage|clear|control) (?:all |some |the |these |third[- ]party |such |most )?(?:(?:non-?essential|optional|analytics?|advertising|marketing|performance|functional|functionality|targeting|tracking) )?(?:cookies|flash cookies|local storage)\\b|\\bset your browser\\b|\\bhelp (?:menu|section|feature|function)|\\bopt(?:[- ]?out|ing[- ]out| out)"? (?:of|from) (?:receiving |accepting |the use of |(?:the |these |such |their |our )?(?:third[- ]party |advertising |tracking )?)cookies\\b`,
    weight: 0.9,
    reason: 'controlling cookies in the browser',
  },
  {
    // Current consent tools count as settings ("Cookie Settings", a consent manager, the cookie banner); a cookie that
    // remembers "your ad preferences" is a feature, so only "ad settings" does.
    match: `\\b(?:account settings|privacy settings|settings page|preference cent(?:er|re)|profile page|communication preferences|edit (?:your )?profile|update your (?:profile|account|information|preferences)|(?:cookie|consent) (?:settings|preferences|manager)|ads? settings|cookie banner|privacy choices)\\b|(?<=\\bmy )account\\b|(?<=\\byour )account (?:page|settings)\\b|(?<=\\be-?mail )preferences\\b`,
    weight: 0.8,
    reason: 'settings the user controls',
  },
  {
    // Health notices say "without your written authorization" for the same choice.
    match: `\\b(?:withdraw(?:ing|al of|n)? (?:your )?consent|revoke (?:your )?consent|with(?:out)? (?:your|the user.s|their) (?:prior |express |explicit |affirmative |written )*(?:consent|permission|authori[sz]ation))`,
    weight: 0.5,
    reason: 'consent as a choice',
  },
  {
    match: `\\b(?:if you (?:do not|don't|dont|cannot|can't|can not|prefer not to|would rather not) (?:wish|want|prefer|agree|accept|like)|if you disagree|you (?:may|can) (?:choose|elect) not to|you (?:may|can) decline to|at your (?:option|discretion)|you are not required to)\\b`,
    weight: 0.8,
    reason: 'a choice left to the user',
  },
  {
    // Half a cue: "your email address is optional", "participation is voluntary" mostly describe a sign-up form (a
    // collection passage); with a way to decline or another choice the passage is about the user's choice.
    match: `\\b(?:is|are) (?:entirely |completely |strictly )?(?:optional|voluntary)\\b`,
    weight: 0.5,
    reason: 'information or participation that is optional',
  },
  {
    // Half a cue: naming the programme ("we comply with the DAA principles", "Google is a member of the NAI", "learn
    // about online advertising at aboutads.info") offers no choice; with an opt-out or a stated choice it labels.
    match: `\\b(?:network advertising initiative|digital advertising alliance|aboutads\\.info|networkadvertising\\.org|youradchoices|youronlinechoices|adchoices|nai)\\b`,
    weight: 0.5,
    reason: 'industry opt-out programmes',
  },
  {
    match: `\\b(?:supervisory authority|data protection authority|lodge a complaint|non-?discriminat\\w*|authori[sz]ed agent|verif(?:y|ied) (?:your )?(?:identity|request))`,
    weight: 0.8,
    reason: 'exercising statutory rights',
  },
  {
    // An app "requests access to your camera" for a permission; the user's request is for access to their data.
    match: `\\b(?:request|requests|requesting) (?:access(?! to (?:your |the )?(?:device|camera|microphone|contacts|location|photos?|calendar|bluetooth|storage|files|gallery|address book)\\b)|deletion|correction|removal|the (?:deletion|correction|removal|erasure) of (?:\\w+ ){0,3}(?:information|data|details|account|profile|content|records?|posts?|photos?|e-?mail address|name)|a copy|that we (?:delete|correct|remove|stop|update|not|cease|restrict)|to (?:access|delete|correct|remove|review)${NOT_A_PAGE})\\b|\\b(?:access|correct|update|delete|review)${SHORT_GAP}\\b(?:your (?:personal )?(?:information|data|account|profile))|\\b(?:correct|update|delete|review|remove|modify|edit)${SHORT_GAP}\\byour (?:own )?(?:\\w+ ){1,2}(?:information|data|account|profile)\\b`,
    weight: 0.8,
    reason: 'data-subject requests',
  },
  {
    match: `\\b(?:update|correct|edit|modify|change|delete|remove|review|revise|revoke|prevent|disable)\\b`,
    weight: 0.25,
    reason: 'editing verbs',
  },
  {
    // Changing one's mind is taking a consent back ("to change your mind, contact our Privacy Officer"); a purchase
    // returned is not.
    match: `\\b(?:revoke|revoking|revocation)\\b|\\bwithdraw(?:ing|al of) (?:your |their )?consent\\b|\\b(?:changing|change|adjust|adjusting|modify|modifying) (?:the |your )?(?:settings|preferences)\\b|\\b(?:prevent|stop) cookies\\b|\\bchange (?:your|their) minds?\\b(?! about (?:a|an|the|your|their) (?:purchase|order|item|product|booking|ticket|gift)s?\\b)`,
    weight: 0.8,
    reason: 'revoking or adjusting settings',
  },
  {
    match: `\\bso (?:that )?we (?:can|may|will) (?:delete|remove|correct|update)\\b|\\b(?:review|revise|update|correct) (?:or|and) (?:revise|update|correct|delete|change)\\b`,
    weight: 0.9,
    reason: 'asking the company to edit data',
  },
  {
    match: `\\b(?:choice|choices|choose|decline|preferences|consent|settings)\\b`,
    weight: 0.25,
    reason: 'choice vocabulary',
  },
  {
    match: `\\b(?:complain|complaint|complaints|escalate)\\b${SHORT_GAP}\\b(?:regulatory|supervisory|data protection|privacy) (?:authority|authorities|commissioner|regulator)|\\brequests? for (?:access|deletion|correction|erasure|a copy|portability)`,
    weight: 0.9,
    reason: 'complaints and access requests',
  },
  {
    match: `\\b(?:right|entitled) to (?:make|file|lodge|submit|bring) (?:a )?complaint|\\b(?:make|file|lodge|submit) a complaint (?:with|to)\\b`,
    weight: 1,
    reason: 'the right to complain to a regulator',
  },
  {
    match: `\\b(?:view|review|see|access) (?:and|or) (?:change|update|correct|edit|modify|delete)\\b|\\b(?:change|update|edit|modify|make changes to) your (?:e-?mail|password|preferences|settings|account|subscriptions?|profile|newsletter)|\\b(?:adjust|change|update|modify|manage) your (?:\\w+ )?(?:preferences|settings|choices)\\b`,
    weight: 0.9,
    reason: 'changing one’s own details and preferences',
  },
  {
    // Not "by using the site you consent to ...": consent read into continued use leaves the user no choice to make.
    match: `\\b(?:on|upon) (?:your )?request\\b|\\b(?:if|where|when) you (?:have )?(?:provided|given|consented|opted)`,
    weight: 0.6,
    reason: 'consent, and requests the user can make',
  },
  {
    match: `(?<!(?:policy|statement|notice|terms|agreement|site|services?) )\\b(?:can|may|will) be (?:\\w+ )?(?:updated|corrected|edited|deleted|removed|amended|reviewed|accessed|deactivated|cancell?ed)\\b${SHORT_GAP}\\b(?:by (?:you|calling|contacting|e-?mailing|visiting|logging|signing|clicking|going|writing|sending)|at any time|on request|upon request|through|via)\\b`,
    weight: 0.9,
    reason: 'the user’s data can be edited through some channel',
  },
  {
    match: `\\b(?:wish|want|prefer|like|ask us|request|choose|elect) (?:to |that we |us to )?(?:no longer|not|exclude|limit|remove|delete|suppress|stop|cancel|terminate|deactivate|close|be removed|be excluded|have (?:your|it|them|this|that|such) (?:\\w+ ){0,3}(?:removed|deleted|corrected|changed|updated))\\b`,
    weight: 1,
    reason: 'the user asks for data to be removed, limited or left alone',
  },
  {
    match: `\\b(?:option|ability|opportunity) (?:to|of) (?:choose|decide|opt|decline|refuse|object|disable|turn off|block|withdraw|clear|reject|restrict|export|limit|control|manage|share|receive|not|select|elect|remove|delete|review|edit|access\\b${NOT_THE_SERVICE}|change|update|correct|deactivate|unsubscribe)\\b|\\b(?:ask|asks|asked) (?:you )?whether (?:or not )?(?:you|they)\\b|\\bwhether (?:or not )?you (?:would like|wish|want|agree|consent|choose|prefer)\\b`,
    weight: 0.8,
    reason: 'the user is offered a choice',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -0.6,
    reason: 'an overview of what the policy covers names every practice without stating one',
  },
  {
    match: `\\b(?:employees|staff|personnel|agents|contractors|providers|vendors|parties|partners|affiliates|they|who|companies)\\b${SHORT_GAP}\\b(?:have|has|need|given|granted|gain|obtain) access to\\b`,
    weight: -0.8,
    reason: 'staff or recipients having access is not the user’s right of access',
  },
  {
    // Asking before acting is the opt-in side of choice ("we will ask for your consent before ...").
    match: `\\b(?:require|requires|required|obtain|obtaining|ask for|asks for|seek|get|request) (?:for )?(?:your|the user.s|their) (?:prior |written |express |explicit |affirmative |specific |opt-in )*(?:consent|authori[sz]ation|permission|approval)\\b`,
    weight: 0.6,
    reason: 'consent asked for before a use',
  },
  {
    match: `\\b(?:make|request) (?:any )?changes to (?:any |the |your )?(?:personal )?(?:information|data|details|profile)\\b|\\b(?:disassociate|disconnect|unlink)\\b`,
    weight: 0.9,
    reason: 'changing or unlinking one’s own information',
  },
  {
    match: `(?<=\\byour (?:\\w+ )?)options\\b|\\boptions (?:regarding|about|for|concerning) (?:your|such|the|this)\\b|(?<=\\b(?:opportunity|right|ability) to )object\\b|(?<=\\b(?:you|may|can) )object to\\b`,
    weight: 0.7,
    reason: 'the user’s options and objections',
  },
  {
    // Checking identity before showing an account protects it; the request itself is stated elsewhere.
    match: `\\bverif(?:y|ied|ication)\\b${GAP}\\bidentity\\b${GAP}\\bbefore (?:granting|giving|providing|allowing|we (?:can )?(?:grant|give|provide|allow))\\b`,
    weight: -1,
    reason: 'verifying identity before granting access is account security',
  },
  {
    // Statutory (GDPR, CCPA and state-law) wording for using one's rights.
    match: `\\bexercis(?:e|es|ing) (?:any of |all of |some of |these |those |such |the )?(?:your |their |his or her )?(?:\\w+ )?(?:privacy |data protection |consumer )?rights\\b|\\bdiscriminat\\w* against you\\b|\\bappeal (?:our|the|that|this|a|any) (?:decision|denial|refusal)|(?<=\\bright to )appeal\\b|\\bverifiable (?:consumer )?requests?\\b`,
    weight: 1,
    reason: 'exercising statutory rights, non-discrimination and appeals',
  },
  {
    match: `\\b(?:request|ask us for|ask for|obtain|receive|get) a copy of (?:the |your |any |all )?(?:personal )?(?:data|information|details|records)\\b`,
    weight: 0.9,
    reason: 'asking for a copy of one’s data',
  },
  {
    // "identifying the information you would like removed": the request in the user's words.
    match: `(?<=\\b(?:would like|wish|want)(?: \\w+){0,4} )(?:removed|deleted|corrected|erased)\\b`,
    weight: 0.9,
    reason: 'data the user wants removed or corrected',
  },
  {
    // GDPR names the rights as nouns ("rectification, erasure, restriction, portability and objection"); HIPAA's
    // "Portability and Accountability Act" is a statute's name.
    match: `\\b(?:rectification|erasure|portability(?! and accountability))\\b|(?<=\\b(?:have|has) (?:the following|certain|several|these|various|a number of) (?:\\w+ )?)rights\\b`,
    weight: 0.8,
    reason: 'rights named as nouns, or listed for the user',
  },
  {
    // The company's side of a request: "we will honor your request", "comply with your deletion request", "we will
    // provide access and make the changes you request", "we provide you reasonable access to your personal information".
    // Only the user's: "we comply with such requests" follows a subpoena, "give advertisers access" is sharing.
    match: `\\b(?:honou?r|honou?rs|honou?ring|comply with|complying with|act on|acting on) (?:your|the user.s|their) (?:\\w+ )?(?:requests?|opt-?outs?|wishes|instructions)\\b|\\b(?:make|makes|making) the changes (?:you|they) (?:request|requested|ask for)\\b|\\b(?:provide|provides|grant|grants|give|gives) (?:you|users|individuals|customers|consumers|members) (?:with )?(?:reasonable )?access to (?:your|their|the) (?:personal |personally identifiable )?(?:information|data)\\b`,
    weight: 0.8,
    reason: 'the company honours the user’s request',
  },
  {
    // Control over one's own content and audience ("you still have control over who sees your photos").
    match: `\\b(?:you|users|members|customers|parents)(?: \\w+)? (?:have|retain|keep|are in|remain in|maintain) (?:full |complete |total |some |more |greater )?control (?:over|of)\\b|\\b(?:you|users|members) (?:\\w+ )?(?:get|are free) to (?:choose|decide)\\b|\\b(?:choose|decide|control|select) who (?:can|may|will) (?:see|view|access)\\b`,
    weight: 0.8,
    reason: 'the user controls their data or who sees it',
  },
  {
    // GDPR-era mechanics of a request: taking one's data away ("download your information", "export your data"), and
    // Article 12's limit on refusing a request ("manifestly unfounded or excessive"; the ICO says "clearly unfounded").
    match: `\\b(?:download|export)(?:ing)? (?:a copy of )?(?:your|all your|all of your) (?:personal )?(?:data|information|content|photos|posts|history)\\b|\\b(?:manifestly|clearly) unfounded\\b`,
    weight: 0.9,
    reason: 'taking a copy of one’s data, and limits on refusing a request',
  },
  {
    // CCPA/CPRA name their opt-outs by the link text a business must show ("Do Not Sell or Share My Personal
    // Information", "Limit the Use of My Sensitive Personal Information") and the browser signal it must honour (Global
    // Privacy Control); GDPR adds a right about decisions made by machine alone.
    match: `\\bdo not (?:sell|share)(?: or (?:sell|share))? my\\b|\\blimit the use of my\\b|\\bright to limit\\b|\\bglobal privacy control\\b|\\bnot to be subject to (?:a )?decisions? based (?:solely|only)\\b`,
    weight: 1,
    reason: 'statutory opt-out links and signals, and the right about automated decisions',
  },
  {
    // "For more about our ad partners and how to opt out of their tracking, visit their sites": a pointer to another
    // company's opt-out, with no choice offered by this one; with an opt-out of its own the passage still labels.
    match: `\\bopt(?:[- ]?out|ing[- ]out| out) (?:of|from) (?:their|its|these companies|such companies|these third parties|those companies)\\b`,
    weight: -0.6,
    reason: 'a pointer to another company’s opt-out',
  },
  {
    // Do Not Track is a browser signal the company answers or ignores (the contract files it under cookies); its
    // notice speaks of browser settings and not wanting to be tracked without offering a choice of its own.
    match: `\\bdo[- ]not[- ]track\\b|\\bdnt\\b`,
    weight: -0.5,
    reason: 'a Do Not Track notice is about tracking signals, not a choice offered',
  },
  {
    // Seal programmes and transfer frameworks list their principles ("transparency, accountability and choice").
    match: `\\b(?:transparency|accountability|notice), (?:\\w+,? ){0,2}(?:and )?choice\\b`,
    weight: -0.6,
    reason: 'a list of programme principles names choice without offering one',
  },
  {
    // "If you would like to correct ...": the user's wish to act on their data, usually followed by how to do it. It
    // adds to the removal cue on purpose: a stated wish to delete stays a rights passage inside a retention section.
    // Seeing or taking one's data counts when the data is named ("if you wish to view, delete or correct the personal
    // information", "would like to know what personal data we hold"), not "would like to view the video".
    match: `\\b(?:would like|'d like|wish|want|desire) to (?:access|review|obtain|correct|update|change|modify|amend|delete|remove|erase|edit|limit|restrict|suppress|cancel|deactivate|close|withdraw|exercise|exclude|make changes|opt|(?:view|see|inspect|download|transfer|port|know what|know which|find out what)(?:,? (?:or |and )?\\w+){0,3} (?:the |your |any |all |what |which )?(?:personal )?(?:information|data|details|records?|file|profile)\\b)\\b`,
    weight: 1,
    reason: 'the user wants to see, change or limit their data',
  },
  {
    // Health-privacy notices name the patient's rights by the request: inspection, copies, amendment, an accounting.
    match: `\\brequests? for (?:inspection|an accounting|copies|amendment|an amendment|a restriction|restrictions|confidential communications)\\b|\\baccounting of (?:disclosures|the disclosures)\\b|\\bright to (?:inspect|amend|an accounting|request (?:an? )?(?:amendment|restriction|accounting))\\b`,
    weight: 0.9,
    reason: 'health-record rights: inspection, copies, amendment, an accounting',
  },
  {
    match: `\\b(?:you|users|visitors|customers|members) ha(?:ve|s) (?:a number of|several|the following|these|various|certain|many|some|two|three) (?:\\w+ )?(?:options|choices)\\b`,
    weight: 1,
    reason: 'a list of the user’s options follows',
  },
  {
    // "Request that the error be corrected", "request that the school withhold your directory information", "request
    // that Example.com and its affiliates not share your information" (but not "we ask that you not send us ...").
    match: `\\brequest(?:s|ed)? that\\b${GAP}\\bbe (?:corrected|withheld|deleted|removed|amended|updated|restricted|changed)\\b|\\brequest that (?:the|we|us|\\w+) (?:\\w+ )?(?:withhold|correct|amend|restrict|remove|delete|not)\\b|\\b(?:request|ask|instruct|direct) (?!(?:that )?you\\b)(?:that |us (?:to )?)?(?:\\w+(?:\\.\\w+)? ){0,5}not (?:to )?(?:share|disclose|sell|rent|use|send|contact|transfer)\\b`,
    weight: 0.9,
    reason: 'asking that data be corrected, withheld or not used',
  },
  {
    // Access to one's own records, not to a product's content ("gives you access to more songs").
    match: `\\bgives? (?:you|users|members|customers|visitors|parents) (?:access to (?:\\w+ ){0,4}(?:information|data|account|records?|history|profile|details|file)\\b|the (?:ability|option|opportunity) to\\b|control (?:over|of)\\b|(?:choices|options) (?:about|regarding|over|for)\\b)`,
    weight: 0.9,
    reason: 'the company gives the user access or a choice',
  },
  {
    // "When we have your permission", "unless you give us your consent": a use that waits on the user's say-so.
    match: `\\b(?:when|if|where|unless|once) (?:we|you) (?:have|get|obtain|receive|give|provide)(?: us)? (?:your |their )?(?:prior |express |explicit |written )?(?:consent|permission|approval|authori[sz]ation)\\b`,
    weight: 0.5,
    reason: 'a use that waits on the user’s consent',
  },
  {
    // Declining to give data is a choice the user keeps ("you can visit our site without providing personal
    // information", "your refusal to submit personal information may limit ..."); the cost is stated beside it.
    match: `\\bwithout (?:providing|submitting|giving|disclosing|revealing|entering)(?: us)? (?:any )?(?:personally identifiable|personal|identifying|your) (?:information|data|details)\\b|\\b(?:if you (?:do not|don't|prefer not to)|(?:refusal|refuse|refusing|decline|declining) to) (?:provide|submit|give|disclose|share)(?: to us| us)?(?: with)? (?:(?:the|this|such|any|certain|some|your|my|that|necessary|required|requested|optional|personal|personally|identifiable) ){0,4}(?:information|data|details)\\b`,
    weight: 0.8,
    reason: 'declining to give data',
  },
  {
    // A list item that is a right in the imperative ("Access personally identifiable information we have collected
    // from your child,", "Correct factual errors in such information,", "Delete your data;"): rights lists are often
    // split into one passage per item, and the verb opens the passage. Not the company's own records ("Update our
    // records").
    match: `^[^\\w]{0,6}(?:access|correct|rectify|update|delete|erase|remove|amend|restrict|object to|withdraw)\\b(?! (?:our|their|its)\\b)(?: [\\w-]+){0,5}? (?:information|data|details|errors|records?|consent|profile|account)\\b`,
    weight: 0.8,
    reason: 'a right stated as an imperative list item',
  },
];
