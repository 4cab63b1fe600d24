import { t, vocabularyLabels } from '../i18n';
import { isSessionEnd } from '../analyze/facts/retention-cookies';
import type { DataType, Period, RecipientKind, Retention, Right, SellsData } from '../schema';
import { DATA_TYPES, RECIPIENT_KINDS, RIGHTS } from '../schema/vocab';

// Words the comparison page, the change view and the exports show for each contract id. They are the popup's
// messages (locales/en.json "dataType", "recipientKind", "right", "period"): one table per language.

export const DATA_TYPE_LABELS: Record<DataType, string> = vocabularyLabels('dataType', DATA_TYPES);

/** The same set the contract's `sensitive-data` flag names: data whose exposure does lasting harm. */
export const SENSITIVE_DATA_TYPES: ReadonlySet<DataType> = new Set<DataType>([
  'government-id',
  'biometric',
  'health',
  'precise-location',
]);

export const RECIPIENT_KIND_LABELS: Record<RecipientKind, string> = vocabularyLabels(
  'recipientKind',
  RECIPIENT_KINDS,
);

export const RIGHT_LABELS: Record<Right, string> = vocabularyLabels('right', RIGHTS);

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

/** Answers to "Sells data?", the comparison row's question (the popup's "sells" messages are whole sentences). */
export const SELLS_DATA_LABELS: Record<SellsData, string> = {
  yes: t('compare_sells_yes'),
  no: t('compare_sells_no'),
  'not-stated': t('compare_sells_not_stated'),
};

/** A whole number of years, months, weeks or days, as the popup writes it. */
export function formatDays(days: number): string {
  // 0 days is data not kept at all ("we do not store your card number"), never "0 days".
  if (days === 0) return t('period.notKept');
  if (days > 0 && days % 365 === 0) return t('period.years', days / 365);
  if (days > 0 && days % 30 === 0) return t('period.months', days / 30);
  if (days > 0 && days % 7 === 0) return t('period.weeks', days / 7);
  return t('period.days', days);
}

/** A period inside a sentence ("now kept indefinitely"), so lower case where the popup's headings are not. */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'duration':
      return formatDays(period.days);
    case 'indefinite':
      return t('compare_periodIndefinite');
    case 'as-long-as-necessary':
      return t('compare_periodNecessary');
  }
}

/** A retention finding's period: a cookie's 0-day lifetime is the browser session, not "not kept". */
export function formatRetention(finding: Pick<Retention, 'period' | 'subject'>): string {
  return isSessionEnd(finding) ? t('period.untilSessionEnds') : formatPeriod(finding.period);
}

/** A date the way the pages show it, fixed to UTC so tests and users in any zone see the same day. */
export function formatDate(epochMs: number): string {
  const d = new Date(epochMs);
  if (Number.isNaN(d.getTime())) return t('compare_unknownDate');
  return d.toISOString().slice(0, 10);
}
