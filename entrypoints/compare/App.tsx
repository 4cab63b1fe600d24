import { ComparePage } from '../../components/compare/compare-page';
import type { CompareStore } from '../../components/compare/store';
import { listSites, markSeen, replaceAll } from '../../lib/storage';

const store: CompareStore = { listSites, markSeen, replaceAll };

export function App() {
  return <ComparePage store={store} />;
}
