import type { DataType, Period, RecipientKind, Right, SellsData } from '../schema';

// Words the comparison page, the change view and the exports show for each contract id.

export const DATA_TYPE_LABELS: Record<DataType, string> = {
  name: 'Name',
  email: 'Email address',
  phone: 'Phone number',
  'postal-address': 'Postal address',
  'government-id': 'Government ID',
  account: 'Account details',
  payment: 'Payment details',
  purchases: 'Purchases',
  'ip-address': 'IP address',
  'device-id': 'Device identifiers',
  'device-info': 'Device information',
  cookies: 'Cookies and ad identifiers',
  usage: 'Usage and browsing',
  location: 'Approximate location',
  'precise-location': 'Precise location',
  demographic: 'Age, gender, birth date',
  health: 'Health',
  biometric: 'Biometric',
  'social-media': 'Social media',
  communications: 'Messages and correspondence',
  employment: 'Employment',
  media: 'Photos, audio, video',
};

/** The same set the contract's `sensitive-data` flag names: data whose exposure does lasting harm. */
export const SENSITIVE_DATA_TYPES: ReadonlySet<DataType> = new Set<DataType>([
  'government-id',
  'biometric',
  'health',
  'precise-location',
]);

export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = {
  'service-provider': 'Service providers',
  analytics: 'Analytics',
  advertiser: 'Advertisers',
  affiliate: 'Affiliates',
  government: 'Authorities',
  acquirer: 'Buyers in a merger',
  public: 'Public / other users',
  other: 'Other third parties',
};

export const RIGHT_LABELS: Record<Right, string> = {
  access: 'Access',
  correct: 'Correction',
  delete: 'Deletion',
  portability: 'Portability',
  restrict: 'Restrict processing',
  object: 'Object',
  'withdraw-consent': 'Withdraw consent',
  'opt-out-marketing': 'Opt out of marketing',
  'opt-out-sale': 'Opt out of sale / sharing',
  'limit-sensitive': 'Limit use of sensitive data',
  'non-discrimination': 'No discrimination for using rights',
  complain: 'Complain to a regulator',
};

/**
 * GDPR (Art. 15-22, 7(3), 77) and CCPA/CPRA rights are listed apart because users in each place can
 * only rely on their own law's set. Access, correction and deletion exist under both; they sit in the
 * GDPR list once, and opt-out of marketing (ePrivacy, CAN-SPAM) belongs to neither list.
 */
export const GDPR_RIGHTS: readonly Right[] = [
  'access',
  'correct',
  'delete',
  'portability',
  'restrict',
  'object',
  'withdraw-consent',
  'complain',
];
export const CCPA_RIGHTS: readonly Right[] = [
  'opt-out-sale',
  'limit-sensitive',
  'non-discrimination',
];
export const OTHER_RIGHTS: readonly Right[] = ['opt-out-marketing'];

export const SELLS_DATA_LABELS: Record<SellsData, string> = {
  yes: 'Yes',
  no: 'No',
  'not-stated': 'Not stated',
};

export function formatDays(days: number): string {
  if (days >= 365 && days % 365 === 0) return plural(days / 365, 'year');
  if (days >= 30 && days % 30 === 0) return plural(days / 30, 'month');
  return plural(days, 'day');
}

export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'duration':
      return formatDays(period.days);
    case 'indefinite':
      return 'indefinitely';
    case 'as-long-as-necessary':
      return 'as long as necessary';
  }
}

function plural(n: number, unit: string): string {
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} ${unit}${rounded === 1 ? '' : 's'}`;
}

/** A date the way the pages show it, fixed to UTC so tests and users in any zone see the same day. */
export function formatDate(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return 'an unknown date';
  return d.toISOString().slice(0, 10);
}
