import { describeCueExamples } from './cue-examples';

// Invented passages for the contact cues: each positive is a way policies give a channel to the company, each
// negative a look-alike that mentions contacting without being about how to reach it.
const YES = [
  // An address spelled out against harvesters is still an address.
  'If you become aware of a problem with this site, please email us at privacy [at] example [dot] com.',
  'Members may also update their details by sending e-mail to membership{at}example.org.',
  'Write to our privacy team at privacy at example dot com.',
  // Postal addresses outside the US.
  'You can write to us at Example Ltd, 20 Bridge Court, London EC1A 1BB.',
  'Example GmbH, Hauptstraße 5, 10115 Berlin, is responsible for your data; you can write to us at this address.',
  // A contact detail told inside an opt-out instruction is still a way to reach the company.
  'You may opt out of such exchanges at any time by calling our member services team at (800) 555-0100 or writing to members@example.org, and we will remove you from the list.',
  // Where unresolved complaints go, and "contact us" with its channel.
  'If we have not resolved your concern, you can file a complaint with our independent dispute resolution provider.',
  'Please contact us at the number on your statement.',
  // A number to call and a request portal, as modern notices give them.
  'To make a request, submit the form on our privacy request portal or call 1-800-555-0100.',
  // Privacy staff by other titles, and a help desk.
  'You can reach our Privacy Coordinator about anything in this notice.',
  'If you have questions, send a note to our help desk and we will try to resolve them.',
  // An unresolved concern of any kind, and where enquiries should be sent.
  'If you have an unresolved privacy or data use concern, you may take it to an independent body.',
  'Only enquiries about this notice or your own records should be sent to the office named below.',
  // A street line and a state-and-ZIP line together are a full postal address, even with no other contact wording.
  'Guest Relations: Example Media Group, 400 Harbor Boulevard, Portland, OR 97201-1234',
  'The mailing address of the company is 77 Orchard Lane, Springfield, IL 62704.',
  // Sending mail to the company, and a fax line for requests.
  'If you prefer paper, send mail to our records office with any questions.',
  'Requests may be sent by fax to the office that keeps member records.',
  // Privacy questions named with the topic first.
  'For any privacy-related inquiries, you may contact us using the details below.',
  // What to put in a message to the company: its subject line, the details to include.
  'If you write to us by email, please put "Privacy Request" in the subject line.',
  'Please include your name and the address to which you would like us to reply.',
];

const NO = [
  // Contacting the company named as an occasion on which data is collected.
  'We collect information when you contact us, enter a contest or take part in a survey.',
  'If you contact us, we may keep a record of that correspondence.',
  'If you send us an email, we will use your email address only to reply to your questions or comments.',
  // A bare "contact us" inside another practice, with no channel.
  'If you would like us to delete your account, please contact us and we will remove it.',
  // An overview that names contacting among the topics, and contacting another organisation.
  'This notice explains what we collect, how we use it and how you can contact us with questions about this policy.',
  'You should contact these advertisers directly if you have questions about how they use your information.',
  // A site's contact form named as a source of collected data.
  'Information you submit voluntarily via our contact form, such as your name, email address and the contents of your message.',
  // The company's own channels to the user.
  'We may communicate with you by mail, telephone, fax or e-mail about your bookings and our offers.',
  // A street named on its own is a place, not a full address to write to.
  'Our flagship store at 12 Market Street stocks the full range of our products.',
  // Mail and email the company (or its vendors) sends out, and a fax number among the data collected.
  'Our vendors send mail and email to customers on our behalf; see the questions section for details.',
  'We record your name, postal address, telephone and fax number when you call customer service.',
  'Forum members cannot see your address unless you send an email to them with your questions.',
  // The public's privacy concerns are not questions sent to the company.
  'People have different privacy concerns; contact us if you want to know what we collect.',
  // A reply that unsubscribes is an opt-out, not a message to the company.
  'To stop these messages, reply to the email with the word "Remove" in the subject line.',
];

describeCueExamples('contact cues', 'contact', YES, NO);
