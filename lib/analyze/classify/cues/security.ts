import { GAP, SHORT_GAP, type CueRow } from './types';

// Data security: how data is protected, and its limits.
export const SECURITY_CUES: readonly CueRow[] = [
  {
    match: `\\b(?:secure|securely|security|safeguards?|safeguarding|safeguarded)\\b`,
    weight: 0.75,
    reason: 'security vocabulary',
  },
  {
    match: `\\b(?:encrypt\\w*|ssl|tls|secure sockets? layer|https(?!:)|firewalls?|pci(?:[- ]dss)?|hashed|hashing|(?:salted|one-way|cryptographic) hash(?:es)?|hash (?:functions?|values?|algorithms?)|intrusion|anti-?virus|penetration test\\w*|two-factor|multi-factor)\\b`,
    // The clearest security statement (51 of the 54 OPP-115 segments it fires on are security): it weighs enough to
    // keep the label when encryption is named once inside a long collection or sharing paragraph.
    // A hash counts when named as one ("a salted hash", "the hash value"), not a dish called hash.
    weight: 1.35,
    reason: 'technical protection measures',
  },
  {
    match: `\\bprotect(?:s|ed|ing|ion)?\\b (?:of )?(?:your |the |our |their |all |such |this |that )?(?:personal |customer |user |sensitive )?(?:information|data)\\b|\\bprotect\\w* (?:it |them |your \\w+ |the \\w+ )?(?:against|from) (?:loss|unauthori|misuse|theft|accidental|unlawful|improper)`,
    weight: 0.5,
    reason: 'protecting data',
  },
  {
    match: `\\bunauthori[sz]ed\\b|\\b(?:loss|misuse|alteration|destruction|theft|interception)\\b${SHORT_GAP}\\b(?:unauthori[sz]ed|misuse|alteration|destruction|theft|disclosure)`,
    weight: 0.8,
    reason: 'threats the measures guard against',
  },
  {
    // Also measures named by their aim rather than their kind ("we use measures designed to protect your data",
    // "systems intended to prevent unauthorised access"), as current policies often put it; the aim must be the data
    // or a threat to it.
    match: `\\b(?:physical|technical|administrative|organi[sz]ational|electronic|managerial|procedural|reasonable|appropriate|commercially reasonable|industry[- ]standard) (?:and \\w+ )?(?:security |safeguards|measures|procedures|precautions|steps|protections|controls)|\\b(?:measures|safeguards|procedures|controls|technologies|precautions|systems)\\b (?:\\w+ )?(?:designed|intended|meant|aimed) to (?:help )?(?:(?:protect|secure|safeguard) (?:the |your |our |all |such |this |that |its |their )?(?:personal |customer |user |sensitive )?(?:information|data|details|privacy|security|confidentiality|accounts?)|(?:prevent|guard against|protect against) (?:\\w+ )?(?:unauthori[sz]ed|loss|misuse|theft|fraud|breach|breaches|intrusion|intrusions|alteration|disclosure))\\b`,
    weight: 0.9,
    reason: 'safeguard measures',
  },
  {
    // Not a guarantee about other sites' policies or about content: those disclaim links, not data security.
    match: `\\b(?:no (?:method|data transmission|transmission|system|security)|can ?not (?:guarantee|ensure|warrant)(?! (?:the )?(?:relevance|accuracy|timeliness|availability|completeness|quality|content)| that (?:the |all of |these |those |such |other )?(?:privacy policies|policies|sites|websites|web sites)\\b)|not (?:be )?(?:completely|100%|fully|entirely|totally) secure|100% secure|guarantee (?:the )?(?:absolute |complete )?security|impenetrable)`,
    weight: 1,
    reason: 'no-guarantee disclaimers',
  },
  {
    // "Create a password-protected account" only describes the account; the advice is about the password itself.
    match: `\\b(?:password|passwords|log ?in credentials)\\b(?![- ]protected)${GAP}\\b(?:confidential|secret|protect|safe|secure|share|responsible|strong|guess)`,
    weight: 0.7,
    reason: 'keeping credentials safe',
  },
  {
    match: `\\b(?:data breach|security breach|breach|breaches)\\b|\\b(?:access (?:is )?(?:limited|restricted) to|need to know|restrict(?:s|ed)? access|limit(?:s|ed)? access|authori[sz]ed (?:employees|personnel|persons))\\b`,
    weight: 0.7,
    reason: 'breaches and access restriction',
  },
  {
    match: `\\b(?:confidential|confidentiality|integrity)\\b`,
    weight: 0.35,
    reason: 'confidentiality',
  },
  {
    match: `\\b(?:password|passwords|ensure|protect|protects|protected|protecting|protection|safe|sensitive|employees)\\b`,
    weight: 0.25,
    reason: 'protective vocabulary',
  },
  {
    match: `\\b(?:committed|dedicated|commitment) to (?:protecting|safeguarding|securing) (?:the )?(?:security|confidentiality)`,
    weight: 0.6,
    reason: 'commitment to protect',
  },
  {
    match: `\\b(?:caution|careful)\\b|(?<=\\bexercise )(?:care|discretion)\\b`,
    weight: 0.7,
    reason: 'warnings to take care',
  },
  {
    match: `\\b(?:strong|secure|unique|complex) passwords?|\\b(?:share|disclose|reveal|give out) your (?:password|login|credentials)|\\b(?:log|sign) (?:out|off)\\b${GAP}\\b(?:when (?:you )?(?:are |have )?(?:finished|done|leaving)|before (?:leaving|you leave|you close|closing)|close (?:all|your|the) (?:\\w+ )?(?:browser|programs|windows?))\\b|\\b(?:shared|public) (?:device|computer|terminal)s?\\b|\\b(?:avoid|avoiding|never use|not use|careful)\\b${SHORT_GAP}\\b(?:public|unsecured|open) (?:wi-?fi|wireless)\\b|\\b(?:cautious|phishing|lock (?:symbol|icon))\\b|\\bprotect (?:yourself|your (?:own )?(?:accounts?|devices?|computers?|identity))\\b|\\b(?:device|computer|phone|laptop)s?\\b${SHORT_GAP}\\bstolen\\b`,
    weight: 0.9,
    reason: 'advice on keeping accounts safe',
  },
  {
    match: `\\b(?:required|obligated|bound|contractually obligated) to (?:protect|safeguard|keep (?:it |your information |the information )?(?:confidential|secure))|\\b(?:data|security) breach(?:es)?\\b`,
    weight: 0.9,
    reason: 'duties to protect, and breaches',
  },
  {
    // Also a recipient held to the company's purpose by contract or instruction ("we require these entities not to
    // use your information for any other purpose", "under a contractual obligation to use the data solely for ..."):
    // a limit on what the data may be used for, which OPP-115 files under data security.
    match: `\\b(?:may not|cannot|can ?not|not (?:permitted|allowed|authori[sz]ed) to|prohibited from|restricted from|only (?:to|for)|solely (?:to|for))\\b${SHORT_GAP}\\b(?:use|using|disclose|share)\\b${GAP}\\b(?:other|any other|another|their own|unrelated|other than|except)\\b|\\b(?:use|using) (?:it|them|the information|your information|such information|this information|that information) (?:only|solely) (?:to|for|as)\\b|\\b(?:require[sd]?|restrict(?:s|ed)?|authori[sz]ed|prohibited|(?:no|not have the) right|obligat(?:ed|ion|ions)|bound)\\b${SHORT_GAP}\\b(?:use|using|disclose|share)(?: \\w+){0,3}? (?:information|data|details|records|it|them)\\b${GAP}\\b(?:for any other purpose|for no other purpose|(?:in )?any (?:other )?(?:way|manner|purpose) other than|other than (?:to|for)|except (?:as necessary|to|for)|solely (?:for|to)|only (?:for|to|as))\\b`,
    weight: 0.9,
    reason: 'recipients are bound to use data only for the stated purpose',
  },
  {
    // Also the people allowed near the data counted out ("we limit the number of people who have access to this
    // information", "only employees who need the information to do their jobs").
    match: `\\b(?:have|has|given|granted|need) access to\\b${GAP}\\b(?:needed|necessary|required|only|need to know)\\b|\\b(?:limited|restricted) in (?:their|its) (?:ability|use)\\b|\\b(?:employees|staff|personnel)\\b${SHORT_GAP}\\b(?:access|bound|subject to|trained|training|confidentiality)\\b|\\b(?:limit|limits|limited|limiting|restrict|restricts|restricted|restricting) (?:the number of |access to (?:\\w+ ){1,3}to )?(?:people|persons|individuals|employees|staff|personnel|those)\\b (?:\\w+ )?(?:who|that|with) (?:have |has |can |may |need |needs )?(?:\\w+ )?access\\b|\\bonly (?:those |the )?(?:people|persons|individuals|employees|staff|personnel)\\b (?:who|that) (?:\\w+ ){0,2}(?:need|needs|require|requires) (?:(?:the|that|this|such|your|their) )?(?:access|information|data|details|to know)\\b`,
    weight: 0.9,
    reason: 'access to data limited to what a role needs',
  },
  {
    // The seal itself, or a certification by its program ("TRUSTe certified", "reviewed by TRUSTe"). The program
    // named bare ("contact TRUSTe at ...", "the TRUSTe program covers only this site", a web address) is a dispute
    // contact or a note on scope, not a claim that the data is protected.
    match: `\\b(?:truste[- ]certified|(?:certified|reviewed|audited|verified) by truste|privacy seal|trust(?:ed)? seal|bbbonline|independently (?:reviewed|audited|verified|certified))\\b|\\b(?:regular|periodic|annual|independent|internal|security) (?:audits?|reviews|assessments?)\\b`,
    weight: 0.9,
    reason: 'privacy seals, certification and audits',
  },
  {
    match: `\\b(?:committed|commitment|dedicated) to (?:protecting|safeguarding|respecting|maintaining|keeping)\\b|\\b(?:respect|respects|value|values) (?:your|the) (?:privacy|trust)\\b|\\b(?:takes?|taking) (?:your )?privacy (?:very )?seriously\\b|\\bprivacy is (?:very |extremely )?important to us\\b|\\b(?:respect|respects|value|values) your (?:right to )?privacy\\b`,
    weight: 0.5,
    reason: 'a general commitment to protect privacy',
  },
  {
    // "Protect the privacy of children" introduces a children's-privacy notice, not a safeguard.
    match: `(?<!\\bno obligation to )\\b(?:keep|keeps|keeping|kept|maintain|maintains|treat|treats|treated|hold|holds|held) (?:\\w+ ){0,4}(?:private|confidential|secure|safe|in confidence|in strict confidence)\\b|\\b(?:maintain|preserve|protect) the (?:privacy|confidentiality|security)\\b(?! of (?:children|minors|kids)\\b)`,
    weight: 0.9,
    reason: 'keeping data private or confidential',
  },
  {
    match: `\\b(?:policy|statement|notice|document|portion|section)\\b${GAP}\\b(?:explains?|describes?|outlines?|covers|sets out|tells you|will explain|informs? you|answers)\\b`,
    weight: -0.6,
    reason: 'an overview of what the policy covers names every practice without stating one',
  },
  {
    match: `\\b(?:review|reviews|monitor|monitors|audit|audits) (?:our |their )?(?:compliance|adherence)\\b|\\bself[- ]regulatory (?:principles|frameworks?|programs?)\\b|\\b(?:restrict|restricts|limit|limits) (?:their|its|such) access\\b|\\b(?:comparable|similar|equivalent|adequate) (?:level of )?(?:protection|security)\\b|\\bsecurity (?:issues?|incidents?|vulnerabilit\\w+)\\b`,
    weight: 0.9,
    reason: 'compliance reviews, access limits for recipients, security incidents',
  },
  {
    // Legal-disclosure clauses list "to protect our rights, property or safety": a reason to disclose, not a safeguard.
    match: `\\bprotect(?:s|ing)? (?:and defend )?(?:the |our |its )?(?:legal )?(?:rights|property|safety|interests)\\b|\\b(?:rights|property),? (?:or|and) (?:property|safety)\\b`,
    weight: -0.8,
    reason:
      'protecting the company’s rights or property is a reason to disclose, not data security',
  },
  {
    // "To protect the security and integrity of our websites and our business", in a list of uses or of legal
    // disclosures: keeping the service safe is a purpose the data serves (OPP-115 files it under collection or
    // sharing), not a safeguard for the data. The data's own integrity ("the integrity and security of your
    // information", "of our network and systems") is not this.
    match: `\\b(?:security|safety),? (?:and|or|and/or) integrity of (?:our|the|its|this) (?:\\w+ )?(?:web ?sites?|sites?|services?|business|apps?|applications?|platforms?|products?)\\b(?!['’])|\\bintegrity (?:and|or) security of (?:our|the|its|this) (?:\\w+ )?(?:web ?sites?|sites?|services?|business|apps?|applications?|platforms?|products?)\\b(?!['’])`,
    weight: -1.4,
    reason: 'keeping the service secure as a purpose of using or disclosing data',
  },
  {
    // Transfer frameworks name "security" among their principles; the passage is about the transfer certification.
    match: `\\b(?:safe harbou?r|privacy shield|data privacy framework)\\b${SHORT_GAP}\\b(?:framework|principles|program|programme|certification|certified)\\b|\\bnotice,? choice,? (?:and )?(?:onward transfer|accountability)\\b`,
    weight: -0.6,
    reason: 'a cross-border transfer framework is not a security practice',
  },
  {
    match: `\\bcompromis(?:e|ed|es|ing)\\b`,
    weight: 0.9,
    reason: 'data or accounts being compromised',
  },
  {
    // "Security" about data rather than about a Social Security number, national security or public safety.
    match: `\\b(?:security|safety|integrity|confidentiality) of (?:your |the |our |any |all |such |this |customer |user |personal )*(?:personal )?(?:information|data|account|accounts|systems?|networks?|communications?|transmissions?|records|pii|details)\\b|\\b(?:data|information|account|network|system|computer|internet|online|cyber)[- ]?security\\b|\\bsecure (?:servers?|environment|facilities|facility|networks?|systems?|storage|location|areas?|databases?|connection|sockets?|websites?|sites?|pages?|manner|transmission)\\b`,
    weight: 0.5,
    reason: 'security of the data itself',
  },
  {
    // Transmissions and channels that are not protected, and the risk left with the user.
    match: `\\b(?:not|never) (?:be )?(?:fully |completely |always )?(?:secure|secured|encrypted)\\b|\\b(?:unsecured|unencrypted)\\b|\\bat (?:your|their) own risk\\b`,
    weight: 0.6,
    reason: 'unprotected channels and risk left with the user',
  },
  {
    match: `\\bpseudonymi[sz]\\w*|\\baccess controls?\\b|\\bsoc ?2\\b|\\biso(?:/iec)? ?27001\\b|\\baccess\\b (?:to (?:\\w+ ){1,3})?(?:is |are )?(?:strictly )?(?:limited|restricted) to\\b`,
    weight: 0.9,
    reason: 'access controls, pseudonymisation and security certifications',
  },
  {
    // Advice on defending one's own device ("install malware detection programs", "apply security patches").
    match: `\\b(?:anti-?malware|malware (?:detection|protection|scanning) (?:programs?|software|tools?)|security patch(?:es)?|malicious code)\\b`,
    weight: 1,
    reason: 'defending devices against malware',
  },
  {
    // Not holding card numbers at all (transactions "are not stored or processed on our servers") is how many sites
    // limit what a breach could expose.
    match: `\\b(?:do|does|will) not (?:store|retain|keep|save)\\b${GAP}\\b(?:credit card|card numbers?|payment|billing|financial)\\b|\\b(?:credit card|card|payment|billing|financial) (?:information|details|data|numbers?)\\b${GAP}\\b(?:is|are|will be) (?:not|never) (?:stored|retained|kept|saved)\\b|\\b(?:is|are|will be) (?:not|never) (?:stored|retained|kept|saved)(?: or processed)? (?:on|in) our (?:own )?(?:servers?|systems?|databases?)\\b`,
    weight: 0.9,
    reason: 'payment card details are not kept',
  },
  {
    // An assurance that the data is safe ("at our stores your personal information is safe", "your information is
    // protected both online and off-line"): the policy's own claim about security, whatever protects it. Not a work
    // protected by copyright or trademark.
    match: `\\b(?:information|data|details)\\b (?:(?:is|are|will be|remains?|stays?) (?:always |completely |fully |kept )?|will (?:remain|stay) (?:always )?)(?:safe|secure|protected|safeguarded)\\b(?! (?:by|under) (?:copyright|trademark|intellectual|patent))`,
    weight: 0.7,
    reason: 'an assurance that the data is safe',
  },
  {
    // "We send technical notices, updates, security alerts and support messages": a kind of message sent to the user
    // (a use of their contact details), not a safeguard.
    match: `\\bsecurity (?:notices|alerts)\\b`,
    weight: -0.5,
    reason: 'security alerts as a kind of message sent to users',
  },
  {
    // Practices current policies name when describing their safeguards: least-privilege access, staff security
    // training, testing for vulnerabilities, watching systems for attacks ("vulnerability" alone may be a
    // customer's circumstances).
    match: `\\b(?:least[- ]privilege|role[- ]based (?:access|permissions)|(?:privacy|security|data protection) (?:and (?:privacy|security) )?(?:training|awareness)|(?:security|software|system|known) vulnerabilit(?:y|ies)|vulnerabilit(?:y|ies) (?:scans?|scanning|tests?|testing|assessments?|management)|for (?:\\w+ )?vulnerabilit(?:y|ies)|(?:security|intrusion) (?:monitoring|detection)|monitor(?:s|ed|ing)? (?:our |the |its )?(?:systems|networks?|infrastructure) for (?:\\w+ )?(?:attacks?|intrusions?|threats?|suspicious|unauthori[sz]ed|malicious|abuse))\\b`,
    weight: 0.9,
    reason:
      'current safeguard practices: least privilege, training, vulnerability testing, monitoring',
  },
];
