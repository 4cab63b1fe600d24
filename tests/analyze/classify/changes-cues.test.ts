import { describeCueExamples } from './cue-examples';

// Invented passages for the policy-change cues: positives tell users how the policy changes and how they hear of it
// in ways the older cues missed; negatives share words with them ("for changes", "effective", "notice") but are not
// about this policy changing.
const YES: Record<string, string[]> = {
  'review the policy for changes': [
    'These notices govern your use of the service, and it is your responsibility to review them for changes.',
    'Please check this page periodically for updates.',
  ],
  'notice of a change and how it reaches users': [
    'Notice may be given by email to the last address you gave us, or by posting notice of such changes on our sites.',
    'If our practices change in a significant way, you will be notified via email and a prominent notice on our home page.',
  ],
  'a use other than the one stated': [
    'If we later decide to use your information in a way not described here, we will contact you beforehand.',
    'We will give affected users notice before their information becomes subject to a different privacy policy.',
  ],
  'notice of a sale or transfer of the business': [
    'If the company is sold, customer records may pass to the buyer. You will be notified of the sale by email or through a notice posted on our site.',
    'In a merger, we will send a notice to the address on file before any customer data is finally transferred and becomes subject to a different privacy notice.',
  ],
  // The change put as a condition: the policy speaks of its own next version.
  'a change of this policy as a condition': [
    'Should this policy change, we would ask a parent for consent before collecting anything more from a child.',
    'When our privacy notice is revised, the new version will apply from the date shown at its top.',
  ],
  'a policy-changes heading': ['10. Changes to this Privacy Policy'],
  'asking users to check back': [
    'Please regularly visit this notice so you know what we do with your data.',
  ],
  're-reading the policy on a schedule': [
    'We encourage you to review this Privacy Notice periodically to stay informed.',
    'Please review our Cookie Statement regularly.',
  ],
  'changes posted here and effective when posted': [
    'Any changes we make will be posted here and will be effective when posted.',
  ],
  'the policy’s last-edited date': [
    'Questions? Write to privacy@example.com. Last Edited on 10/2014',
  ],
  'earlier versions of a named policy': [
    'To review the prior version of the Example Store privacy policy, please click here.',
  ],
};

const NO: Record<string, string[]> = {
  'a list the site keeps up to date': [
    'We may add to the list of advertising partners and we encourage you to check this section for new names.',
  ],
  // "The statement" alone may be a bank or account statement.
  'an account statement that is amended': [
    'When the statement is amended, the corrected balance appears in the app.',
  ],
  'a statute’s effective date': [
    'California Civil Code Section 1798.83, as amended effective January 1, 2014, lets residents ask which businesses received their data.',
  ],
  'the company reviewing its own compliance, not the reader checking back': [
    'We regularly review our compliance with our Privacy Policy and adhere to several industry frameworks.',
  ],
  'a sale of data, not of the business': [
    'California residents may read our Notice of Right to Opt Out of the sale of personal information below.',
  ],
  'visiting the site often, not re-reading the policy': ['Visit the site often for new recipes.'],
  'content posted here, not changes': ['New photos of the garden are posted here every week.'],
  'an edited letter, not an edited policy': [
    'We may publish your letter to the editor in edited form at any time.',
  ],
  'notice about something other than the policy': [
    'We will notify you by email when your order ships.',
  ],
};

describeCueExamples('policy-change cues', 'changes', YES, NO);
