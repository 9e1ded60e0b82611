import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimitWaitRefusedError } from '../app/digest/post-policy';
import type { DigestDeps } from '../app/digest/send-channel-digest';
import { slackViews } from '../slack/views/slack-views';
import type { RuntimeParts } from './use-case-deps';

/**
 * The scheduled digest run's ports (see ./use-case-deps.ts): it may wait out
 * Slack's Retry-After. A file of its own, so the digest function's bundle
 * does not carry the fetchers and the feed parser the other use cases need.
 */
export function digestDeps(parts: Omit<RuntimeParts, 'jobs'>): DigestDeps {
  const { store, slack, clock, log } = parts;
  return { store, slack, clock, log, views: slackViews, sleep: (ms) => sleep(ms) };
}

/** A digest posted from a slash command: it never waits out a rate limit (see RateLimitWaitRefusedError). */
export function commandDigestDeps(parts: Omit<RuntimeParts, 'jobs'>): DigestDeps {
  return {
    ...digestDeps(parts),
    sleep: async (ms) => {
      throw new RateLimitWaitRefusedError(ms);
    },
  };
}
