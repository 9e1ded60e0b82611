/**
 * A Bolt listener whose code is imported on its first request, not when the
 * function starts.
 *
 * Bolt matches a request on what `app.command` / `app.action` / `app.event`
 * were given (a command name, an action_id, an event type), so those are
 * registered at start-up; the listener behind them (the commands, views, the
 * text pipeline, the store) loads when a request needs it. This keeps the
 * Slack function's import to Bolt and the request checks: its cold start is a
 * target (npm run bench:bundle). A new listener fits the same way:
 *
 *   app.event('link_shared', lazyListener(async () => (await import('./unfurl-listener')).unfurlListener(deps)));
 *
 * The import runs once per container; a failed import is not kept, so the
 * next request tries again.
 */
export function lazyListener<Args>(
  load: () => Promise<(args: Args) => Promise<unknown>>,
): (args: Args) => Promise<void> {
  let listener: Promise<(args: Args) => Promise<unknown>> | undefined;
  return async (args) => {
    const ready = (listener ??= load().catch((error: unknown) => {
      listener = undefined;
      throw error;
    }));
    await (await ready)(args);
  };
}
