import { z } from 'zod';

// What callers hand the engine: the CLI's jsonl lines and the extension's messages both parse into these.

/** One block of a policy's main content, in reading order. level 1-6 for headings, 0 for body text. */
export const blockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'list-item']),
  level: z.number().int().min(0).max(6),
  text: z.string(),
});
export type Block = z.infer<typeof blockSchema>;

export const analyzeInputSchema = z
  .object({
    html: z.string().optional(),
    text: z.string().optional(),
    blocks: z.array(blockSchema).optional(),
    url: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
  })
  .refine((v) => v.html !== undefined || v.text !== undefined || v.blocks !== undefined, {
    message: 'give the policy as "html", "text" or "blocks"',
  });
export type AnalyzeInput = z.infer<typeof analyzeInputSchema>;

export const analyzeJsonlLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    html: z.string().optional(),
    text: z.string().optional(),
    url: z.string().nullable().optional(),
    title: z.string().nullable().optional(),
  })
  .refine((v) => v.html !== undefined || v.text !== undefined, {
    message: 'each line needs "html" or "text"',
  });

export const classifyJsonlLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

export const detectJsonlLineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  html: z.string(),
  url: z.string().nullable().optional(),
});
