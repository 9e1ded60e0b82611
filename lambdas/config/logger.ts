/**
 * Structured JSON logs, one line per event, so CloudWatch Logs Insights and
 * metric filters can read them. Values passed here must never hold secrets:
 * credentials live only in `slack-credentials.ts` and are never logged.
 */
import { errorCode } from '../core/errors';
import { emfRecord, metricNamespace, type MetricName, type MetricUnit } from '../observability/emf';
import { redactUrls } from './redact-urls';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  /**
   * One CloudWatch Embedded Metric Format line (../observability/emf.ts), in the
   * namespace `NewsBot/<stage>`, carrying this logger's ids. Written at every
   * level but `silent`, so `npm start` prints them too.
   */
  metric(name: MetricName, value: number, unit?: MetricUnit, dimensions?: Record<string, string>): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Fields of the invocation being served (Lambda's request id, the job's
 * correlation id). A Lambda container serves one invocation at a time, so one
 * process-wide record is right there; each handler sets it as an invocation
 * starts, and every log line carries it.
 */
let invocation: Record<string, unknown> = {};

export function setInvocationContext(fields: Record<string, unknown>): void {
  invocation = { ...fields };
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Lambda's JSON log format names the invocation `requestId` (a Slack request's own id, set by a child logger, wins). */
function lambdaIds(): Record<string, unknown> {
  const { awsRequestId, ...rest } = invocation;
  return { ...(awsRequestId ? { requestId: awsRequestId, awsRequestId } : {}), ...rest };
}

export function createLogger(
  level: LogLevel = 'info',
  base: Record<string, unknown> = {},
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
): Logger {
  // Lambda's JSON log format reads `timestamp`, an upper-case `level` (its filter drops
  // lines below the function's ApplicationLogLevel) and `message`; `event` stays for the
  // queries and metric filters that name it.
  const emit = (at: Exclude<LogLevel, 'silent'>, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const line = {
      timestamp: new Date().toISOString(),
      level: at.toUpperCase(),
      message: event,
      event,
      ...lambdaIds(),
      ...base,
      ...fields,
    };
    write(JSON.stringify(line, errorReplacer));
  };
  const metric: Logger['metric'] = (name, value, unit = 'Count', dimensions) => {
    if (level === 'silent') return;
    const namespace = metricNamespace(String(base.stage ?? 'local'));
    write(
      JSON.stringify(
        emfRecord({ namespace, name, value, unit, dimensions, context: { ...lambdaIds(), ...base } }),
        errorReplacer,
      ),
    );
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    metric,
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
    return {
      name: value.name,
      message: redactUrls(value.message),
      ...(code ? { code } : {}),
      stack: value.stack && redactUrls(value.stack),
    };
  }
  return typeof value === 'string' ? redactUrls(value) : value;
}
