import { quoteOf, type FlagExample } from './helpers';

// Positive and negative examples for every flag, written for these tests (no corpus text). The meta-test checks
// that every rule in lib/flags has at least one of each.

const BASE_RETENTION = 'We keep account data for 12 months after you close your account.';

export const FLAG_EXAMPLES: Record<string, { positive: FlagExample[]; negative: FlagExample[] }> = {
  'sells-data': {
    positive: [
      {
        text: 'We may sell your personal information to marketing companies. We also use cookies.',
        facts: () => ({ sellsData: 'yes' }),
      },
    ],
    negative: [
      {
        text: 'We do not sell your personal information.',
        facts: () => ({ sellsData: 'no' }),
      },
      {
        text: 'If our company is sold, your data may be transferred to the buyer.',
        facts: () => ({ sellsData: 'not-stated' }),
        note: 'a business sold is not a sale of data',
      },
    ],
  },
  'does-not-sell': {
    positive: [
      {
        text: 'Sharing. We never sell or rent your personal data to anyone.',
        facts: () => ({ sellsData: 'no' }),
      },
    ],
    negative: [
      { text: 'We may sell your data to partners.', facts: () => ({ sellsData: 'yes' }) },
      { text: 'We share data with service providers.', facts: () => ({ sellsData: 'not-stated' }) },
    ],
  },
  'targeted-advertising': {
    positive: [
      {
        text: 'We and our ad networks use your browsing activity to show you interest-based ads on other sites.',
      },
      {
        text: 'Third parties may show you advertisements based on your browsing history and interests.',
      },
      {
        text: 'We may give your details to advertisers so that they can serve ads that match your interests.',
      },
      { text: 'Advertisers may target their ads using the topics you read about.' },
      {
        text: 'We share device identifiers with Adnexus.',
        facts: (doc) => ({
          recipients: [{ name: 'Adnexus', kind: 'advertiser', evidence: quoteOf(doc, 'Adnexus') }],
        }),
        note: 'an advertiser recipient found by the facts stage',
      },
    ],
    negative: [
      { text: 'We do not use your information for targeted advertising.' },
      {
        text: 'We do not share personal information for cross-context behavioural advertising.',
        note: 'negated CCPA wording',
      },
      { text: 'We send relevant newsletters to subscribers who ask for them.' },
      { text: 'We do not use cookies for advertising, and we never show you targeted ads.' },
    ],
  },
  'indefinite-retention': {
    positive: [
      {
        text: 'Comments are stored indefinitely so we can show them.',
        facts: (doc) => ({
          retention: [
            {
              subject: 'comments',
              period: { kind: 'indefinite' },
              evidence: quoteOf(doc, 'indefinitely'),
            },
          ],
        }),
      },
    ],
    negative: [
      {
        text: BASE_RETENTION,
        facts: (doc) => ({
          retention: [
            {
              subject: 'account data',
              period: { kind: 'duration', days: 360 },
              evidence: quoteOf(doc, '12 months'),
            },
          ],
        }),
      },
    ],
  },
  'sensitive-data': {
    positive: [
      {
        text: 'To verify your age we collect a scan of your passport. We also collect your heart rate from the watch.',
        facts: (doc) => ({
          dataCollected: [
            { type: 'government-id', evidence: quoteOf(doc, 'passport') },
            { type: 'health', evidence: quoteOf(doc, 'heart rate') },
            { type: 'email', evidence: quoteOf(doc, 'passport') },
          ],
        }),
      },
    ],
    negative: [
      {
        text: 'We collect your name and email address.',
        facts: (doc) => ({
          dataCollected: [
            { type: 'name', evidence: quoteOf(doc, 'name') },
            { type: 'email', evidence: quoteOf(doc, 'email') },
          ],
        }),
      },
    ],
  },
  'transfer-on-merger': {
    positive: [
      {
        text: 'In the event of a merger, acquisition or sale of all or part of our assets, your information may be transferred to the acquiring company.',
      },
      {
        text: 'We may disclose data to a successor entity.',
        facts: (doc) => ({
          recipients: [{ name: null, kind: 'acquirer', evidence: quoteOf(doc, 'successor') }],
        }),
      },
    ],
    negative: [
      { text: 'Our customer acquisition costs are funded by subscriptions.' },
      { text: 'We share data with our payment processor to complete your order.' },
    ],
  },
  'changes-without-notice': {
    positive: [
      {
        text: 'We will notify you of changes by posting the revised policy on this page. Your continued use of the site means you accept the changes.',
        note: '"notice" by posting on the page is no direct notice',
      },
      {
        text: 'We may amend this policy at any time. To change your details, contact us via email.',
        note: 'the reader emailing the company is not the company notifying the reader',
      },
      {
        text: 'Changes to this policy. We may modify this policy at any time. Please check this page periodically for updates.',
      },
      {
        text: 'Your continued use of the service after we post changes constitutes your acceptance of the revised policy.',
      },
    ],
    negative: [
      {
        text: 'We may change this policy at any time. If we make material changes, we will notify you by email before they take effect.',
        note: 'a direct notice cancels the flag',
      },
      { text: 'You may update your preferences at any time in your account settings.' },
      { text: 'Our security policies are reviewed periodically and revised as required.' },
      { text: 'We reserve the right to change this policy at any time by notifying users.' },
      {
        text: 'Your continued use of the site indicates that you agree to the collection of your data.',
        note: 'consent-by-use, with no change in sight',
      },
      {
        text: 'We may update this policy from time to time and will post a prominent notice on our home page about changes.',
      },
    ],
  },
  'consent-by-use': {
    positive: [
      {
        text: 'By using our website, you agree to the collection and use of information in accordance with this policy.',
      },
      { text: 'Your use of the site constitutes acceptance of this privacy notice.' },
      {
        text: 'Your continued use of the site indicates that you agree to the collection of your data.',
      },
    ],
    negative: [
      { text: 'We ask for your consent before setting non-essential cookies.' },
      {
        text: 'Most browsers accept cookies, but you can change the setting by visiting the help section of your browser.',
        note: 'the act comes after, not before, an unrelated "accept"',
      },
      { text: 'By using our contact form you can reach our support team.' },
    ],
  },
  'third-party-tracking': {
    positive: [
      { text: 'We use Google Analytics to understand how visitors use the site.' },
      { text: 'Our emails contain web beacons that tell us whether a message was opened.' },
      { text: 'We use analytics tools to measure traffic.', note: 'weak cue, no denial present' },
      {
        text: 'We may let other companies place advertising on our site, and these companies may collect information about you through cookies.',
      },
      { text: 'Our site uses cookies, tags, pixels and similar technologies.' },
    ],
    negative: [
      { text: 'We do not use third-party cookies or tracking pixels.' },
      {
        text: 'Our site uses no third-party trackers. We may choose an analytics provider later and will update this policy.',
        note: 'a weak cue yields to an explicit denial',
      },
      { text: 'We use strictly necessary cookies to keep you signed in.' },
    ],
  },
  'international-transfer': {
    positive: [
      {
        text: 'Your information may be transferred to and processed in countries other than your own. Such transfers rely on standard contractual clauses.',
      },
      { text: 'Data may be stored on servers located outside the European Economic Area.' },
      {
        text: 'Wherever you use our services, your information may be transferred to and kept on servers in the United States.',
      },
      {
        text: 'If you use our services outside of the United States, you consent to the transfer of your information.',
      },
    ],
    negative: [
      { text: 'We do not transfer your personal data outside the United Kingdom.' },
      { text: 'All data is stored in our data centre in Frankfurt.' },
      {
        text: 'We are based in the United States and store your data in the United States.',
        note: 'no transfer stated',
      },
    ],
  },
  'vague-sharing': {
    positive: [
      { text: 'We may share your information with our trusted partners for marketing purposes.' },
      { text: 'We may disclose aggregated details to other third parties.' },
    ],
    negative: [
      { text: 'We never share your information with our partners.' },
      {
        text: 'We do not share or provide personal information that we collect in web beacons, such as names and email addresses, to unaffiliated third parties.',
        note: 'the denial is on the verb, far from the recipient',
      },
      {
        text: 'We and our partners use cookies to remember your preferences.',
        note: 'partners as a subject',
      },
      {
        text: 'We share your email with our partners Mailbird and Postline to send newsletters.',
        facts: (doc) => ({
          recipients: [
            { name: 'Mailbird', kind: 'service-provider', evidence: quoteOf(doc, 'Mailbird') },
          ],
        }),
        note: 'recipients are named',
      },
    ],
  },
  'data-from-third-parties': {
    positive: [
      {
        text: 'We may receive information about you from data brokers and social media platforms.',
      },
      {
        text: 'We combine the data you give us with information we obtain from our business partners.',
      },
      { text: 'We may purchase marketing lists and demographic data from data brokers.' },
    ],
    negative: [
      { text: 'We do not obtain information about you from third parties.' },
      { text: 'We collect information directly from you when you register.' },
      {
        text: 'You can buy gift cards online from a third-party vendor.',
        note: 'goods, not information',
      },
      {
        text: 'To stop receiving promotional information from third parties, contact them directly.',
        note: 'the reader receives, not the company',
      },
      {
        text: 'This policy explains how we collect information from you and other users of the site.',
      },
    ],
  },
  'no-retention-period': {
    positive: [{ text: 'We collect your email address to send receipts.' }],
    negative: [
      {
        text: BASE_RETENTION,
        facts: (doc) => ({
          retention: [
            {
              subject: null,
              period: { kind: 'as-long-as-necessary' },
              evidence: quoteOf(doc, 'account data'),
            },
          ],
        }),
      },
    ],
  },
  'stated-retention-periods': {
    positive: [
      {
        text: BASE_RETENTION,
        facts: (doc) => ({
          retention: [
            {
              subject: 'account data',
              period: { kind: 'duration', days: 360 },
              evidence: quoteOf(doc, '12 months'),
            },
          ],
        }),
      },
    ],
    negative: [
      {
        text: 'We keep data as long as necessary for the purposes described.',
        facts: (doc) => ({
          retention: [
            {
              subject: null,
              period: { kind: 'as-long-as-necessary' },
              evidence: quoteOf(doc, 'as long as necessary'),
            },
          ],
        }),
      },
    ],
  },
  'no-privacy-contact': {
    positive: [
      {
        text: 'Questions about this policy can be sent through the contact form on our website.',
        facts: () => ({ contacts: { emails: [] } }),
      },
    ],
    negative: [
      {
        text: 'Write to privacy@example.org with any questions.',
        facts: () => ({ contacts: { emails: ['privacy@example.org'] } }),
      },
    ],
  },
  'fee-for-requests': {
    positive: [
      { text: 'We may charge you a reasonable fee to process a request to access your data.' },
    ],
    negative: [
      { text: 'We will not charge a fee for handling your request.' },
      {
        text: 'We charge a $5 processing fee for refunds sent by post.',
        note: 'not a fee for privacy requests',
      },
      {
        text: 'We may charge a reasonable fee if your request is manifestly unfounded or excessive.',
        note: 'the statutory exception, not a fee on ordinary requests',
      },
    ],
  },
  'law-enforcement-disclosure': {
    positive: [
      {
        text: 'We may disclose your information to law enforcement agencies in response to a subpoena.',
      },
      { text: 'We may share personal data when required by law.' },
      {
        text: 'Regulators may receive your records.',
        facts: (doc) => ({
          recipients: [{ name: null, kind: 'government', evidence: quoteOf(doc, 'Regulators') }],
        }),
      },
    ],
    negative: [
      {
        text: 'You have the right to lodge a complaint with a supervisory authority or regulator.',
      },
      { text: 'We process data to comply with our legal obligations.' },
      { text: 'We never disclose data to law enforcement without a court order.', note: 'negated' },
    ],
  },
  'non-personal-any-purpose': {
    positive: [
      { text: 'We may use aggregated or de-identified information for any purpose.' },
      { text: 'Non-personal information may be shared without restriction.' },
    ],
    negative: [
      { text: 'We use aggregated statistics only to improve our service.' },
      { text: 'We do not use sensitive personal information for any purpose.' },
    ],
  },
  'no-third-party-trackers': {
    positive: [
      { text: 'This site does not use third-party cookies or advertising trackers.' },
      { text: 'We use no tracking cookies at all.' },
    ],
    negative: [
      { text: 'We use third-party cookies to measure our campaigns.' },
      { text: 'We do not control third-party cookies set by embedded videos.' },
      {
        text: 'This information does not identify individual users and is used to analyse trends and to track users as they move around the site.',
        note: 'a far-off "not" denies something else',
      },
    ],
  },
  'no-ai-training': {
    positive: [
      {
        text: 'We do not use your content to train artificial intelligence or machine-learning models.',
      },
      { text: 'Your messages are never used for training AI models.' },
    ],
    negative: [
      { text: 'We use your data to train our machine-learning models.' },
      { text: 'We do not use your data for automated decision-making or profiling.' },
    ],
  },
  'breach-notification': {
    positive: [
      {
        text: 'If a data breach affects your personal information, we will notify you without undue delay.',
      },
    ],
    negative: [
      { text: 'Please notify us immediately if you suspect a breach of your account.' },
      { text: 'We use encryption to protect your data.' },
    ],
  },
};
