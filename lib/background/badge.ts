import { browser } from 'wxt/browser';
import type { Grade, PolicySummary } from '../schema';
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

export async function showGradeBadge(tabId: number, summary: PolicySummary): Promise<void> {
  const action = actionApi();
  await Promise.all([
    action.setBadgeText({ tabId, text: summary.grade }),
    action.setBadgeBackgroundColor({ tabId, color: GRADE_COLORS[summary.grade] }),
    action.setTitle({ tabId, title: messages.badgeTitle(summary.grade, countHighFlags(summary)) }),
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
