import { describeCueExamples } from './cue-examples';

// Invented passages for the sharing cues: each positive is a way policies (CCPA- and GDPR-era ones included) say
// data goes to others, each negative a passage that uses sharing words without anyone receiving the data.
const YES = [
  'In the preceding 12 months, we have disclosed the following categories of personal information for a business purpose: identifiers and commercial information.',
  'Recipients of your personal data include our group companies, IT service providers and professional advisers.',
  'Our processors act only on our documented instructions and are bound by confidentiality obligations.',
  'In a business transfer, customer information is usually among the assets involved.',
  'We may make your information available to data brokers.',
  // Acting for other businesses, giving them data (or saying so), letting others see it.
  'Now and then we mail special offers on behalf of our marketing partners.',
  'When we do this, we never give those partners your name or address.',
  'Some community features let other members see your profile and contact you.',
  // Ad and content companies collecting on the site.
  'Content providers may place cookies on your computer when you watch embedded videos.',
  // Recipients as modern notices list them, and data handled under another company's own policy.
  'Categories of recipients: payment processors, cloud hosting providers, customer support tools and email delivery services.',
  'Card details go straight to our payment processor, which handles them under its own privacy policy.',
  // The company sharing with someone named only by the context, audience reports, and businesses that complete a
  // request downstream.
  // A long collection passage: the recipient cue keeps sharing within reach of the main topic.
  'When you buy a joint offer we automatically collect your IP address and device identifiers, and we ask for your name, postal address, email address, phone number and payment card details; we share the details of your order with that business.',
  'We also prepare monthly statistics and report aggregate figures to our advertisers.',
  'If you ask to be contacted about a car, we will forward your name and phone number to the dealer you select.',
  'To process a refund we may send your order number to the retailer that shipped it.',
  // The company publishing what users send it.
  'If you win a contest, we may publish your name and city of residence.',
  // Forwarding to anyone, posts that become public, and the grounds of a legal disclosure.
  "Questions about a particular store will be forwarded to the store's owner along with your contact details.",
  'Reviews you post on the site are public, so please leave out anything personal.',
  'Anything you write in the forums can be read, collected or used by other users.',
  'We may also do so where we believe in good faith that the law requires it.',
  // Receiving data from others does not hide sharing stated beside it.
  'We receive updated addresses from our carriers and other third parties, and we share your order details with those carriers so they can deliver your purchase.',
  // A warrant is a legal demand for the data.
  'We will hand over account records when served with a warrant.',
  // A business sale keeps the label beside a long list of the data collected.
  'Asset transfers. If we become involved in a merger, acquisition or other transaction involving the sale of some or all of our assets, user information, including personal information we collect from you when you register, use our forums and buy our products, could be included in the transferred assets.',
];

const NO = [
  // Disclosure named as a harm that security guards against.
  'Our safeguards protect your data against unauthorized access or disclosure by third parties.',
  // Links to jump to each part of the policy.
  'Jump to a section: what we collect, how we use it, how we share it with third parties, and your rights.',
  // Password advice and industry self-regulation.
  'Choose a strong password and never share your password or login details with others.',
  'We adhere to several self-regulatory frameworks and work with regulators on privacy questions.',
  // Other parties outside the policy's control.
  'This policy does not cover the practices of third parties, such as advertisers or our partners.',
  // A Shine the Light notice: the right to ask who received data, not a disclosure.
  'Under California Civil Code Section 1798.83, residents may ask once a year how to request such a notice.',
  // The collect-use-share triplet announcing the policy's topics.
  'Please read this summary so you understand how we collect, use and share information and your choices.',
  // Opting out of targeted ads.
  'You may opt out of interest-based advertising from our advertising partners at any time through the industry choice page.',
  // Opting out of sharing: the user's right over sharing stated elsewhere.
  'You may opt out of having your contact details shared with marketing partners by writing to our privacy desk.',
  // The user publishing their own work through the service.
  'If you elect to publish your book through our self-publishing service, we ask for your bank details so we can pay you.',
  // What users choose to give the company is collection, not sharing.
  'When you register, you may share different kinds of personal details with us, such as your name and phone number.',
  'Taking part is voluntary, and you decide whether or not to disclose information to the site.',
  // The advertising practice named without any company receiving data.
  'For more details on behavioural advertising and your options, see our About Ads page.',
  // "Looking forward to" is an idiom, not forwarding.
  'We are looking forward to working with our new partner to improve the app.',
  // Data the company receives from others names them as a source, not as a recipient.
  'We obtain information about you from third parties. For example, when you sign in through a social network, that network will give us your name and profile photo.',
  // A warranty disclaimer is not a warrant served on the company.
  'We make no warranty, express or implied, about the accuracy of the articles on this website.',
  // Buying other companies passes no data on.
  'We often acquire new companies to expand our business; acquired companies may keep their own privacy policies for a while.',
];

describeCueExamples('sharing cues', 'sharing', YES, NO);
