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
};

const NO: Record<string, string[]> = {
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
};

describeCueExamples('rights cues', 'rights', YES, NO);
