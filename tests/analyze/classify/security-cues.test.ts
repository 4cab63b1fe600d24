import { describeCueExamples } from './cue-examples';

// Invented passages for the security cues: positives describe how data is protected, breached or exposed in ways the
// older cues missed; negatives use "protect", "security" or "cannot guarantee" about something other than the data.
const YES: Record<string, string[]> = {
  'data being compromised': [
    'If we believe the security of your account may have been compromised, we may notify you by email.',
  ],
  'security of the data itself': [
    'Payments go through a secure connection.',
    'We review the security of customer records every year.',
  ],
  'access limited to what a role needs': [
    'Our contractors have access to your information only as needed to perform their tasks.',
    'These companies are limited in their ability to use the information they receive from us.',
    'We limit the number of people who have access to your order details.',
    'Only employees who need the information to do their jobs may see your file.',
  ],
  'recipients held to the company’s purpose': [
    'Our mailing house prints the catalogue for us, and we require it not to use those details for any other purpose.',
    'Each vendor is under a contractual obligation to use the records solely for the work we hired it to do.',
  ],
  'a privacy seal': [
    'Our site has been awarded the TRUSTe Privacy Seal.',
    'We are TRUSTe certified.',
    'Our practices have been reviewed by TRUSTe for compliance with its program requirements.',
  ],
  'access controls and pseudonymisation': [
    'Access to customer files is restricted to the billing team.',
    'We pseudonymise usage records and apply role-based access controls.',
  ],
  'unprotected channels': [
    'Messages sent by email are not secure, so you send them at your own risk.',
  ],
  'advice against public wireless networks': [
    'Avoid using a public wireless network when you sign in to your account.',
    'Be careful when you use public Wi-Fi in airports and cafes.',
  ],
  'users protecting themselves and their devices': [
    'If your phone is lost or stolen, it is up to you to take the steps needed to protect yourself.',
    'Use a screen lock to protect your devices from people nearby.',
  ],
  'current safeguard practices': [
    'We regularly test our systems for vulnerabilities.',
    'Access to customer records follows the principle of least privilege.',
    'We monitor our systems for possible attacks around the clock.',
  ],
  'defending devices against malware': [
    'Run malware detection programs that scan incoming files for malicious code.',
  ],
  'payment card details are not kept': [
    'We do not store your credit card number after the order is complete.',
    'Card details are handled by our payment processor and are never stored on our servers.',
    'All orders go through a payment gateway, and transactions are not stored or processed on our servers.',
  ],
  // Logging out is advice when it protects a session others could use: on leaving, or with the browser closed.
  'logging out before leaving the device': [
    'Remember to log out and close your browser window when you leave a library computer.',
    'Be sure to sign off when finished with your session at the kiosk.',
  ],
  'keeping credentials safe': ['Keep your password secret and never share it with anyone.'],
  'an assurance that the data is safe': [
    'Don’t worry: at our shops your personal information is safe.',
    'Your details will remain protected while they travel between your browser and our servers.',
  ],
  // Encryption named once at the end of a longer collection paragraph still labels it.
  'measures named by their aim': [
    'We use measures designed to protect your personal data.',
    'Our systems are intended to help prevent misuse of your account.',
  ],
  'a hash named as a protection': [
    'Passwords are stored using a one-way salted hash.',
    'When you reset your password we compare the two hash values and then discard the address.',
  ],
  'technical measures beside a collection paragraph': [
    'When you register, we ask you for your name, shipping address, email address and phone number, and we collect this information to ship your order, to send you receipts and to answer your questions. Card details are collected through encrypted means.',
  ],
  // The integrity of the data or of the systems holding it is a safeguard, not a purpose.
  'the integrity and security of the data or its systems': [
    'We use firewalls and access logs to preserve the integrity and security of our network and systems.',
    'Our vendors must maintain the confidentiality, security and integrity of your information.',
  ],
  'keeping data confidential': [
    'Our staff are committed to keeping your details confidential.',
    'We take care to protect the privacy of the health information we hold.',
  ],
};

