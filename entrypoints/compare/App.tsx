import { browser } from 'wxt/browser';
import { ComparePage } from '../../components/compare/compare-page';
import type { CompareStore } from '../../components/compare/store';
import { listSites, markSeen, replaceAll } from '../../lib/storage';

const store: CompareStore = {
  listSites,
  markSeen,
  replaceAll,
  subscribe(onChange) {
    // Any change to local storage may be a newly saved site. An import writes every site at once, so the
    // burst is collapsed into one re-read.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const listener = (_changes: unknown, area: string) => {
      if (area !== 'local') return;
      clearTimeout(timer);
      timer = setTimeout(onChange, 150);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  },
};

export function App() {
  return <ComparePage store={store} />;
}
