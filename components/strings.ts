import type { DataType, Grade, RecipientKind, Right, Severity } from '../lib/schema';

// Every user-facing string in one place, ready to move to @wxt-dev/i18n message files.
export const messages = {
  appName: 'PolicyLens',
  badgeTitle: (grade: Grade, high: number) =>
    `PolicyLens: grade ${grade}, ${high === 0 ? 'no' : high} high-severity ${high === 1 ? 'flag' : 'flags'}`,
  gradeLabel: (grade: Grade) => `Privacy grade ${grade} (A is best, E is worst)`,
  loading: 'Reading this tab…',
  analyzing: 'Reading the privacy policy on this page…',
  restrictedTitle: 'PolicyLens cannot read this page',
  restrictedBody:
    'Browser pages, the extension store and other protected pages are off-limits to extensions.',
  notPolicyTitle: 'This page is not a privacy policy',
  notPolicyNoLink: 'No link to a privacy policy was found on this page.',
  linkFound: 'This site links to a privacy policy:',
  summariseLink: "Summarise this site's privacy policy",
  summarisingLink: 'Reading the privacy policy…',
  analyzePage: 'Analyse this page',
  analyzeAnyway: 'Analyse this page anyway',
  pausedTitle: 'Automatic detection is paused',
  pausedBody: 'PolicyLens only reads a page when you ask it to.',
  notDetectedTitle: 'PolicyLens has not read this page yet',
  notDetectedBody: 'Pages that were open before PolicyLens started are read when you ask.',
  tooShortTitle: 'Too short to judge',
  tooShortBody: 'There is not enough text here to summarise as a privacy policy.',
  nonEnglishTitle: 'This policy is not in English',
  nonEnglishBody:
    'PolicyLens only summarises English policies for now, rather than guess at others.',
  linkErrorTitle: 'The privacy policy could not be loaded',
  linkNotPolicy: 'The linked page does not look like a privacy policy.',
  analysisFailed: 'Something went wrong while reading this page. Reloading the page may help.',
  linkInvalid: 'The policy link is not a valid address.',
  linkOtherSite: 'The policy link points to another site, which PolicyLens does not fetch.',
  linkHttpError: (status: number) => `The policy page answered with an error (HTTP ${status}).`,
  linkNotHtml: 'The policy link is not a web page.',
  linkTimeout: 'The policy page took too long to load.',
  linkUnreachable: 'The policy page could not be reached.',
  lastUpdated: 'Last updated',
  unknownDate: 'not stated',
  readingSaved: (minutes: number) => `About ${minutes} min of reading saved`,
  words: (count: number) => `${count.toLocaleString('en')} words`,
  flagsHeading: 'Red flags',
  goodHeading: 'Good signs',
  noFlags: 'No red flags were found.',
  dataHeading: 'Data collected',
  sharingHeading: 'Sharing',
  retentionHeading: 'Retention',
  rightsHeading: 'Your rights',
  contactHeading: 'Contact',
  nothingFound: 'The policy does not say.',
  sells: {
    yes: 'Sells personal data',
    no: 'Says it does not sell personal data',
    'not-stated': 'Does not say whether it sells data',
  },
  unnamedRecipient: 'Unnamed',
  showInPage: 'Show in page',
  notInPage: 'Not found on this page',
  quoteFrom: 'From the policy',
  howToExercise: 'How to exercise your rights',
  emails: 'Email',
  phones: 'Phone',
  addresses: 'Postal address',
  links: 'Links',
  summaryOfLink: 'Summary of the linked policy',
  recentSites: 'Recent sites',
  noSites: 'No policies saved yet.',
  deleteSite: (site: string) => `Delete saved summaries for ${site}`,
  deleteAll: 'Delete all',
  confirmDeleteAll: 'Confirm: delete all',
  pause: 'Pause automatic detection',
  openCompare: 'Compare saved sites',
  settings: 'Settings',
  period: {
    indefinite: 'Indefinitely',
    necessary: 'As long as necessary',
    days: (days: number) => formatDays(days),
  },
  unspecifiedSubject: 'Data (not specified)',
} as const;

function formatDays(days: number): string {
  if (days % 365 === 0) return `${days / 365} ${days === 365 ? 'year' : 'years'}`;
  if (days % 30 === 0) return `${days / 30} ${days === 30 ? 'month' : 'months'}`;
  if (days % 7 === 0) return `${days / 7} ${days === 7 ? 'week' : 'weeks'}`;
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

export const severityLabels: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  good: 'Good',
};

export const dataTypeLabels: Record<DataType, string> = {
  name: 'Name',
  email: 'Email address',
  phone: 'Phone number',
  'postal-address': 'Postal address',
  'government-id': 'Government ID',
  account: 'Account details',
  payment: 'Payment details',
  purchases: 'Purchase history',
  'ip-address': 'IP address',
  'device-id': 'Device identifiers',
  'device-info': 'Device and browser information',
  cookies: 'Cookies and tracking identifiers',
  usage: 'Usage and browsing activity',
  location: 'Approximate location',
  'precise-location': 'Precise location',
  demographic: 'Age, gender and demographics',
  health: 'Health information',
  biometric: 'Biometric data',
  'social-media': 'Social media profile',
  communications: 'Messages and correspondence',
  employment: 'Employment details',
  media: 'Photos, audio and video',
};

export const recipientKindLabels: Record<RecipientKind, string> = {
  'service-provider': 'Service provider',
  analytics: 'Analytics',
  advertiser: 'Advertising',
  affiliate: 'Affiliated company',
  government: 'Authorities',
  acquirer: 'Buyer in a merger or sale',
  public: 'Public / other users',
  other: 'Other third party',
};

export const rightLabels: Record<Right, string> = {
  access: 'Access your data',
  correct: 'Correct your data',
  delete: 'Delete your data',
  portability: 'Take your data elsewhere',
  restrict: 'Restrict processing',
  object: 'Object to processing',
  'withdraw-consent': 'Withdraw consent',
  'opt-out-marketing': 'Opt out of marketing',
  'opt-out-sale': 'Opt out of sale or sharing',
  'limit-sensitive': 'Limit use of sensitive data',
  'non-discrimination': 'No discrimination for using your rights',
  complain: 'Complain to a regulator',
};
