import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { z } from 'zod';

export type LineId = string | number | null;

/** What one input line produced: an output object, or an error message for that line. */
export type LineResult =
  { ok: true; value: Record<string, unknown> } | { ok: false; error: string };

export interface BatchCounts {
  processed: number;
  failed: number;
}

/**
 * Streams JSON lines from `input`, one at a time, writing one output line per non-blank input line in the same
 * order. A bad line becomes {"id", "error"} and never stops the batch.
 */
export async function runJsonLines<S extends z.ZodType<{ id: string | number }>>(
  input: Readable,
  output: Writable,
  schema: S,
  handle: (line: z.infer<S>) => Record<string, unknown>,
): Promise<BatchCounts> {
  const counts: BatchCounts = { processed: 0, failed: 0 };
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === '') continue;
    const { id, result } = processLine(raw, lineNumber, schema, handle);
    const out = result.ok ? { id, ...result.value } : { id, error: result.error };
    if (result.ok) counts.processed++;
    else counts.failed++;
    if (!output.write(`${JSON.stringify(out)}\n`))
      await new Promise((resolve) => output.once('drain', resolve));
  }
  return counts;
}

function processLine<S extends z.ZodType<{ id: string | number }>>(
  raw: string,
  lineNumber: number,
  schema: S,
  handle: (line: z.infer<S>) => Record<string, unknown>,
): { id: LineId; result: LineResult } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { id: null, result: { ok: false, error: `line ${lineNumber}: not valid JSON` } };
  }
  const id = idOf(json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    return {
      id,
      result: {
        ok: false,
        error: `line ${lineNumber}: ${issue?.message ?? 'invalid input'}${where}`,
      },
    };
  }
  try {
    return { id, result: { ok: true, value: handle(parsed.data) } };
  } catch (error) {
    return { id, result: { ok: false, error: `line ${lineNumber}: ${messageOf(error)}` } };
  }
}

function idOf(json: unknown): LineId {
  if (typeof json !== 'object' || json === null || !('id' in json)) return null;
  const id = (json as { id: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : null;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
