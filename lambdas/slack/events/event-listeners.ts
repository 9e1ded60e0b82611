import type {
  AllMiddlewareArgs,
  MessageShortcut,
  SlackEventMiddlewareArgs,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import type { AppDeps } from '../command-context';
import { newRequestId } from '../request-id';
import { summarizeMessage } from '../shortcuts/summarize-message';
import { onAppHomeOpened } from './app-home-opened';
import { onLinkShared } from './link-shared';

/**
 * The listeners behind NewsBot's events and its message shortcut. events/index.ts
 * registers them through lazyListener, so this module (the views, the store
 * calls) loads on the first event, not when the function starts.
 */
export function linkSharedListener(deps: AppDeps) {
  return async ({
    body,
    event,
    context,
  }: SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs): Promise<void> => {
    const requestId = newRequestId();
    // A retry carries the same event_id: onLinkShared's claim on it makes the retry do nothing.
    if (context.retryNum)
      deps.log.info('slack_event_retry', { requestId, retryNum: context.retryNum, reason: context.retryReason });
    await onLinkShared(deps, body, event, requestId);
  };
}

export function appHomeListener(deps: AppDeps) {
  return async ({
    body,
    event,
    context,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    // A retry would publish the same view again: harmless, but not worth three reads.
    if (context.retryNum) return;
    await onAppHomeOpened(deps, body, event, newRequestId());
  };
}

export function summarizeShortcutListener(deps: AppDeps) {
  return async ({
    ack,
    body,
    context,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    // Acknowledge first: every answer goes to response_url, and Slack shows an error on a slow ack.
    await ack();
    const requestId = newRequestId();
    if (context.retryNum) {
      deps.log.info('slack_retry_ignored', { requestId, retryNum: context.retryNum, callbackId: body.callback_id });
      return;
    }
    await summarizeMessage(deps, body, requestId);
  };
}
