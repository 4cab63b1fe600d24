import { z } from 'zod';
import { policySummarySchema } from './summary';

// What the extension keeps per site. Versioned so storage can migrate; lib/storage owns reading and writing.
export const STORE_VERSION = 1 as const;
export const MAX_VERSIONS_PER_SITE = 10;

// Section text is kept so "Changed since" can show old and new wording side by side. It is capped so a long policy
// cannot crowd out other sites in the ~10 MB chrome.storage.local quota: a section's text past MAX_SECTION_TEXT_CHARS
// and a version's past MAX_VERSION_TEXT_CHARS are cut (and marked as cut). Only a site's two newest versions keep it.
// The section cap is generous because policies without headings are one long section (in the OPP-115 development
// texts, 86 of 110 sections are over 4,000 characters); the whole of every one of those policies fits the version cap.
export const MAX_SECTION_TEXT_CHARS = 40_000;
export const MAX_VERSION_TEXT_CHARS = 150_000;
export const VERSIONS_WITH_TEXT = 2;

/** One section's text, in the same order as the summary's `sections` (index i is sections[i]). */
export const sectionTextSchema = z.object({
  text: z.string().max(MAX_SECTION_TEXT_CHARS),
  /** The section was longer than what is kept. */
  truncated: z.boolean(),
});
export type SectionText = z.infer<typeof sectionTextSchema>;

/** A summary brought up from an older schema on read: which fields had to be filled in as "nothing found". */
export const versionMigrationSchema = z.object({
  fromSchemaVersion: z.number().int().nonnegative(),
  /** Fields the older summary did not have; shown as "not known", never as a real empty finding. */
  filled: z.array(z.string()),
});
export type VersionMigration = z.infer<typeof versionMigrationSchema>;

export const storedVersionSchema = z.object({
  /** Hash of the normalised policy text: a new version is kept only when this changes. */
  contentHash: z.string().min(1),
  url: z.string(),
  /** Epoch milliseconds. */
  analyzedAt: z.number().int().nonnegative(),
  summary: policySummarySchema,
  /** Kept beside the summary, not in it, so the summary keeps the contract's shape. Absent in older records. */
  sectionTexts: z.array(sectionTextSchema).optional(),
  /** Present when the summary was migrated from an older schema when it was read. */
  migration: versionMigrationSchema.optional(),
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
