import type { App } from '@slack/bolt';
import type { AppDeps } from '../command-context';
import { SUMMARIZE_MESSAGE_CALLBACK_ID, summarizeMessage } from '../shortcuts/summarize-message';
import { onAppHomeOpened } from './app-home-opened';
import { onLinkShared } from './link-shared';

/**
 * The Events API listeners (link unfurls, the App Home) and the message
 * shortcut, on any Bolt app.
 * `url_verification` is answered by Bolt's receivers before any listener.
 * Retries (X-Slack-Retry-Num) are logged; each listener dedupes on event_id.
 */
export function registerEventListeners(app: App, deps: AppDeps, newRequestId: () => string): void {
  app.event('link_shared', async ({ body, event, context }) => {
    const requestId = newRequestId();
    if (context.retryNum) deps.log.info('slack_event_retry', { requestId, retryNum: context.retryNum, reason: context.retryReason });
    await onLinkShared(deps, body, event, requestId);
  });

  app.event('app_home_opened', async ({ body, event, context }) => {
    // A retry would publish the same view again: harmless, but not worth three reads.
    if (context.retryNum) return;
    await onAppHomeOpened(deps, body, event, newRequestId());
  });

  app.shortcut({ type: 'message_action', callback_id: SUMMARIZE_MESSAGE_CALLBACK_ID }, async ({ ack, body, context }) => {
    // Acknowledge first: every answer goes to response_url, and Slack shows an error on a slow ack.
    await ack();
    const requestId = newRequestId();
    if (context.retryNum) {
      deps.log.info('slack_retry_ignored', { requestId, retryNum: context.retryNum, callbackId: SUMMARIZE_MESSAGE_CALLBACK_ID });
      return;
    }
    await summarizeMessage(deps, body, requestId);
  });
}
