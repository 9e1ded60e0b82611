import type { FeedFilter, NewsStore } from '../../store/index';

/**
 * `/news filter <n> include|exclude <words>` and `/news filter <n> clear`:
 * the rule is checked here, so every caller answers the same way; the store
 * keeps it on the channel's subscription item.
 */

export const MAX_FILTER_WORDS = 10;
export const MAX_FILTER_WORD_LENGTH = 40;

export type FilterChange = { mode: 'include' | 'exclude'; words: string[] } | { mode: 'clear' };

export type FilterResult =
  | { ok: true; feedUrl: string; title?: string; filter?: FeedFilter }
  | { ok: false; reason: string };

/** Words from what the user typed: split on spaces and commas, repeats dropped (case-insensitively). */
export function filterWords(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\s,]+/u)
    .map((w) => w.replace(/^["'“‘]+|["'”’]+$/gu, ''))
    .filter((w) => w.length > 0 && !seen.has(w.toLowerCase()) && Boolean(seen.add(w.toLowerCase())));
}

/** Why a list of filter words cannot be used, or undefined when it can. */
export function badWords(words: readonly string[]): string | undefined {
  if (words.length === 0) return 'Which words?';
  if (words.length > MAX_FILTER_WORDS)
    return `That is ${words.length} words; a filter takes at most ${MAX_FILTER_WORDS}.`;
  const long = words.find((w) => [...w].length > MAX_FILTER_WORD_LENGTH);
  if (long) return `A filter word is at most ${MAX_FILTER_WORD_LENGTH} characters; one has ${[...long].length}.`;
  if (words.some((w) => !/[\p{L}\p{N}]/u.test(w))) return 'Each filter word needs a letter or a digit.';
  return undefined;
}

export async function filterFeed(
  store: NewsStore,
  request: { teamId: string; channelId: string; feedNumber: number; change: FilterChange },
): Promise<FilterResult> {
  const feeds = await store.channelFeeds(request.teamId, request.channelId);
  if (feeds.length === 0) return { ok: false, reason: 'This channel follows no feeds.' };
  const subscription = feeds[request.feedNumber - 1];
  if (!subscription)
    return {
      ok: false,
      reason: `There is no feed number ${request.feedNumber}: this channel follows ${feeds.length}.`,
    };
  const { change } = request;
  let filter: FeedFilter | undefined;
  if (change.mode !== 'clear') {
    const problem = badWords(change.words);
    if (problem) return { ok: false, reason: problem };
    filter = { ...subscription.filter, [change.mode]: change.words };
  }
  if (!(await store.setFeedFilter(request.teamId, request.channelId, subscription.feedUrl, filter))) {
    return { ok: false, reason: 'This channel stopped following that feed meanwhile.' };
  }
  return {
    ok: true,
    feedUrl: subscription.feedUrl,
    ...(subscription.title ? { title: subscription.title } : {}),
    ...(filter ? { filter } : {}),
  };
}