const NO: Record<string, string[]> = {
  'a legal-disclosure clause': [
    'We may disclose information to comply with the law, or to protect the rights, property or safety of our company, our users or others, including for fraud protection and security.',
  ],
  'a transfer framework': [
    'We adhere to the Privacy Shield Principles of notice, choice, accountability for onward transfer, security, data integrity, access and recourse.',
  ],
  'a guarantee about content, not data': [
    'Linked pages are run by others, and we cannot guarantee the accuracy of the outside materials.',
  ],
  'a security update as a kind of message': [
    'Our app uses security updates to tell you about new sign-in options.',
  ],
  'a user’s own right to use, or a rule for visitors': [
    'You have the right to use the export tool only for your own account.',
    'Visitors are required to use the forum only for discussions about gardening.',
  ],
  'a seal program named only in a web address': [
    'To opt out of interest-based ads from our partners, visit preferences.truste.com and follow the steps there.',
  ],
  'a public network offered, not advice': [
    'Our stores offer free public Wi-Fi, and we log which devices connect to it.',
  ],
  'security alerts as a kind of message': [
    'We use your email address to send you receipts, technical notices, updates, security alerts and support messages, and you need a password to sign in.',
  ],
  'a customer’s vulnerability, or monitoring for errors': [
    'Let us know if a vulnerability, such as an illness, affects how we should contact you.',
    'We monitor our systems for errors so that pages load quickly.',
  ],
  'a password-protected account, described': [
    'To order e-books you create a password-protected account and give us your name and email address.',
  ],
  'protecting something other than the user': [
    'Wear a helmet to protect your head when you ride one of our bikes.',
  ],
  'a guarantee about other sites’ policies': [
    'We link to partner sites, but we cannot guarantee that the privacy policies of those sites match ours, so read them before you sign up.',
  ],
  'keeping something other than payment details': [
    'Drafts that are not saved before you close the page are lost.',
    'We will not keep your order history longer than needed.',
  ],
  // A web address that starts with https names no protection measure.
  'https in a web address': [
    'Read our partner’s notice at https://partner.example/privacy before you give them your name and email address.',
  ],
  // Counting people out of something other than the data.
  'a limit on people that is not about access to data': [
    'We limit the number of guests who can attend each workshop.',
    'Only people who need help with their account should call this number.',
  ],
  'something designed to protect other than the data': [
    'Our kitchen tools are designed to protect your fingers from hot pans.',
    'Our systems are designed to prevent spam.',
  ],
  'a hash that is a dish': ['Try our corned beef hash with eggs at any of our diners.'],
  'a work protected by copyright': [
    'The information on this site is protected by copyright and may not be copied without permission.',
  ],
  'a children’s-privacy notice': [
    'To protect the privacy of children, our games never ask players for a home address.',
  ],
  // Keeping the service safe, named among the uses of data or the reasons for a legal disclosure.
  'the security and integrity of the service as a purpose': [
    'We use your details to fulfil orders, to send you offers, to answer reviews, and to protect the security and integrity of our websites, apps and business.',
    'We may release records to a court in response to a subpoena, or to protect the security or integrity of our online services.',
  ],
  // Logging out named as a feature or as a way to stop a social network linking visits, not as a safeguard.
  'logging out as a feature': [
    'At any time you can choose to log out by tapping the logout button in the app.',
    'To control what a social network learns, review its settings or log out of it before you visit our pages.',
  ],
  // The seal program named only as a dispute contact or in a note on scope.
  'a seal program named bare': [
    'If your concern is not resolved, you can contact TRUSTe through its dispute resolution page.',
    'The TRUSTe program covers only information collected through this website, not through our apps.',
  ],
  'no duty to keep public posts private': [
    'We have no obligation to keep private the details a user chooses to show other members.',
  ],
};

describeCueExamples('security cues', 'security', YES, NO);
