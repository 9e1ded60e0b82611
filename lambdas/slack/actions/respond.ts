import type { ActionContext } from '../action-context';
import type { SlackMessage } from '../poster';

/**
 * Answer a click only to the user who clicked, as a new ephemeral message
 * under the card (the card itself stays). A click on the App Home tab comes
 * with no response_url (Slack sends one for every message button): its
 * answer goes to the user's own Messages tab with NewsBot.
 */
export async function respondPrivately(
  ctx: ActionContext,
  message: Omit<SlackMessage, 'response_type'>,
): Promise<void> {
  if (!ctx.responseUrl) {
    ctx.deps.log.info('action_answered_in_app_dm', { actionId: ctx.actionId });
    const { replace_original: _replace, ...rest } = message;
    await ctx.deps.slack.postMessage(ctx.userId, rest);
    return;
  }
  await ctx.deps.slack.respond(ctx.responseUrl, { response_type: 'ephemeral', replace_original: false, ...message });
}
