import { describeCueExamples } from './cue-examples';

// Invented passages for the collection cues: each positive is a way policies state first-party collection or use
// without the usual "we collect", each negative a passage that mentions data while being about another practice.
const YES = [
  // The company writes to the user with the details it holds.
  'From time to time we will send you a short survey about the magazine.',
  // A cookie explained to the reader.
  'A cookie is a small text file that a website saves on your computer.',
  // The company asks for data at a collection point.
  'To enter the sweepstakes you will be asked to provide your name and date of birth.',
  // GDPR-era third-person wording.
  'Acme processes your personal data when you order from the shop.',
  'Example Ltd is the data controller responsible for your personal data.',
  // A record of the user's dealings.
  'We keep a record of every support ticket you open.',
  // A denial of collecting, browsing without handing over data, files stored on the device.
  'This service does not knowingly solicit personal details from its visitors.',
  'You can browse most of our site without telling us who you are or registering.',
  'Cookies are placed on your computer when you visit, so that the site works as you expect.',
  // A purpose-list item written as a gerund.
  'Responding to your questions and other requests;',
  "Saving your user ID so you don't have to re-enter it each time you visit the site;",
  // A CCPA category of personal information as a list item.
  'Internet or other electronic network activity information, including browsing history and search history.',
  // Collection stays collection when the passage also says where the company is based.
  'We collect your name and email address when you sign up for our newsletter, and use them to send it to you.',
  // The company's own tracking stays collection next to a mention of partners.
  'We use cookies and web beacons to measure how our pages are used and to remember your preferences.',
  // A numbered "how we use" heading over its paragraph.
  '3. How we use information. We rely on it to run the service and answer your requests.',
  // A collection point (registration) next to a transaction.
  'Registration is needed before you can place an order.',
  // Recording, storing or asking for data after a modal, whoever the subject is.
  'The mobile app may record information such as how often you open it and which screens you view.',
  'From time to time the publisher may request additional details from you.',
  // Telling the user how to refuse the site's cookies implies the site sets them.
  'If you disable cookies in your browser, some pages of the site may not display properly.',
  // Knowing which e-mails were opened is data gathered about the reader.
  'Our newsletters carry a tiny image that tells us which messages have been opened.',
  // A purpose-list item that contacts the user.
  'To contact you about your orders;',
  // Collection stays collection when the passage also mentions links to other websites.
  'We collect your name and email address when you register. Our pages also contain links to other websites.',
  // "Use and share": the company's own use holds its label beside the sharing that follows.
  'We reserve the right to access, use, and share with others your personal details for purposes of public safety.',
  // Collection stated outright keeps its label when the same data is later named as what is (not) passed on.
  'We collect the information you provide when you register, such as your name and email address, and we never sell the information you provide to anyone.',
  'When you register we collect your name and email address and use them to send you our newsletter; we may also share the information we collect with our affiliates.',
  // "They" as the users, and a third party collecting beside the company ("we or they"), leave collection alone.
  'Recognize returning visitors as they access the service from several browsers or devices;',
  'Our partners and we may combine the usage data we or they collect to analyze how visitors use the site.',
  // Data the company receives from other sources is its collection.
  'Sometimes we get details about you from public sources to keep our records up to date.',
  // Collection stated outright stays collection beside a note that profiles are public.
  'When you register we collect your name, email address and date of birth; the profile details you choose to share are visible to other members.',
  // Remembering the user's details is still a purpose.
  'Remember your sign-in details so you need not enter them again on each visit;',
  // The company's own use stays a use when an outside company is named later in the sentence.
  'We use the details you give us to ship your orders through a delivery company.',
  // The company as one of several subjects still collects or uses the data itself.
  'As described above, we and third parties may use cookies and other tracking technologies to measure which ads you see.',
  'We and our service providers generally use the details that we or they receive to run the service and answer your requests.',
  // Purpose-list items: enforcing terms, letting the user take part.
  'Enforce our terms of use;',
  'Allowing you to take part in the forums and other features of the site;',
  // Knowing what is collected because the user typed it in is still about collection.
  'You will know what personal information we collect because you type it into our forms yourself.',
  // The company, named in the third person, using the data.
  'The publisher may use your information to send you the newsletter you asked for.',
  // Collection stated outright keeps the label beside the children's notice.
  'We collect your name and email address when you register. We do not knowingly collect personal information from children under 13.',
];

