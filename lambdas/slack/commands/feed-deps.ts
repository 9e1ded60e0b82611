import type { DigestDeps } from '../../app/digest/send-channel-digest';
import type { AppDeps } from '../command-context';
import { slackViews } from '../views/slack-views';

/** Thrown instead of waiting: a slash command cannot wait out Slack's Retry-After. */
export class NoWaitingInCommands extends Error {
  override name = 'NoWaitingInCommands';
}

/**
 * The digest use case's ports, from the app's. A slash command has 3 seconds,
 * so a digest posted from one never waits out a rate limit: the user is told
 * to try again instead.
 */
export function digestDepsOf(deps: AppDeps): DigestDeps {
  return {
    store: deps.store,
    slack: deps.slack,
    views: slackViews,
    clock: deps.clock,
    log: deps.log,
    sleep: async (ms) => {
      throw new NoWaitingInCommands(`Slack asked to wait ${Math.ceil(ms / 1000)} s`);
    },
  };
}
