import { DEFAULT_TIMEOUT_MS } from '../fetch/safe-fetch';

/**
 * Time a job may need once started: the page fetch's timeout, a Slack call's
 * (10 s), and room for the pipeline and the store. With less than this left,
 * a started job could be killed halfway by the Lambda timeout, and the whole
 * batch would come back; a job not started is handed back on its own.
 */
export const WORKER_TIME_RESERVE_MS = DEFAULT_TIMEOUT_MS + 20_000;

/**
 * Run `records` one by one while the invocation has more than `reserveMs`
 * left; the ones not started are returned, so the caller reports them as
 * batch item failures and SQS delivers them again. Without a clock (a local
 * call without a context) every record runs.
 */
export async function runWithinBudget<T>(
  records: readonly T[],
  remainingMs: (() => number) | undefined,
  run: (record: T) => Promise<void>,
  reserveMs = WORKER_TIME_RESERVE_MS,
): Promise<T[]> {
  for (const [index, record] of records.entries()) {
    if (remainingMs !== undefined && remainingMs() < reserveMs) return records.slice(index);
    await run(record);
  }
  return [];
}
