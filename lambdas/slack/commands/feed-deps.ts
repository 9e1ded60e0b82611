import type { FeedDeps } from '../../app/feeds/ports';
import type { DigestDeps } from '../../app/digest/send-channel-digest';
import { fetchFeed } from '../../fetch/feed/fetch-feed';
import type { AppDeps } from '../command-context';
import { slackViews } from '../views/slack-views';

/**
 * The feed and digest use cases' ports, from the app's. Feeds are fetched with
 * the SSRF-safe fetcher (AppDeps has no fetcher of its own). A slash command
 * has 3 seconds, so a digest posted from one never waits out a rate limit:
 * the user is told to try again instead.
 */
export function feedDepsOf(deps: AppDeps): FeedDeps {
  return { ...deps, views: slackViews, fetchFeed: (url, conditional) => fetchFeed(url, conditional) };
}

export class NoWaitingInCommands extends Error {
  override name = 'NoWaitingInCommands';
}

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
