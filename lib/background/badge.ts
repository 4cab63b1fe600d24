import { browser } from 'wxt/browser';
import { findSiteChange, type SiteChange } from '../compare/changes';
import { formatDate } from '../compare/labels';
import { t } from '../i18n';
import type { Grade, PolicySummary, SiteRecord } from '../schema';
import { messages } from '../../components/strings';

// Colours chosen for white text at 4.5:1 or better, from green (A) to red (E).
export const GRADE_COLORS: Record<Grade, string> = {
  A: '#1a7f37',
  B: '#3f7d20',
  C: '#8a6100',
  D: '#b3470c',
  E: '#b42318',
};

// Firefox's MV2 build exposes the toolbar button as browserAction.
function actionApi() {
  return (
    browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction
  );
}

export function countHighFlags(summary: PolicySummary): number {
  return summary.flags.filter((flag) => flag.severity === 'high').length;
}

/** Follows the grade letter while the site has a policy change the user has not looked at. */
export const UNSEEN_MARK = '•';

/**
 * The site's change the badge should announce: the same one the popup and the comparison page show as new, so the
 * mark always has a "Mark as seen" that clears it. Null when there is none (or no saved record).
 */
export function unseenChangeOf(record: SiteRecord | null): SiteChange | null {
  const change = record ? findSiteChange(record) : null;
  return change?.unseen ? change : null;
}

/** The grade letter on the toolbar button, marked (and explained in the tooltip) while a change is unseen. */
export function gradeBadge(
  summary: PolicySummary,
  record: SiteRecord | null,
): { text: string; title: string } {
  const title = messages.badgeTitle(summary.grade, countHighFlags(summary));
  const change = unseenChangeOf(record);
  if (!change) return { text: summary.grade, title };
  return {
    text: `${summary.grade}${UNSEEN_MARK}`,
    title: `${title}. ${t('badge_unseenChange', undefined, [formatDate(change.since)])}`,
  };
}

export async function showGradeBadge(
  tabId: number,
  summary: PolicySummary,
  record: SiteRecord | null = null,
): Promise<void> {
  const action = actionApi();
  const { text, title } = gradeBadge(summary, record);
  await Promise.all([
    action.setBadgeText({ tabId, text }),
    action.setBadgeBackgroundColor({ tabId, color: GRADE_COLORS[summary.grade] }),
    action.setTitle({ tabId, title }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
  ]);
}

export async function clearBadge(tabId: number): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setBadgeText({ tabId, text: '' }),
    action.setTitle({ tabId, title: messages.appName }),
  ]);
}
