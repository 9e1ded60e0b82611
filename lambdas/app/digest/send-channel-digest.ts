import { METRICS } from '../../observability/emf';
import type { Logger } from '../../config/logger';
import type { DigestSettings, NewsStore } from '../../store/index';
import type { Poster } from '../ports/poster';
import type { Views } from '../ports/views';
import { buildDigest, type DigestContent } from './digest-content';
import { MAX_LOOKBACK_MS, type DigestArticleSource } from './digest-articles';
import { DigestPausedError, DigestPostFailedError, postDigest } from './post-policy';
import { nextDueAfter, periodKey, type DigestSchedule } from './schedule';
import { postThreadReplies } from './thread-replies';

export interface DigestDeps {
  store: NewsStore;
  slack: Poster;
  views: Views;
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

/**
 * Where this digest starts: the last digest posted, at most a week back. A
 * channel's first digest takes everything of its feeds from the last week
 * (in practice: since it subscribed), and so does the one after a period
 * that could not be confirmed, so its articles are never dropped.
 */
export function digestSince(settings: Pick<DigestSettings, 'lastSentAt'>, now: Date): Date {
  const floor = now.getTime() - MAX_LOOKBACK_MS;
  const last = settings.lastSentAt ? Date.parse(settings.lastSentAt) : floor;
  return new Date(Math.max(floor, last));
}

/**
 * After a post Slack surely refused (it answered with errors until we gave
 * up), the claim is released and the period is tried again at a later run:
 * its due instant moves this far on. A post that may have reached Slack is
 * never retried this way.
 */
export const RETRY_REFUSED_POST_MS = 11 * 60_000;

/** Due instants skipped because the run came late (the handler was down): merged into this digest, and said so in the log. */
function periodsMissed(schedule: DigestSchedule, dueAt: Date, now: Date): number {
  let missed = 0;
  for (
    let at = nextDueAfter(schedule, dueAt);
    at.getTime() <= now.getTime() && missed < 400;
    at = nextDueAfter(schedule, at)
  )
    missed++;
  return missed;
}

/**
 * Post one channel's digest at most once per period, and never lose a period silently:
 * 1. read the articles and build the message (reads only: a crash here changes nothing);
 * 2. claim the period with a conditional write, right before posting;
 * 3. post; 4. mark the period sent, which also moves the channel's nextDueAt
 *    and its lastSentAt (where the next digest starts).
 * The store never takes a claim over by age: a claim left by an earlier
 * attempt means that attempt may have posted, and
 * posting again could post twice. Such a period is not posted again; it is
 * logged as `digest_failed` (the alarm) and the schedule moves on with
 * lastSentAt unchanged, so the next digest carries those articles. A post
 * Slack surely refused is different: nothing reached the channel, so the
 * period is tried again at a later run (see RETRY_REFUSED_POST_MS).
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
  let claimStamp = now;
  if (trigger.kind === 'scheduled') {
    if (!schedule || settings.paused || !settings.nextDueAt || Date.parse(settings.nextDueAt) > now.getTime())
      return { status: 'not-due' };
    const dueAt = new Date(settings.nextDueAt);
    period = periodKey(schedule, dueAt);
    claimStamp = dueAt;
    nextDueAt = nextDueAfter(schedule, now.getTime() > dueAt.getTime() ? now : dueAt);
    const missed = periodsMissed(schedule, dueAt, now);
    if (missed > 0)
      log.warn('digest_periods_merged', { teamId, channelId, period, missed, dueAt: dueAt.toISOString() });
  } else {
    // `/news digest now`: its own period, and the schedule carries on as it was.
    period = `now-${now.toISOString()}`;
    nextDueAt = settings.nextDueAt && !settings.paused ? new Date(settings.nextDueAt) : null;
  }

  const since = digestSince(settings, now);
  const content = buildDigest(await articles(teamId, channelId, since), { now });

  if (content.articleCount === 0) {
    // Nothing to post, so nothing to post twice: no claim, just move the schedule on (and say so in the log).
    await store.markDigestSent(teamId, channelId, period, { sentAt: now, nextDueAt });
    log.info('digest_empty', { teamId, channelId, period });
    return { status: 'empty', period, content };
  }

  const claim = await store.claimDigest(teamId, channelId, period, claimStamp);
  if (claim !== 'claimed') {
    // Moving the schedule on (without touching lastSentAt) keeps the channel from being due
    // forever; the articles of this period go into the next digest.
    if (schedule && nextDueAt) await store.setDigestSchedule(teamId, channelId, schedule, nextDueAt);
    if (claim === 'already-sent') {
      // Sent, but a crash came before the schedule moved on.
      log.info('digest_already_sent', { teamId, channelId, period });
      return { status: 'already-sent', period };
    }
    log.metric(METRICS.digestFailures, 1);
    log.error('digest_failed', {
      teamId,
      channelId,
      period,
      reason:
        'an earlier attempt claimed this period and did not finish; it may have posted, so it is not posted again',
    });
    return { status: 'in-progress', period };
  }

  const { parent: message, replies } = deps.views.digest({
    content,
    at: now,
    timeZone,
    since,
    threaded: schedule?.threaded === true,
  });
  let ts: string;
  try {
    ({ ts } = await postDigest(
      {
        slack: deps.slack,
        sleep: deps.sleep,
        onRetry: (info) => log.warn('digest_post_retry', { teamId, channelId, period, ...info }),
      },
      channelId,
      message,
    ));
  } catch (error) {
    if (error instanceof DigestPausedError) {
      await store.pauseDigest(teamId, channelId, error.code);
      log.warn('digest_paused', { teamId, channelId, period, reason: error.code });
      return { status: 'paused', period, reason: error.code };
    }
    if (error instanceof DigestPostFailedError && error.surelyNotPosted && trigger.kind === 'scheduled' && schedule) {
      const retryAt = new Date(claimStamp.getTime() + RETRY_REFUSED_POST_MS);
      await store.releaseDigestClaim(teamId, channelId, period);
      await store.setDigestSchedule(teamId, channelId, schedule, retryAt);
      log.warn('digest_retry_scheduled', {
        teamId,
        channelId,
        period,
        retryAt: retryAt.toISOString(),
        code: error.code,
      });
    }
    throw error;
  }
  await store.markDigestSent(teamId, channelId, period, { ts, sentAt: now, nextDueAt });
  if (replies.length > 0) await postThreadReplies(deps, { teamId, channelId, period, threadTs: ts }, replies);
  log.metric(METRICS.digestsPosted, 1);
  log.info('digest_posted', {
    teamId,
    channelId,
    period,
    ts,
    stories: content.stories.length + content.more.length,
    articles: content.articleCount,
  });
  return {
    status: 'posted',
    period,
    ts,
    stories: content.stories.length + content.more.length,
    articles: content.articleCount,
    content,
  };
}