const NO = [
  // Protecting data is security, even though it names the data and a purpose.
  'We use encryption to protect your payment information when it travels over the Internet.',
  'Secure socket layer technology is used to encrypt your card details.',
  // A change notice: telling the user about it is not a use of their data.
  'If we update this privacy policy, we will notify you by email before the changes take effect.',
  // A table of contents and the reason the policy exists name practices without stating one.
  'Table of contents: Information we collect; How we use information; How we share information; Your choices.',
  'We have created this privacy policy to demonstrate our commitment to the privacy of the information you provide.',
  // A cross-border transfer notice says where collected data goes, not what is collected.
  'If you live outside the United States, the information you give us will be transferred to and processed in the United States.',
  'Your account details may be stored on servers in other countries whose laws differ from yours.',
  // Letting other companies collect on the site is third-party collection, filed under sharing.
  'We allow analytics companies to use tracking technologies to collect information about how visitors browse our pages.',
  // Limits on what recipients may do with the data.
  'Our delivery partners receive your address and are required not to use your information for any other purpose.',
  // The usual disclaimer that no security is perfect.
  'Registration details you send us, such as your name and address, cannot be guaranteed to be 100% secure in transit.',
  // "How we use your information" inside a paragraph is a choice or an overview, not a heading over a practice.
  'You can change how we use your information at any time in your account settings.',
  'We care about the way your information is collected and used.',
  // The user asking for their data is a right, not the company collecting it.
  'Residents may request information about the categories of recipients of their data.',
  // Recipients' use of the data, limited, is sharing.
  'Our vendors are not authorized to use or disclose the information except to perform services for us.',
  // A denial of collecting from children is the children's notice (a plain denial stays collection, above).
  "Children's privacy. This site is a general audience site and does not knowingly collect or store personal information about children under the age of 13.",
  'The Company does not knowingly collect personal information from children under 13 years old. If we become aware that a child under 13 has submitted information, we delete it.',
  // A privacy seal's scope names collected data without stating a practice.
  'The seal program covers only information that is collected through this website, not information that may be collected through software you download.',
  'This certification does not cover information that is collected by our mobile apps.',
  // Blocking the cookies advertisers place is about their collection, not the site's.
  'Advertising networks may place their own cookies on your browser; you can block these cookies in your browser settings.',
  // Advice to the reader about opening e-mail is not the company tracking it.
  'If you open an email that looks suspicious, do not click on its links.',
  // "Contact us / Contact Information" as a heading or an instruction is not a purpose the data serves.
  'Contact Information',
  'Contact customer service for questions about your store visit.',
  // What the user might give a linked website is that site's collection.
  'Our site contains links to other websites. If you submit personal information to any of those sites, their own privacy policies apply.',
  // What the user provides, named only as the object of a disclosure, is what is passed on.
  'If you ask about a listing, we send the information you give us to the owner of that property.',
  // What the company collects, named only as what it shares or does not sell.
  'We may share the information we collect with our affiliates so they can offer you related products.',
  'We do not sell the information we collect about you.',
  // A third party taken up again as "they" or "these companies" is the one collecting.
  'Other companies display advertisements on our site. As part of their service, they may place a separate cookie on your computer to collect information such as the pages you visit.',
  // Another party receiving data from third parties is not the company's collection.
  'Advertisers receive reports from third parties about how their ads perform.',
  // What the user posts becoming public is sharing, not the company's collection.
  'Readers can comment on our articles. Any information you disclose when posting a comment, along with your screen name, becomes public and may be used by us in our promotions.',
  // "Remember that ..." addresses the reader; it is not the site remembering anything.
  'Remember that anything you submit in the community areas can be read, collected or used by other users, so please post with care.',
  // Using an outside company is engaging a recipient, not the company's own use of data.
  'We use outside vendors to ship your orders.',
  'We may use a delivery company to bring your parcels to your door.',
  // Servers used by the company and its providers are where data is kept, not a use of it.
  'We and our hosting providers may use servers in other countries to store copies of the site.',
  // "Further" as an adverb and a bare "Support" heading are no purpose.
  'Further information is available from our help desk.',
  'Support',
  // The collect-use-share triplet announces the policy's topics.
  'We would like to explain how we collect, use and share the information we obtain about you.',
  // A changes notice naming the practices the reader should know about.
  'If we change this policy, we will post the changes here so that you will always know what information we gather, how we might use that information, and whether we will disclose it to anyone.',
  // Another party using the data is its use, not the company's.
  'Other companies serve the ads on our pages. These companies may use information about your visits to show you ads elsewhere.',
  // Complaints and legal demands the company receives are correspondence, not data about the user.
  'When we receive formal written complaints about this policy, we will contact the person who made the complaint.',
  'We may disclose your information in response to subpoenas, court orders or other legal process we receive.',
  // A denial of collecting from children is the children's notice, however the company names itself.
  'The Service does not target children and does not knowingly collect any personally identifiable information from children under the age of 13.',
];

describeCueExamples('collection cues', 'collection', YES, NO);
