import { createI18n } from '@wxt-dev/i18n';
import type { Grade } from '../lib/schema';
import { DATA_TYPES, RECIPIENT_KINDS, RIGHTS, SEVERITIES } from '../lib/schema/vocab';
import english from '../locales/en.json';

// Every user-facing string comes from locales/<language>.json through @wxt-dev/i18n (the browser's i18n API picks the
// language); adding a language is adding a file. Outside the extension (unit and end-to-end tests in Node) there is
// no i18n API, so the English file is read directly with the same plural and substitution rules.

const i18n = createI18n();

type Nested = { [key: string]: string | Nested };

function englishMessage(key: string): string {
  let node: string | Nested | undefined = english as Nested;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (node === undefined) return '';
  // A plural message is an object of forms (0, 1, n); the extension's messages.json joins them the same way.
  return typeof node === 'string' ? node : Object.values(node).join(' | ');
}

/** The same plural choice and $1…$9 substitution as @wxt-dev/i18n with the browser's getMessage. */
function fromEnglish(key: string, count: number | undefined, subs: string[]): string {
  let message = englishMessage(key).replace(
    /\$([1-9])/g,
    (_, n: string) => subs[Number(n) - 1] ?? '',
  );
  if (count !== undefined) {
    const forms = message.split(' | ');
    if (forms.length === 2) message = forms[count === 1 ? 0 : 1]!;
    else if (forms.length === 3) message = forms[count === 0 || count === 1 ? count : 2]!;
  }
  return message;
}

/** A message by key ("period.days"), with an optional plural count and substitutions. */
function t(key: string, count?: number, subs: (string | number)[] = []): string {
  const strings = subs.length ? subs.map(String) : count !== undefined ? [String(count)] : [];
  try {
    const message =
      count === undefined
        ? strings.length
          ? i18n.t(key, strings)
          : i18n.t(key)
        : i18n.t(key, count, strings);
    if (message) return message;
  } catch {
    // No i18n API here (Node, or a test double without one).
  }
  return fromEnglish(key, count, strings);
}

/** Message names allow only letters, digits and underscores: vocabulary ids use hyphens. */
const keyOf = (id: string) => id.replace(/-/g, '_');

function labels<K extends string>(group: string, ids: readonly K[]): Record<K, string> {
  return Object.fromEntries(ids.map((id) => [id, t(`${group}.${keyOf(id)}`)])) as Record<K, string>;
}

export const messages = {
  appName: t('appName'),
  badgeTitle: (grade: Grade, high: number) =>
    t('badgeTitle', undefined, [grade, t('highFlags', high)]),
  gradeLabel: (grade: Grade) => t('gradeLabel', undefined, [grade]),
  loading: t('loading'),
  analyzing: t('analyzing'),
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
