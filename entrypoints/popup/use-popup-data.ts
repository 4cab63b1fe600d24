import { useCallback, useEffect, useState } from 'react';
import {
  getSettings,
  setPaused,
  getTabState,
  listSites,
  watchSettings,
  watchTabState,
  type Settings,
  type TabState,
} from '@/lib/storage';
import type { SiteRecord } from '@/lib/schema';
import { resolveTabTarget, tabIdFromSearch, type TabTarget } from './tab-target';

export interface PopupData {
  loaded: boolean;
  target: TabTarget;
  state: TabState | null;
  sites: SiteRecord[];
  settings: Settings;
  refreshSites: () => Promise<void>;
  /** Shows the new setting at once (a checkbox must not wait for storage), then saves it. */
  changePaused: (paused: boolean) => Promise<void>;
}

/** Everything the popup shows, read straight from storage so it paints without waiting for the background. */
export function usePopupData(): PopupData {
  const [loaded, setLoaded] = useState(false);
  const [target, setTarget] = useState<TabTarget>({ tabId: null, url: null });
  const [state, setState] = useState<TabState | null>(null);
  const [sites, setSites] = useState<SiteRecord[]>([]);
  const [settings, setSettings] = useState<Settings>({ paused: false });

  const refreshSites = useCallback(async () => setSites(await listSites()), []);
  const changePaused = useCallback(async (paused: boolean) => {
    setSettings((current) => ({ ...current, paused }));
    setSettings(await setPaused(paused));
  }, []);

  useEffect(() => {
    let unwatch: (() => void) | undefined;
    let cancelled = false;
    void (async () => {
      // With ?tabId the tab's details and its state are read at once; otherwise the active tab comes first.
      const early = tabIdFromSearch(location.search);
      const [resolved, earlyState] = await Promise.all([
        resolveTabTarget(location.search),
        early === null ? null : getTabState(early),
      ]);
      const tabState =
        early !== null
          ? earlyState
          : resolved.tabId === null
            ? null
            : await getTabState(resolved.tabId);
      if (cancelled) return;
      setTarget(resolved);
      setState(tabState);
      setLoaded(true);
      if (resolved.tabId !== null) unwatch = watchTabState(resolved.tabId, setState);
      // Secondary data after the first paint of the summary.
      const [siteList, current] = await Promise.all([listSites(), getSettings()]);
      if (cancelled) return;
      setSites(siteList);
      setSettings(current);
    })();
    const unwatchSettings = watchSettings(setSettings);
    return () => {
      cancelled = true;
      unwatch?.();
      unwatchSettings();
    };
  }, []);

  return { loaded, target, state, sites, settings, refreshSites, changePaused };
}
