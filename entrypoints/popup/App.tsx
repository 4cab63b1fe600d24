import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { SummaryView } from '@/components/summary-view';
import { ActionButton, PolicyLinkNote, StatusPanel } from '@/components/page-status';
import { SiteList } from '@/components/site-list';
import { messages } from '@/components/strings';
import { SiteChanges } from '@/components/changes/site-changes';
import { deleteAll, deleteSite, getSite, markSeen, siteOf, type TabState } from '@/lib/storage';
import { askBackground } from './background-client';
import { isRestrictedUrl } from './tab-target';
import { usePopupData } from './use-popup-data';

function TabView({
  state,
  tabId,
  tabUrl,
}: {
  state: TabState | null;
  tabId: number | null;
  tabUrl: string | null;
}) {
  const [requested, setRequested] = useState(false);
  // The detector reports only pages that may be policies: on the others the popup asks for a full look when it
  // opens (once per opening), which also finds the site's policy link to offer.
  const needsLook =
    tabId !== null &&
    !isRestrictedUrl(tabUrl) &&
    (!state ||
      (state.status === 'not-policy' && !state.privacyLink && state.linkStatus === 'idle'));
  const [looking, setLooking] = useState(needsLook);
  const looked = useRef(false);
  useEffect(() => {
    if (!needsLook || looked.current || tabId === null) return;
    looked.current = true;
    setLooking(true);
    void askBackground({ type: 'popup:inspect-tab', tabId })
      .catch(() => undefined)
      .finally(() => setLooking(false));
  }, [needsLook, tabId]);
  const analyze = () => {
    if (tabId === null) return;
    setRequested(true);
    void askBackground({ type: 'popup:analyze-tab', tabId }).finally(() => setRequested(false));
  };
  const summariseLink = () => {
    if (tabId !== null) void askBackground({ type: 'popup:summarise-link', tabId });
  };
  const showInPage = async (quote: string) =>
    tabId === null
      ? false
      : (await askBackground({ type: 'popup:show-in-page', tabId, quote })).found;

  if (!state) {
    if (isRestrictedUrl(tabUrl) || tabId === null) {
      return (
        <StatusPanel title={messages.restrictedTitle} testId="state-restricted">
          <p>{messages.restrictedBody}</p>
        </StatusPanel>
      );
    }
    if (looking) return <StatusPanel title={messages.inspecting} busy testId="state-inspecting" />;
    return (
      <StatusPanel title={messages.notDetectedTitle} testId="state-not-detected" busy={requested}>
        <p>{messages.notDetectedBody}</p>
        <ActionButton label={messages.analyzePage} onClick={analyze} busy={requested} />
      </StatusPanel>
    );
  }

  switch (state.status) {
    case 'analyzing':
      return <StatusPanel title={messages.analyzing} busy testId="state-analyzing" />;
    case 'policy':
      return state.summary ? (
        <SummaryView
          summary={state.summary}
          url={state.summaryUrl ?? state.url}
          onShowInPage={showInPage}
          afterHeader={
            <SiteChanges
              site={siteOf(state.summaryUrl ?? state.url)}
              getSite={getSite}
              markSeen={markSeen}
            />
          }
        />
      ) : null;
    case 'paused':
      return (
        <StatusPanel title={messages.pausedTitle} testId="state-paused">
          <p>{messages.pausedBody}</p>
          <ActionButton label={messages.analyzePage} onClick={analyze} busy={requested} />
        </StatusPanel>
      );
    case 'too-short':
      return (
        <StatusPanel title={messages.tooShortTitle} testId="state-too-short">
          <p>{messages.tooShortBody}</p>
        </StatusPanel>
      );
    case 'non-english':
      return (
        <StatusPanel title={messages.nonEnglishTitle} testId="state-non-english">
          <p>{messages.nonEnglishBody}</p>
        </StatusPanel>
      );
    case 'error':
      return (
        <StatusPanel title={messages.analysisFailed} testId="state-error">
          <ActionButton label={messages.analyzePage} onClick={analyze} busy={requested} />
        </StatusPanel>
      );
    case 'not-policy':
      return (
        <NotPolicy state={state} onSummarise={summariseLink} onAnalyze={analyze} busy={requested} />
      );
  }
}

function NotPolicy({
  state,
  onSummarise,
  onAnalyze,
  busy,
}: {
  state: TabState;
  onSummarise: () => void;
  onAnalyze: () => void;
  busy: boolean;
}) {
  if (state.linkStatus === 'done' && state.summary) {
    return (
      <>
        <p className="linked-note" data-testid="linked-summary-note">
          {messages.summaryOfLink}
        </p>
        <SummaryView
          summary={state.summary}
          url={state.summaryUrl}
          afterHeader={
            <SiteChanges
              site={siteOf(state.summaryUrl ?? '')}
              getSite={getSite}
              markSeen={markSeen}
            />
          }
        />
      </>
    );
  }
  const linkProblem: Partial<Record<TabState['linkStatus'], string>> = {
    error: state.error ?? messages.linkUnreachable,
    'not-policy': messages.linkNotPolicy,
    'too-short': messages.tooShortBody,
    'non-english': messages.nonEnglishBody,
  };
  const problem = linkProblem[state.linkStatus];
  return (
    <StatusPanel
      title={messages.notPolicyTitle}
      testId="state-not-policy"
      busy={state.linkStatus === 'loading'}
    >
      {state.privacyLink ? (
        <>
          <PolicyLinkNote link={state.privacyLink} />
          {problem && (
            <div className="problem" role="alert" data-testid="link-problem">
              <strong>{messages.linkErrorTitle}</strong>
              <p>{problem}</p>
            </div>
          )}
          <ActionButton
            label={
              state.linkStatus === 'loading' ? messages.summarisingLink : messages.summariseLink
            }
            onClick={onSummarise}
            busy={state.linkStatus === 'loading'}
          />
        </>
      ) : (
        <p>{messages.notPolicyNoLink}</p>
      )}
      <button type="button" className="secondary" onClick={onAnalyze} disabled={busy}>
        {messages.analyzeAnyway}
      </button>
    </StatusPanel>
  );
}

export function App() {
  const { loaded, target, state, sites, settings, refreshSites, changePaused } = usePopupData();

  useEffect(() => {
    if (loaded && state?.summary) performance.mark('policylens:summary-painted');
  }, [loaded, state?.summary]);

  return (
    <main className="popup">
      {loaded ? (
        <TabView state={state} tabId={target.tabId} tabUrl={target.url} />
      ) : (
        <StatusPanel title={messages.loading} busy />
      )}
      <footer className="popup-footer">
        <SiteList
          sites={sites}
          onDelete={(site) => void deleteSite(site).then(refreshSites)}
          onDeleteAll={() => void deleteAll().then(refreshSites)}
        />
        <button
          type="button"
          className="link-button compare-link"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/compare.html') })}
        >
          {messages.openCompare}
        </button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={settings.paused}
            onChange={(event) => void changePaused(event.target.checked)}
          />
          {messages.pause}
        </label>
      </footer>
    </main>
  );
}
