/**
 * Structured JSON logs, one line per event, so CloudWatch Logs Insights and
 * metric filters can read them. Values passed here must never hold secrets:
 * credentials live only in `slack-credentials.ts` and are never logged.
 */
import { errorCode } from '../core/errors';
import { redactUrls } from './redact-urls';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Fields of the invocation being served (Lambda's request id). A Lambda
 * container serves one invocation at a time, so one process-wide record is
 * right there; each handler sets it as an invocation starts, and every log
 * line carries it.
 */
let invocation: Record<string, unknown> = {};

export function setInvocationContext(fields: Record<string, unknown>): void {
  invocation = { ...fields };
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(
  level: LogLevel = 'info',
  base: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
): Logger {
  const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    write(JSON.stringify({ level: at, time: new Date().toISOString(), event, ...invocation, ...base, ...fields }, errorReplacer));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}

/**
 * Errors serialise to their name, message and code (and stack), not to `{}`.
 * Every string, error messages included, names hosts but never whole URLs
 * (./redact-urls.ts): no call site has to remember it.
 */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const code = errorCode(value);
    return { name: value.name, message: redactUrls(value.message), ...(code ? { code } : {}), stack: value.stack && redactUrls(value.stack) };
  }
  return typeof value === 'string' ? redactUrls(value) : value;
}
