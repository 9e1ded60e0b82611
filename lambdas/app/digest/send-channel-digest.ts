import type { Logger } from '../../config/logger';
import type { SlackPoster } from '../../slack/poster';
import { digestMessage } from '../../slack/views/digest';
import type { DigestSettings, NewsStore } from '../../store/index';
import { buildDigest, type DigestContent } from './digest-content';
import { MAX_LOOKBACK_MS, type DigestArticleSource } from './digest-articles';
import { DigestPausedError, postDigest } from './post-policy';
import { nextDueAfter, periodKey, type DigestSchedule } from './schedule';

export interface DigestDeps {
  store: NewsStore;
  slack: SlackPoster;
  clock: () => Date;
  log: Logger;
  sleep: (ms: number) => Promise<void>;
}

export type DigestOutcome =
  | { status: 'posted'; period: string; ts: string; stories: number; articles: number }
  | { status: 'empty'; period: string }
  | { status: 'already-sent'; period: string }
  | { status: 'in-progress'; period: string }
  | { status: 'paused'; period: string; reason: string }
  | { status: 'not-due' };

/** The first digest of a channel covers the day before it (a weekday digest on Monday: still a day; the feed poller keeps up). */
const FIRST_DIGEST_LOOKBACK_MS = 24 * 3600_000;

/** Where this digest starts: the last digest, at most a week back; a first digest looks back a day. */
export function digestSince(settings: Pick<DigestSettings, 'lastSentAt'>, now: Date): Date {
  const floor = now.getTime() - MAX_LOOKBACK_MS;
  const last = settings.lastSentAt ? Date.parse(settings.lastSentAt) : now.getTime() - FIRST_DIGEST_LOOKBACK_MS;
  return new Date(Math.max(floor, last));
}

/** Due instants skipped because the run came late (the handler was down): merged into this digest, and said so in the log. */
function periodsMissed(schedule: DigestSchedule, dueAt: Date, now: Date): number {
  let missed = 0;
  for (let at = nextDueAfter(schedule, dueAt); at.getTime() <= now.getTime() && missed < 400; at = nextDueAfter(schedule, at)) missed++;
  return missed;
}

/**
 * Post one channel's digest exactly once per period:
 * 1. read the articles and build the message (reads only: a crash here changes nothing);
 * 2. claim the period with a conditional write: a run that finds it claimed or
 *    sent does not post (a claim left by a run that died is taken over after
 *    the store's staleness window, so a period is never lost);
 * 3. post; 4. mark the period sent, which also moves the channel's nextDueAt.
 * The only way to post twice is a crash in the instant between Slack's answer
 * and step 4 followed by no retry within the staleness window.
 */
export async function sendChannelDigest(
  deps: DigestDeps,
  settings: DigestSettings,
  articles: DigestArticleSource,
  trigger: { kind: 'scheduled' } | { kind: 'now' },
): Promise<DigestOutcome & { content?: DigestContent }> {
  const { store, log } = deps;
  const now = deps.clock();
  const { teamId, channelId } = settings;
  const schedule = settings.schedule;
  const timeZone = schedule?.tz ?? 'UTC';

  let period: string;
  let nextDueAt: Date | null;
  if (trigger.kind === 'scheduled') {
    if (!schedule || settings.paused || !settings.nextDueAt || Date.parse(settings.nextDueAt) > now.getTime()) return { status: 'not-due' };
    const dueAt = new Date(settings.nextDueAt);
    period = periodKey(schedule, dueAt);
    nextDueAt = nextDueAfter(schedule, now.getTime() > dueAt.getTime() ? now : dueAt);
    const missed = periodsMissed(schedule, dueAt, now);
    if (missed > 0) log.warn('digest_periods_merged', { teamId, channelId, period, missed, dueAt: dueAt.toISOString() });
  } else {
    // `/news digest now`: its own period, and the schedule carries on as it was.
    period = `now-${now.toISOString()}`;
    nextDueAt = settings.nextDueAt && !settings.paused ? new Date(settings.nextDueAt) : null;
  }

  const since = digestSince(settings, now);
  const content = buildDigest(await articles(teamId, channelId, since), { now });

  const claim = await store.claimDigest(teamId, channelId, period, now);
  if (claim === 'in-progress') {
    log.info('digest_in_progress', { teamId, channelId, period });
    return { status: 'in-progress', period };
  }
  if (claim === 'already-sent') {
    // Sent, but the channel's next due time was not moved (a crash between the two writes): move it now.
    // The previous lastSentAt is kept so the next digest repeats rather than loses articles.
    await store.markDigestSent(teamId, channelId, period, { sentAt: settings.lastSentAt ? new Date(settings.lastSentAt) : now, nextDueAt });
    log.info('digest_already_sent', { teamId, channelId, period });
    return { status: 'already-sent', period };
  }

  if (content.articleCount === 0) {
    await store.markDigestSent(teamId, channelId, period, { sentAt: now, nextDueAt });
    log.info('digest_empty', { teamId, channelId, period });
    return { status: 'empty', period, content };
  }

  const message = digestMessage(content, { at: now, timeZone, since });
  let ts: string;
  try {
    ({ ts } = await postDigest(
      { slack: deps.slack, sleep: deps.sleep, onRetry: (info) => log.warn('digest_post_retry', { teamId, channelId, period, ...info }) },
      channelId,
      message,
    ));
  } catch (error) {
    if (error instanceof DigestPausedError) {
      await store.pauseDigest(teamId, channelId, error.code);
      log.warn('digest_paused', { teamId, channelId, period, reason: error.code });
      return { status: 'paused', period, reason: error.code };
    }
    throw error;
  }
  await store.markDigestSent(teamId, channelId, period, { ts, sentAt: now, nextDueAt });
  log.info('digest_posted', { teamId, channelId, period, ts, stories: content.stories.length + content.more.length, articles: content.articleCount });
  return { status: 'posted', period, ts, stories: content.stories.length + content.more.length, articles: content.articleCount, content };
}
