import { z } from 'zod';
import { policySummarySchema } from './summary';

// What the extension keeps per site. Versioned so storage can migrate; lib/storage owns reading and writing.
export const STORE_VERSION = 1 as const;
export const MAX_VERSIONS_PER_SITE = 10;

export const storedVersionSchema = z.object({
  /** Hash of the normalised policy text: a new version is kept only when this changes. */
  contentHash: z.string().min(1),
  url: z.string(),
  /** Epoch milliseconds. */
  analyzedAt: z.number().int().nonnegative(),
  summary: policySummarySchema,
});
export type StoredVersion = z.infer<typeof storedVersionSchema>;

export const siteRecordSchema = z.object({
  /** The site's hostname without "www.", e.g. "example.com". */
  site: z.string().min(1),
  /** Newest first; at most MAX_VERSIONS_PER_SITE. */
  versions: z.array(storedVersionSchema).min(1),
  /** contentHash of the version the user last looked at; a newer one is an unseen change. */
  seenHash: z.string().nullable(),
});
export type SiteRecord = z.infer<typeof siteRecordSchema>;

/** The export file: every saved site with its versions. Import validates against this. */
export const exportFileSchema = z.object({
  format: z.literal('policylens-export'),
  storeVersion: z.literal(STORE_VERSION),
  exportedAt: z.number().int().nonnegative(),
  sites: z.array(siteRecordSchema),
});
export type ExportFile = z.infer<typeof exportFileSchema>;
