import type { ActionContext } from '../action-context';
import type { SlackMessage } from '../poster';

/**
 * Answer a click only to the user who clicked, as a new ephemeral message
 * under the card (the card itself stays). Falls back to nothing when Slack
 * gave no response_url (it always does for message buttons).
 */
export async function respondPrivately(ctx: ActionContext, message: Omit<SlackMessage, 'response_type'>): Promise<void> {
  if (!ctx.responseUrl) {
    ctx.deps.log.warn('action_without_response_url', { actionId: ctx.actionId });
    return;
  }
  await ctx.deps.slack.respond(ctx.responseUrl, { response_type: 'ephemeral', replace_original: false, ...message });
}
