import { absenceEvidence, defineCues, findCueEvidence } from './cues';
import type { FlagRule } from './types';

// When no address is given, quote what the policy offers instead (a contact form, "contact us").
const CONTACT_MENTION = defineCues([
  {
    match: /\bcontact (?:us )?(?:through|via|using|by|at|on|form|page)\b/,
    reason: 'where the policy points the reader instead ("contact us through our contact form")',
  },
]);

export const noPrivacyContact: FlagRule = {
  id: 'no-privacy-contact',
  severity: 'medium',
  title: 'No privacy contact',
  explanation:
    'The policy gives no email address, phone number, postal address or web address for privacy questions.',
  test({ doc, facts }) {
    const { emails, phones, addresses, urls } = facts.contacts;
    if (emails.length + phones.length + addresses.length + urls.length > 0) return null;
    // The last mention: policies end with their contact section, earlier mentions are usually in passing.
    const mentions = findCueEvidence(doc, CONTACT_MENTION, { negation: 'ignore', limit: Infinity });
    return mentions.length > 0 ? mentions.slice(-1) : absenceEvidence(doc, 'contact');
  },
};
