import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import { ACTIONS } from './actions/index';
import type { AppDeps } from './command-context';
import { dispatchAction } from './dispatch-action';
import { dispatchNewsCommand } from './dispatch';
import { newRequestId } from './request-id';

/**
 * The listeners behind `/news` and NewsBot's buttons. bolt-app.ts registers
 * them through lazyListener, so this module (and the commands, actions,
 * views and core code it reaches) loads on the first request, not at start-up.
 *
 * A request that Slack marks as a retry (X-Slack-Retry-Num) is acknowledged
 * and not run again: the first delivery already did the work, and running it
 * twice would post twice.
 */
export function newsCommandListener(deps: AppDeps) {
  return async ({ command, ack, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const requestId = newRequestId();
    if (context.retryNum) {
      deps.log.info('slack_retry_ignored', { requestId, retryNum: context.retryNum, reason: context.retryReason });
      return ack();
    }
    const reply = await dispatchNewsCommand(command, deps, requestId);
    await (reply ? ack(reply) : ack());
  };
}

export function newsActionListener(actionId: string, deps: AppDeps) {
  const action = ACTIONS.find((candidate) => candidate.actionId === actionId);
  if (!action) throw new Error(`no NewsAction answers action_id ${actionId} (lambdas/slack/actions/index.ts)`);
  return async ({ ack, body, context }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    // Acknowledge first: the answer goes to response_url, and Slack shows an error on a slow ack.
    await ack();
    const requestId = newRequestId();
    if (context.retryNum) {
      deps.log.info('slack_retry_ignored', { requestId, retryNum: context.retryNum, actionId });
      return;
    }
    await dispatchAction(action, body, deps, requestId);
  };
}
