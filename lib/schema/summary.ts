import { z } from 'zod';
import {
  categorySchema,
  dataTypeSchema,
  gradeSchema,
  recipientKindSchema,
  rightSchema,
  sellsDataSchema,
  severitySchema,
} from './vocab';

// PolicySummary, schemaVersion 1, exactly as ../shared/CONTRACT.md defines it.
// Adding fields is fine; renaming or removing one needs SCHEMA_VERSION bumped.
export const SCHEMA_VERSION = 1 as const;

/** Offsets are into the normalised policy text (see lib/analyze/normalize.ts). */
export const evidenceSchema = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

const evidenceListSchema = z.array(evidenceSchema);

export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('duration'), days: z.number().nonnegative() }),
  z.object({ kind: z.literal('indefinite') }),
  z.object({ kind: z.literal('as-long-as-necessary') }),
]);
export type Period = z.infer<typeof periodSchema>;

export const sectionSchema = z.object({
  heading: z.string().nullable(),
  categories: z.array(categorySchema),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Section = z.infer<typeof sectionSchema>;

export const dataCollectedSchema = z.object({ type: dataTypeSchema, evidence: evidenceListSchema });
export type DataCollected = z.infer<typeof dataCollectedSchema>;

export const recipientSchema = z.object({
  name: z.string().nullable(),
  kind: recipientKindSchema,
  evidence: evidenceListSchema,
});
export type Recipient = z.infer<typeof recipientSchema>;

export const retentionSchema = z.object({
  subject: z.string().nullable(),
  period: periodSchema,
  evidence: evidenceListSchema,
});
export type Retention = z.infer<typeof retentionSchema>;

export const rightFindingSchema = z.object({ right: rightSchema, evidence: evidenceListSchema });
export type RightFinding = z.infer<typeof rightFindingSchema>;

export const contactsSchema = z.object({
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  addresses: z.array(z.string()),
  urls: z.array(z.string()),
});
export type Contacts = z.infer<typeof contactsSchema>;

export const flagSchema = z.object({
  id: z.string().min(1),
  severity: severitySchema,
  title: z.string(),
  explanation: z.string(),
  evidence: evidenceListSchema,
});
export type Flag = z.infer<typeof flagSchema>;

export const policySummarySchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({ url: z.string().nullable(), title: z.string().nullable() }),
  company: z.string().nullable(),
  lastUpdated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'lastUpdated is an ISO date (YYYY-MM-DD)')
    .nullable(),
  isPolicy: z.boolean(),
  confidence: z.number().min(0).max(1),
  language: z.string().min(1),
  wordCount: z.number().int().nonnegative(),
  sections: z.array(sectionSchema),
  dataCollected: z.array(dataCollectedSchema),
  sharing: z.object({ sellsData: sellsDataSchema, recipients: z.array(recipientSchema) }),
  retention: z.array(retentionSchema),
  rights: z.array(rightFindingSchema),
  contacts: contactsSchema,
  flags: z.array(flagSchema),
  grade: gradeSchema,
});
export type PolicySummary = z.infer<typeof policySummarySchema>;
