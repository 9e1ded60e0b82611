import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { analyze, type AnalyzeOptions } from '../core/pipeline';

/**
 * Batch mode: one JSON object per input line, one per output line, in the
 * same order. A line that fails (bad JSON, wrong fields, an extractor error)
 * yields {"id", "error"} for that line alone; the batch always goes on.
 */

const batchLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    html: z.string().optional(),
    text: z.string().optional(),
    url: z.string().optional(),
  })
  .refine((line) => (line.html === undefined) !== (line.text === undefined), {
    message: 'give exactly one of "html" and "text"',
  });

export interface BatchCounts {
  ok: number;
  failed: number;
}

type Id = string | number | null;

/** Process one input line; never throws. */
export function processBatchLine(line: string, lineNumber: number, options: AnalyzeOptions): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  const id = idOf(value);
  const parsed = batchLineSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    return { id, error: `line ${lineNumber}: ${problems.join('; ')}` };
  }
  const { id: lineId, html, text, url } = parsed.data;
  try {
    const input = html !== undefined ? { html, url } : { text: text!, url };
    return { id: lineId, ...analyze(input, options) };
  } catch (error) {
    return { id: lineId, error: `line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function idOf(value: unknown): Id {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

/** Stream lines from `input` to `write`, one output line per non-blank input line. */
export async function runBatch(
  input: Readable,
  write: (line: string) => void,
  options: AnalyzeOptions = {},
): Promise<BatchCounts> {
  const counts: BatchCounts = { ok: 0, failed: 0 };
  let lineNumber = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    const result = processBatchLine(line, lineNumber, options);
    if ('error' in result) counts.failed++;
    else counts.ok++;
    write(`${JSON.stringify(result)}\n`);
  }
  return counts;
}
