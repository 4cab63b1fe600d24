import { describeCueExamples } from './cue-examples';

// Invented passages for the rights cues: positives state what the user can do or ask for (GDPR, CCPA and older
// wording), negatives use "access", "identity" or "request" for something that is not a user right.
const YES: Record<string, string[]> = {
  'exercising statutory rights': [
    'To exercise these rights, send a verifiable consumer request through the form on our site.',
    'We will not discriminate against you for using any of the options described here.',
    'If we turn your request down, you may appeal that decision within 45 days.',
  ],
  'a copy of one’s data': [
    'Members can ask us for a copy of the personal data held in their file.',
  ],
  'consent asked for before a use': [
    'We will ask for your permission before we share your location, and only with your consent.',
  ],
  'changing or unlinking one’s own information': [
    'You can disconnect your music account from your profile whenever you like.',
    'Write to the membership office to make changes to your personal information.',
  ],
  'a setting the user can switch off': [
    'Most phones give owners the ability to disable location services.',
    'Browsers include an option to clear stored cookies.',
  ],
  'data the user wants removed': ['Email the help desk naming the entries you would like removed.'],
  'GDPR rights named as nouns': [
    'Under data protection law you have the following rights: rectification, erasure and portability.',
  ],
  'consumers as the ones who act': [
    'Consumers can limit the use of their sensitive personal information.',
  ],
  'options and objections': [
    'Patients are given the opportunity to object before details are released to relatives.',
  ],
  'the user wants to see, change or limit their data': [
    'If you would like to review the details in your file, write to the records office.',
    'Should you wish to correct your mailing address, tell our help desk.',
    "If you'd like to update the phone number on your file, call the front desk.",
  ],
  'health-record rights': [
    'We answer requests for inspection within ten days and requests for copies within thirty.',
    'An accounting of disclosures lists who received your records in the past six years.',
  ],
  'a list of the user’s options follows': [
    'Members have several options regarding reminder messages:',
  ],
  'opting out, including a heading': [
    'Opting-Out. Every newsletter carries a link at the bottom.',
    'We share your name and address with our sponsors, who may send you their own offers; you may opt out of receiving these mailings at any time.',
  ],
  'clearing one’s own history': ['You can clear your viewing history from the history page.'],
  'asking that data be corrected or withheld': [
    'A student may visit the registrar and request that the error be corrected.',
  ],
  'the company gives the user access': [
    'Our portal gives you access to the order history kept under your name.',
  ],
  'the user’s choices, with a word on how to make them': [
    'You have choices about the marketing messages we send; to change them, write to the membership office.',
  ],
  'an industry programme with the user’s choices': [
    'You can learn more about online advertising and your choices at aboutads.info.',
  ],
  'an opt-out beside a Do Not Track notice': [
    'We do not respond to Do Not Track signals, but you can opt out of third-party tracking in your account settings.',
  ],
  'statutory opt-out links and signals': [
    'Do Not Sell or Share My Personal Information',
    'Limit the Use of My Sensitive Personal Information',
    'We treat a Global Privacy Control signal as a valid request under state law.',
  ],
  'the right about automated decisions': [
    'You have the right not to be subject to a decision based solely on automated processing.',
  ],
  'customers acting on their own records': [
    'Customers can review their order history at any time.',
  ],
  'optional information with a way to withdraw it': [
    'The survey is voluntary: skip any question, and your earlier answers can be deleted on request.',
  ],
  'the company honours the user’s request': [
    'Tell the front desk, and we will honour your request within ten working days.',
  ],
  'the user controls who sees their content': [
    'You have full control over who sees your posts.',
    'You decide who can see your profile.',
  ],
  'taking a copy of one’s data, and limits on refusing a request': [
    'Use the Download Your Information tool to export your data.',
    'We will not charge a fee unless your request is manifestly unfounded or excessive.',
    'A reasonable fee may apply if a request is clearly unfounded, repetitive or excessive.',
  ],
  'withdrawing consent': [
    'Withdrawing consent does not affect processing carried out before the withdrawal.',
  ],
  'the company’s own opt-out beside a pointer to a partner’s': [
    'You can opt out of our marketing emails in your account settings; to opt out of their tracking, see our partners’ sites.',
  ],
  'asking the company not to use or share data': [
    'You can instruct us not to use your details for marketing.',
  ],
  'the user asks for data described at length to be removed': [
    'If you would like to have your personally identifiable information removed, email our office at help@example.com or call 555-0100.',
  ],
  'reviewing one’s data, not a policy': ['You may review the personal data we hold about you.'],
  'uses that wait on the user’s consent': [
    'Records go to insurers only with your written authorization, and to relatives only when we have your permission.',
  ],
  'the user wants to see or take their data, named': [
    'If you would like to know what personal data we hold about you, write to the records office.',
    'Should you wish to view, delete or correct the personal information in your file, sign in.',
  ],
  'cookie choices as consent tools name them': [
    'You have choices about the cookies we use: see our Cookie Settings.',
    'Use the toggles in the cookie banner to accept or reject non-essential cookies.',
    'You can switch off analytics cookies whenever you like.',
  ],
  'declining to give data': [
    'You can browse most of our pages without providing any personal information.',
    'If you do not provide the requested information, we may not be able to ship your order.',
    'Your refusal to submit personal data may limit which activities you can join.',
  ],
  'requesting the deletion of one’s data': [
    'Send a note to the help desk to request the deletion of your account data.',
  ],
  'editing one’s own data named by kind': [
    'To remove your saved delivery information, open the address book page.',
    'Sign in to edit your contact information.',
  ],
  'a right stated as an imperative list item': [
    'Access the personal data we hold about you;',
    '• Correct inaccurate details about you.',
  ],
  'changing one’s mind': [
    'If you change your mind, tell us and we will stop sending the newsletter.',
  ],
  'students, applicants and clients acting on their own records': [
    'Students can correct their enrolment record online.',
    'Applicants can update the information in their file until the deadline.',
  ],
  'the company makes the changes asked for or gives access': [
    'Write to the records office and we will make the changes you request within a month.',
    'We provide members with reasonable access to their personal information.',
  ],
  'the European programme and online choices': [
    'Learn about your online choices at youronlinechoices.eu.',
  ],
  'not agreeing, however it is spelled': [
    'If you cannot agree to these terms, please do not use the app.',
    'If you dont accept this notice, stop using the service.',
    'If you disagree with this policy, do not register.',
  ],
  'opting out of cookies inside an advertising paragraph': [
    'Our ad partners place cookies to count how often you see an ad and share those counts with advertisers, their agencies and other third parties; to learn how to "opt-out" of receiving cookies, see the partners\' sites.',
  ],
};

