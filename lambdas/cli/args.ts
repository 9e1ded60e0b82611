// Classic zod, unlike the Lambda code (zod/mini, for bundle weight): the CLI runs
// on a developer's machine and prints zod's own messages for bad options.
import { z } from 'zod';

/**
 * The command line, parsed and validated in one place so that every other
 * part of the CLI works on typed options, never on argv.
 */

export const USAGE = `Usage:
  newsbot analyze <file | URL | -> [--html | --text] [--url <original url>] [--json] [--sentences N]
  newsbot analyze --jsonl [--sentences N] < in.jsonl > out.jsonl

  <file | URL | ->   an HTML page or pasted text from a file, an http(s) URL, or "-" for stdin
  --html, --text     how to read the input (default: detected from the content)
  --url <url>        the article's original address, when the input is a saved copy
  --json             print the article record as JSON instead of readable text
  --sentences N      sentences in the summary (default 3)
  --jsonl            batch: one {"id", "html" | "text", "url"?} per input line,
                     one record (or {"id", "error"}) per output line
`;

export type InputMode = 'auto' | 'html' | 'text';

const analyzeOptionsSchema = z
  .object({
    source: z.string().min(1).optional(),
    mode: z.enum(['auto', 'html', 'text']),
    url: z.url({ protocol: /^https?$/, error: '--url must be an http(s) address' }).optional(),
    json: z.boolean(),
    jsonl: z.boolean(),
    sentences: z.coerce
      .number({ error: '--sentences must be a number' })
      .int('--sentences must be a whole number')
      .min(1, '--sentences must be at least 1')
      .max(50, '--sentences must be at most 50')
      .optional(),
  })
  .superRefine((options, ctx) => {
    if (options.jsonl && options.source !== undefined) {
      ctx.addIssue({ code: 'custom', message: '--jsonl reads from stdin: give no file or URL' });
    }
    if (!options.jsonl && options.source === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give a file, a URL, or - for stdin' });
    }
    if (options.jsonl && options.mode !== 'auto') {
      ctx.addIssue({
        code: 'custom',
        message: '--html/--text do not apply to --jsonl: each line says "html" or "text"',
      });
    }
  });

export type AnalyzeOptions = z.infer<typeof analyzeOptionsSchema>;

export type Command = { name: 'help' } | { name: 'analyze'; options: AnalyzeOptions };

/** A mistake on the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { name: 'help' };
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
  if (rest.includes('--help') || rest.includes('-h')) return { name: 'help' };

  const raw: Record<string, unknown> = { mode: 'auto', json: false, jsonl: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = () => {
      const next = rest[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--html' || arg === '--text') {
      const mode = arg.slice(2);
      if (raw.mode !== 'auto' && raw.mode !== mode) throw new UsageError('give only one of --html and --text');
      raw.mode = mode;
    } else if (arg === '--json') raw.json = true;
    else if (arg === '--jsonl') raw.jsonl = true;
    else if (arg === '--url') raw.url = value();
    else if (arg.startsWith('--url=')) raw.url = arg.slice('--url='.length);
    else if (arg === '--sentences') raw.sentences = value();
    else if (arg.startsWith('--sentences=')) raw.sentences = arg.slice('--sentences='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else if (raw.source !== undefined) throw new UsageError(`only one input, got "${String(raw.source)}" and "${arg}"`);
    else raw.source = arg;
  }
  const parsed = analyzeOptionsSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return { name: 'analyze', options: parsed.data };
}
