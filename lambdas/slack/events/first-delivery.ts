import { HANDLED_REQUEST_TTL_SECONDS, type AppDeps } from '../command-context';

/**
 * True the first time an Events API delivery (its `event_id`) is seen. Slack
 * retries an event it thinks was not acknowledged (X-Slack-Retry-Num), and
 * the retry carries the same event_id: it finds the mark and does nothing.
 * A first delivery whose work then failed must release the mark, so that
 * Slack's retry runs it.
 */
export function firstEventDelivery(deps: AppDeps, teamId: string, eventId: string): Promise<boolean> {
  return deps.store.markHandled(teamId, `event#${eventId}`, HANDLED_REQUEST_TTL_SECONDS);
}

export function forgetEventDelivery(deps: AppDeps, teamId: string, eventId: string): Promise<void> {
  return deps.store.releaseHandled(teamId, `event#${eventId}`);
}
