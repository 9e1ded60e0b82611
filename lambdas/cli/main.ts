import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { ArticleRecord } from '../core/article';
import { analyze, type AnalyzeOptions as PipelineOptions } from '../core/pipeline';
import { isFetchError } from '../fetch/index';
import { type AnalyzeOptions, type Command, parseArgs, USAGE, UsageError } from './args';
import { runBatch } from './batch';
import { looksLikeHtml } from './detect';
import { formatRecord } from './format';
import { loadInput } from './input';

/**
 * `newsbot`: the pipeline from a terminal. Everything here takes its streams
 * as arguments so tests can drive it without a child process; bin/newsbot.mjs
 * and `npm run newsbot` pass the real ones.
 */

export interface CliIO {
  stdin: Readable;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** Run the CLI; resolves to the process exit code (0 ok, 1 failed, 2 bad command line). */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`newsbot: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (command.name === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  try {
    return await analyzeCommand(command.options, io);
  } catch (error) {
    io.stderr.write(`newsbot: ${describeError(error)}\n`);
    return 1;
  }
}

async function analyzeCommand(options: AnalyzeOptions, io: CliIO): Promise<number> {
  const pipelineOptions: PipelineOptions = options.sentences ? { summary: { sentences: options.sentences } } : {};
  if (options.jsonl) {
    const counts = await runBatch(io.stdin, (line) => io.stdout.write(line), pipelineOptions);
    io.stderr.write(`newsbot: ${counts.ok} analyzed, ${counts.failed} failed\n`);
    return 0;
  }
  const record = await analyzeSource(options, io.stdin, pipelineOptions);
  io.stdout.write(options.json ? `${JSON.stringify(record, null, 2)}\n` : formatRecord(record));
  return 0;
}

/** Load one input and run the pipeline on it, as HTML or text as asked or detected. */
export async function analyzeSource(
  options: AnalyzeOptions,
  stdin: Readable,
  pipelineOptions: PipelineOptions = {},
): Promise<ArticleRecord> {
  const loaded = await loadInput(options.source!, stdin);
  const url = options.url ?? loaded.url;
  const asHtml =
    options.mode === 'html' || (options.mode === 'auto' && looksLikeHtml(loaded.content, loaded.contentType));
  return analyze(asHtml ? { html: loaded.content, url } : { text: loaded.content, url }, pipelineOptions);
}

function describeError(error: unknown): string {
  if (isFetchError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Run when executed directly (`tsx lambdas/cli/main.ts`); bin/newsbot.mjs imports `main` instead. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error; // `| head` closed the pipe: not an error
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => (process.exitCode = code),
  );
}
