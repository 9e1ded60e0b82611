import { BlockActionSchema, type ActionContext, type NewsAction } from './action-context';
import { HANDLED_REQUEST_TTL_SECONDS, type AppDeps } from './command-context';

/** Clicks on one button by one user this close together are one click (a double click). */
export const DOUBLE_CLICK_SECONDS = 10;

/**
 * The dedupe key of a click. Share: once per user per message, for a day.
 * Other buttons: once per user per message and value, for a few seconds, so
 * a double click answers once but a later click answers again.
 */
function dedupeKey(action: NewsAction, ctx: ActionContext): { key: string; ttlSeconds: number } {
  const where = ctx.messageTs ?? ctx.actionTs;
  const key = `action#${action.actionId}#${where}#${ctx.userId}#${ctx.value ?? ''}`;
  return { key, ttlSeconds: action.dedupe === 'message' ? HANDLED_REQUEST_TTL_SECONDS : DOUBLE_CLICK_SECONDS };
}

/**
 * Run one button's listener: parse the payload, drop repeated clicks, and
 * turn a failure into a short apology with the request id (the error itself
 * goes to the log).
 */
export async function dispatchAction(
  action: NewsAction,
  body: unknown,
  deps: AppDeps,
  requestId: string,
): Promise<void> {
  const parsed = BlockActionSchema.safeParse(body);
  if (!parsed.success) {
    deps.log.warn('action_malformed', {
      requestId,
      actionId: action.actionId,
      fields: parsed.error.issues.map((i) => i.path.join('.')),
    });
    return;
  }
  const payload = parsed.data;
  const clicked = payload.actions.find((a) => a.action_id === action.actionId) ?? payload.actions[0]!;
  const teamId = payload.team?.id ?? payload.user.team_id ?? '';
  const log = deps.log.child({ requestId, teamId, actionId: action.actionId });
  const ctx: ActionContext = {
    actionId: action.actionId,
    value: clicked.value,
    teamId,
    userId: payload.user.id,
    channelId: payload.channel?.id,
    messageTs: payload.container?.message_ts,
    actionTs: clicked.action_ts,
    triggerId: payload.trigger_id,
    responseUrl: payload.response_url || undefined,
    requestId,
    deps: { ...deps, log },
  };
  if (!teamId) {
    log.warn('action_without_team');
    return;
  }
  const { key, ttlSeconds } = dedupeKey(action, ctx);
  let claimed = false;
  try {
    claimed = await deps.store.markHandled(teamId, key, ttlSeconds);
    if (!claimed) {
      log.info('action_repeat_ignored');
      return;
    }
    await action.run(ctx);
  } catch (error) {
    log.error('action_failed', { error });
    // The click did not do its work: forget it, so the user's next click (the
    // apology asks for one) runs again instead of being taken for a double click.
    if (claimed)
      await deps.store
        .releaseHandled(teamId, key)
        .catch((cause: unknown) => log.error('release_failed', { error: cause }));
    if (ctx.responseUrl) {
      await deps.slack
        .respond(ctx.responseUrl, {
          response_type: 'ephemeral',
          replace_original: false,
          text: `Sorry, something went wrong on my side (request ${requestId}). Please try again in a minute.`,
        })
        .catch((cause: unknown) => log.error('apology_failed', { error: cause }));
    }
  }
}
