import type { FeedState, NewsStore, Subscription } from '../../store/index';
import { NOTIFY_AFTER_FAILURES } from './poll-policy';

/**
 * A channel's feeds as a numbered list (1-based, in subscription order, which
 * the store keeps stable), and unsubscribing by URL or by that number.
 */
export interface ChannelFeed extends Subscription {
  /** Set when the feed has failed often enough that its channels were told: the reason, for the list. */
  failing?: string;
}

export async function listChannelFeeds(store: NewsStore, teamId: string, channelId: string): Promise<ChannelFeed[]> {
  const subscriptions = await store.channelFeeds(teamId, channelId);
  // One Get per feed: a channel follows a handful, and the list is read rarely.
  const states = await Promise.all(subscriptions.map((s) => store.getFeed(s.feedUrl)));
  return subscriptions.map((subscription, i) => {
    const state: FeedState | undefined = states[i];
    const failing =
      state && state.failures >= NOTIFY_AFTER_FAILURES ? (state.lastError ?? 'it could not be read') : undefined;
    return failing ? { ...subscription, failing } : subscription;
  });
}

export type UnsubscribeResult = { ok: true; feedUrl: string; title?: string } | { ok: false; reason: string };

export async function unsubscribeFromFeed(
  store: NewsStore,
  request: { teamId: string; channelId: string; target: string },
): Promise<UnsubscribeResult> {
  const feeds = await store.channelFeeds(request.teamId, request.channelId);
  if (feeds.length === 0) return { ok: false, reason: 'This channel follows no feeds.' };
  let subscription: Subscription | undefined;
  if (/^\d+$/.test(request.target)) {
    subscription = feeds[Number(request.target) - 1];
    if (!subscription)
      return { ok: false, reason: `There is no feed number ${request.target}: this channel follows ${feeds.length}.` };
  } else {
    const wanted = await store.getFeed(request.target); // the store knows the canonical spelling of the URL
    const url = wanted?.feedUrl ?? request.target;
    subscription = feeds.find((f) => f.feedUrl === url || f.feedUrl === request.target);
    if (!subscription) return { ok: false, reason: 'This channel does not follow that feed.' };
  }
  await store.unsubscribe(request.teamId, request.channelId, subscription.feedUrl);
  return { ok: true, feedUrl: subscription.feedUrl, ...(subscription.title ? { title: subscription.title } : {}) };
}
