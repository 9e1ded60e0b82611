/**
 * When to poll a feed next. Healthy feeds every 15 minutes (the schedule's
 * period); a failing feed backs off exponentially so a dead site is not
 * hammered, and its channels hear about it once, after a few failures in a
 * row (one failure is usually a blip).
 */

export const POLL_INTERVAL_MS = 15 * 60_000;
/** Longest wait between two tries of a failing feed. */
export const MAX_BACKOFF_MS = 24 * 3600_000;
/** Consecutive failures after which the channels following a feed are told. */
export const NOTIFY_AFTER_FAILURES = 3;
/** New items queued per poll at most; the rest stay unseen and are picked up by the next poll. */
export const MAX_QUEUED_PER_POLL = 50;

/** The next poll after `failures` consecutive failures (0 = healthy): 15 min, 30, 60, 120 … capped at a day. */
export function nextPollAt(now: Date, failures: number): Date {
  const delay = failures <= 0 ? POLL_INTERVAL_MS : Math.min(MAX_BACKOFF_MS, POLL_INTERVAL_MS * 2 ** failures);
  return new Date(now.getTime() + delay);
}

/** Tell the channels now? Exactly once per failing streak: at the threshold, if not told already. */
export function shouldNotifyFailure(failures: number, alreadyNotified: boolean): boolean {
  return failures >= NOTIFY_AFTER_FAILURES && !alreadyNotified;
}
