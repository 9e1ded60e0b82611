import type { NewsStore, Subscription } from '../../store/index';

/**
 * A channel's feeds as a numbered list (1-based, in subscription order, which
 * the store keeps stable), and unsubscribing by URL or by that number.
 */
export async function listChannelFeeds(store: NewsStore, teamId: string, channelId: string): Promise<Subscription[]> {
  return store.channelFeeds(teamId, channelId);
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
    if (!subscription) return { ok: false, reason: `There is no feed number ${request.target}: this channel follows ${feeds.length}.` };
  } else {
    const wanted = await store.getFeed(request.target); // the store knows the canonical spelling of the URL
    const url = wanted?.feedUrl ?? request.target;
    subscription = feeds.find((f) => f.feedUrl === url || f.feedUrl === request.target);
    if (!subscription) return { ok: false, reason: 'This channel does not follow that feed.' };
  }
  await store.unsubscribe(request.teamId, request.channelId, subscription.feedUrl);
  return { ok: true, feedUrl: subscription.feedUrl, ...(subscription.title ? { title: subscription.title } : {}) };
}
