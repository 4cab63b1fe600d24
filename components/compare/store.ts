import type { SiteRecord } from '../../lib/schema';

/** What the comparison page needs from storage; the entrypoint passes lib/storage, tests may pass a fake. */
export interface CompareStore {
  listSites(): Promise<SiteRecord[]>;
  markSeen(site: string): Promise<unknown>;
  replaceAll(records: readonly SiteRecord[]): Promise<void>;
  /** Calls back when saved data may have changed (a site analysed in another tab); returns an unsubscribe. */
  subscribe?(onChange: () => void): () => void;
}