const NO: Record<string, string[]> = {
  'a cookie that remembers ad preferences offers no choice': [
    'Our partner sets a cookie to remember your ad preferences.',
  ],
  'a wish to see something that is not one’s data': [
    'If you would like to view the video in full, press play.',
  ],
  'verifying identity before access is security': [
    'We take reasonable steps to verify your identity before granting access to your account.',
  ],
  'a seal programme’s principles': [
    'Our seal provider reviewed our practices for transparency, accountability and choice regarding the collection of your information.',
  ],
  'a statute’s name': [
    'Health records are subject to the Health Insurance Portability and Accountability Act.',
  ],
  'staff access is not a user right': [
    'Only our support staff have access to order records, and only to answer questions.',
  ],
  'the company’s reserved right is not the user’s': [
    'We reserve the right to access and disclose account records where the law requires it.',
  ],
  'optional fields described as the user’s choice': [
    'Giving us your phone number when you order a brochure is your choice.',
  ],
  'a California-rights heading alone': ['Your California Privacy Rights'],
  'access to a product is not access to one’s data': [
    'The new plan gives you access to more songs each month.',
  ],
  'a request to a courier': ['We will request that our courier deliver the parcel before noon.'],
  'a wish to receive something is not a right': [
    'If you would like to receive our catalogue, enter your postal address.',
  ],
  'a table of contents or a pointer names the user’s choices without stating one': [
    'Contents: Information We Collect How We Use It Your Choices Contact Us',
    'Our advertising partners may show you ads based on your visits; to learn your choices, click here.',
  ],
  'a heading naming the user’s rights': [
    'Privacy Notice - Your Privacy Rights. Last revised: March 2, 2014',
  ],
  'an industry programme named without a choice': [
    'Our ad partners follow the Digital Advertising Alliance principles for online advertising.',
  ],
  'a Do Not Track notice': [
    'Our site does not answer DNT browser settings, and it does not take part in any Do Not Track framework.',
  ],
  'a statement that the company does not sell': [
    'We do not sell or share your personal information with data brokers.',
  ],
  'staff named after the people they serve': [
    'Customer service staff may review your order history when you call us.',
  ],
  'an app asking for a device permission': [
    'The app may request access to your camera and microphone when you record a video.',
  ],
  'the log-file boilerplate about requesting a page': [
    'Each time you make a request to access (i.e., visit) a web page, your browser reports log file information.',
  ],
  'reading a policy is not acting on one’s data': [
    'Our analytics vendor publishes its own rules; you may review its privacy policy on its website.',
    'If we change this notice we will post a banner so that you can review the updated notice.',
  ],
  'an optional field on a form': [
    'Your phone number is optional; we use it only to confirm deliveries.',
    'Taking part in our surveys is voluntary.',
  ],
  'complying with legal requests': [
    'We comply with such requests from law enforcement only when the law requires it.',
  ],
  'exporting something other than one’s data': [
    'Administrators can export reports as spreadsheets.',
  ],
  'a pointer to another company’s opt-out': [
    'For more about our ad partners and how to opt out of their tracking, see their websites.',
  ],
  'the company asking the user not to send something': [
    'We ask that you not send us any sensitive personal information, such as health details.',
  ],
  'consent read into continued use is no choice': [
    'By submitting an entry, you consent to being contacted about the contest.',
    'By visiting this website you agree to the placement of cookies and consent to this policy.',
  ],
  'a duty to give accurate data is no choice': [
    'If you do not give us accurate details, we cannot be held responsible for delays.',
  ],
  'requesting the removal of a thing': ['The council may request the removal of the fallen tree.'],
  'using the company’s service is not access to one’s data': [
    'You may be able to access our goods and services with a partner account.',
    'The new reading room improves the ability to access our collections online.',
    'Members may view the site in several languages.',
  ],
  'the company editing data or the policy': [
    'The clerk will update your shipping address before dispatch.',
    'We may update this notice if we change how we treat your usage data.',
  ],
  'an imperative about the company’s records or a thing': [
    'Update our records when a parcel is returned.',
    'Remove the battery cover before cleaning.',
    'Access to the gym is free for members.',
  ],
  'changing one’s mind about a purchase': [
    'If you change your mind about a purchase, return it within 30 days.',
  ],
  'access given to others, changes the company asks for': [
    'We do not give advertisers access to the information we collect.',
    'Our contractors make the changes we request to the website.',
  ],
  'online choices of a product alone': ['The site offers online choices of fabric and colour.'],
  'a question the user cannot answer': ['If you cannot find the answer, call us.'],
};

describeCueExamples('rights cues', 'rights', YES, NO);
