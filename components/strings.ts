import type { Grade } from '../lib/schema';
import { DATA_TYPES, RECIPIENT_KINDS, RIGHTS, SEVERITIES } from '../lib/schema/vocab';
import { t, vocabularyLabels as labels } from '../lib/i18n';

// Every user-facing string comes from locales/<language>.json through @wxt-dev/i18n; lib/i18n explains how, and
// reads the English file where no i18n API exists (Node tests). `t` stays un-exported here: WXT auto-imports
// components/ exports by name.

export const messages = {
  appName: t('appName'),
  badgeTitle: (grade: Grade, high: number) =>
    t('badgeTitle', undefined, [grade, t('highFlags', high)]),
  gradeLabel: (grade: Grade) => t('gradeLabel', undefined, [grade]),
  loading: t('loading'),
  analyzing: t('analyzing'),
  inspecting: t('inspecting'),
  restrictedTitle: t('restrictedTitle'),
  restrictedBody: t('restrictedBody'),
  notPolicyTitle: t('notPolicyTitle'),
  notPolicyNoLink: t('notPolicyNoLink'),
  linkFound: t('linkFound'),
  summariseLink: t('summariseLink'),
  summarisingLink: t('summarisingLink'),
  analyzePage: t('analyzePage'),
  analyzeAnyway: t('analyzeAnyway'),
  pausedTitle: t('pausedTitle'),
  pausedBody: t('pausedBody'),
  notDetectedTitle: t('notDetectedTitle'),
  notDetectedBody: t('notDetectedBody'),
  tooShortTitle: t('tooShortTitle'),
  tooShortBody: t('tooShortBody'),
  nonEnglishTitle: t('nonEnglishTitle'),
  nonEnglishBody: t('nonEnglishBody'),
  linkErrorTitle: t('linkErrorTitle'),
  linkNotPolicy: t('linkNotPolicy'),
  analysisFailed: t('analysisFailed'),
  linkInvalid: t('linkInvalid'),
  linkOtherSite: t('linkOtherSite'),
  linkHttpError: (status: number) => t('linkHttpError', undefined, [status]),
  linkNotHtml: t('linkNotHtml'),
  linkTimeout: t('linkTimeout'),
  linkUnreachable: t('linkUnreachable'),
  lastUpdated: t('lastUpdated'),
  unknownDate: t('unknownDate'),
  readingSaved: (minutes: number) => t('readingSaved', undefined, [minutes]),
  words: (count: number) => t('words', count, [count.toLocaleString('en')]),
  flagsHeading: t('flagsHeading'),
  goodHeading: t('goodHeading'),
  noFlags: t('noFlags'),
  dataHeading: t('dataHeading'),
  sharingHeading: t('sharingHeading'),
  retentionHeading: t('retentionHeading'),
  rightsHeading: t('rightsHeading'),
  contactHeading: t('contactHeading'),
  nothingFound: t('nothingFound'),
  sells: labels('sells', ['yes', 'no', 'not-stated'] as const),
  unnamedRecipient: t('unnamedRecipient'),
  showInPage: t('showInPage'),
  notInPage: t('notInPage'),
  quoteFrom: t('quoteFrom'),
  howToExercise: t('howToExercise'),
  emails: t('emails'),
  phones: t('phones'),
  addresses: t('addresses'),
  links: t('links'),
  summaryOfLink: t('summaryOfLink'),
  recentSites: t('recentSites'),
  noSites: t('noSites'),
  deleteSite: (site: string) => t('deleteSite', undefined, [site]),
  deleteAll: t('deleteAll'),
  confirmDeleteAll: t('confirmDeleteAll'),
  pause: t('pause'),
  openCompare: t('openCompare'),
  settings: t('settings'),
  period: {
    indefinite: t('period.indefinite'),
    necessary: t('period.necessary'),
    untilSessionEnds: t('period.untilSessionEnds'),
    notKept: t('period.notKept'),
    days: (days: number) => formatDays(days),
  },
  unspecifiedSubject: t('unspecifiedSubject'),
} as const;

function formatDays(days: number): string {
  if (days % 365 === 0) return t('period.years', days / 365);
  if (days % 30 === 0) return t('period.months', days / 30);
  if (days % 7 === 0) return t('period.weeks', days / 7);
  return t('period.days', days);
}

export const severityLabels = labels('severity', SEVERITIES);
export const dataTypeLabels = labels('dataType', DATA_TYPES);
export const recipientKindLabels = labels('recipientKind', RECIPIENT_KINDS);
export const rightLabels = labels('right', RIGHTS);
