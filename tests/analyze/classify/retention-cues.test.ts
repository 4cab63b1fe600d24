import { describeCueExamples } from './cue-examples';

// Invented passages, one or more per retention cue: positives state how long data is kept or when it goes in a way
// the older cues missed; negatives look like retention (a period, "retain", "delete") but are about something else.
const YES: Record<string, string[]> = {
  'retaining for a time': [
    'We may retain your account details for a reasonable period of time after you close your account.',
    'We will retain your profile while you have an account with us and thereafter as required by law.',
    'Some records are retained for legal and accounting purposes.',
    // A stated time for keeping data holds its own inside a paragraph mostly about the user's choices.
    'You can correct or update your details in your account settings at any time. Records are held until the end of the tax year.',
    // Any number spelled out, not only the common ones.
    'Invoices are held for five years.',
  ],
  'a retention heading or "how long"': [
    'Retention of Personal Information. We keep what you send us only as long as we need it.',
    'How long we keep your data depends on why it was collected.',
  ],
  'kept while needed': [
    'Your details stay with us as long as we need them to provide the service.',
  ],
  'data that stays after deletion': [
    'Posts you delete are not removed from our servers immediately.',
    'After you close your account, residual copies may remain on our servers for a while.',
    // Data that outlives the user's own deletion, with no "even" and no server named.
    'Comments may persist in search engine caches after you delete them from the forum.',
    'Shared copies of a file can survive after you remove it from your folder.',
  ],
  'a deletion routine': [
    'Server logs are subject to scheduled destruction under our records schedule.',
  ],
  'discarded after use': [
    'We may keep your comments to improve the site, or review and discard them.',
    'Paper forms are scanned and then shredded; the scans are stored in our records system.',
  ],
  'kept for one purpose': [
    'We store your friend’s address for the sole purpose of sending the invitation.',
  ],
  'an address used once': [
    'We will send your friend a one-time email and the address is stored for that purpose only.',
  ],
  'copies that stay in backups': [
    'Deleted information may stay in our backup files for some time.',
    // Copies left in caches and archives are enough on their own, with no deletion verb or server named.
    'Deleted posts may remain visible in cached and archived pages of the forum.',
    'Old drafts can stay in any backup copies for a few weeks.',
  ],
  'not kept once a purpose is served': [
    'We do not keep your card number in our systems once the transaction is complete.',
  ],
  'used for one errand only': [
    'Addresses typed into the share box may be saved for next time, but they are not used for any other purpose.',
  ],
  'records kept on file or as a log': [
    'We keep a complete log of support chats, even after both people delete their accounts.',
    'Copies of your requests may be kept on file for quality control.',
  ],
  'removal that is not complete': [
    'Removing a post from the forum does not ensure complete removal of what you shared.',
  ],
  // Phrasings of GDPR-era notices that OPP-115's older policies hardly use.
  'kept no longer than needed': [
    'Storage limitation: personal data is not kept longer than necessary.',
  ],
  'a duty to keep data': [
    'We will erase your profile on request, unless we need to keep it to meet a legal obligation.',
    'Tax rules mean we have to keep invoices.',
  ],
  'secure destruction': ['Once the claim is settled, the file is securely destroyed.'],
  'kept for a named purpose': [
    'Copies of your ID are stored for verification purposes.',
    'Login records are kept for security and fraud prevention.',
  ],
  'kept for the life of an account': ['We hold your photos for the lifetime of your account.'],
  // "Retain" first, a list that goes on to a time, or a list under a denial still states retention.
  'retaining beside another verb': [
    'We will retain and use your information as necessary to comply with our legal obligations and resolve disputes.',
    'Call recordings are processed and retained for ninety days.',
    'Our payment processor does not collect, retain or use your card number for any other purpose.',
  ],
  'deletion or anonymisation once not needed': [
    'Once we no longer need your order history, we erase or anonymise it.',
  ],
};

const NO: Record<string, string[]> = {
  'data from a child is deleted on discovery': [
    'If we learn that we have collected personal information from a child under 13 without parental consent, we will delete that information from our records.',
  ],
  'a deadline for answering a request': [
    'We will respond to your request to access, update or delete your personal information within 30 days.',
  ],
  '"retain" as keeping a right or control': [
    'You retain control over whether to download the plug-in.',
    'In a merger we may retain the right to continue to use transferred information.',
  ],
  'retention in a list of practices': [
    'We are not responsible for the retention, use or privacy of profiles that other members copy.',
    // "Retain" as one verb in a list of processing.
    'If you have questions about the personal data we process or retain, please write to our support team.',
    'Workspace administrators can access or retain files stored in your account.',
  ],
  'an overview of the policy': [
    'This notice describes how we collect, use, share and retain the information you give us.',
  ],
  'an age is not a period': [
    'Visitors under 18 years of age should know that we store nothing about them.',
  ],
  'data taken in, not a period': [
    'We receive and store the pages you visit and the links you click in our database.',
  ],
  'keeping data confidential is not keeping it': [
    'Our partners are required to keep your details confidential.',
    'You must keep your password secret and up to date.',
  ],
  'a shop is not storage': ['We operate cameras in store for security reasons.'],
  'keeping someone informed is not keeping data': [
    'We keep you informed about account changes 30 days before they take effect.',
    'We will keep you posted for two weeks after you sign up.',
  ],
  'a breach list is not disposal': [
    'We store your data on protected servers, but no system can ensure that it will never be accessed, altered or destroyed.',
  ],
  'a cookie’s lifetime': [
    'Our analytics cookies expire after 13 months.',
    // Closing the browser is not deleting data.
    'A persistent cookie remains on your device after you close your browser.',
  ],
  // "Keep a record of" what happened is noting it down (what was sent, what was chosen), not holding data for a time.
  'a record of what happened': [
    'When you write to our help desk, we may keep a record of that correspondence.',
    'We keep a log of which newsletters you have chosen to receive.',
  ],
  // Only the company's (or an unnamed) backup is its copy: the user's own device backup is not.
  'the user’s own backup': ['Your photos stay in your own phone’s backups.'],
  // A table of contents lists the retention heading beside the others and states no practice.
  'a table of contents': [
    'Table of Contents: What We Collect. How We Use It. Data Retention. How Long We Keep Your Information. Your Rights.',
    'Jump to a section: Sharing; Retention of Personal Information; Contact Us.',
  ],
  // A bare backup or archive weighs no more than a storage verb: a kind of data, or an institution.
  'a backup or archive named in passing': [
    'Backup data and game data may also be stored on servers located in other countries.',
    'Under copyright law, libraries and archives may furnish a photocopy of a work for private study.',
  ],
  'the user has not removed something': [
    'Advertisers may read their own Flash cookies on your device if you have not removed them.',
  ],
};

describeCueExamples('retention cues', 'retention', YES, NO);
