import { METRICS } from '../../observability/emf';
import { buildDigest } from '../../app/digest/digest-content';
import { channelArticleSource, channelDigestArticles } from '../../app/digest/digest-articles';
import { DigestPostFailedError, RateLimitWaitRefusedError } from '../../app/digest/post-policy';
import { formatSchedule } from '../../app/digest/schedule';
import { digestSince } from '../../app/digest/send-channel-digest';
import { sendDigestNow } from '../../app/digest/send-digest-now';
import type { DigestSettings } from '../../store/index';
import {
  ALREADY_DONE,
  ephemeral,
  firstDelivery,
  type CommandContext,
  type NewsCommand,
  type Reply,
} from '../command-context';
import { digestMessage } from '../views/digest';
import { section } from '../views/limits';
import { describeDue } from './digest-when';

/**
 * `/news digest`: the schedule and what the next digest would hold (only the
 * caller sees it). `/news digest now`: post the digest to the channel now,
 * built and recorded exactly as a scheduled one (it becomes the channel's
 * latest digest, so the next one starts from here).
 */
export const digestCommand: NewsCommand = {
  name: 'digest',
  usage: 'digest [now]',
  description: "Preview this channel's next digest, or post it now with `now`.",
  async run(ctx) {
    const arg = ctx.args.trim().toLowerCase();
    if (arg === 'now') return (await firstDelivery(ctx)) ? postNow(ctx) : ephemeral(ALREADY_DONE);
    if (arg !== '')
      return ephemeral('`/news digest` shows the next digest; `/news digest now` posts it to the channel.');
    return preview(ctx);
  },
};

function settingsOrDefault(ctx: CommandContext, settings: DigestSettings | undefined): DigestSettings {
  return settings ?? { teamId: ctx.teamId, channelId: ctx.channelId, schedule: null, paused: false };
}

function scheduleLine(settings: DigestSettings): string {
  if (settings.paused)
    return `Digests are paused for this channel (${settings.pauseReason ?? 'no reason recorded'}); set a schedule again to resume.`;
  if (!settings.schedule || !settings.nextDueAt)
    return 'No digest is scheduled: set one with `/news schedule daily 08:30 Europe/Berlin`.';
  return `Schedule: \`${formatSchedule(settings.schedule)}\`; next digest ${describeDue(new Date(settings.nextDueAt), settings.schedule.tz)}.`;
}

/**
 * "No digest yet" until a digest is posted in the channel (a run that found
 * nothing posts none): "since the last digest" would speak of one that never
 * was. After one, the message says when it was posted.
 */
function nothingNew(settings: DigestSettings): string {
  if (!settings.lastPostedAt) return "No digest yet: nothing new from this channel's feeds since you subscribed";
  const posted = describeDue(new Date(settings.lastPostedAt), settings.schedule?.tz ?? 'UTC');
  return `Nothing new from this channel's feeds since the last digest, posted ${posted}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

async function preview(ctx: CommandContext): Promise<Reply> {
  const { store, clock } = ctx.deps;
  const now = clock();
  const settings = settingsOrDefault(ctx, await store.getDigestSettings(ctx.teamId, ctx.channelId));
  const since = digestSince(settings, now);
  const { feeds, articles } = await channelDigestArticles(store, ctx.teamId, ctx.channelId, since);
  const head = scheduleLine(settings);
  if (articles.length === 0) {
    // "since you subscribed" would speak of feeds the channel does not follow.
    if (feeds === 0)
      return ephemeral(`${head}\nThis channel follows no feeds yet: add one with \`/news subscribe <feed url>\`.`);
    return ephemeral(`${head}\n${nothingNew(settings)}.`);
  }
  const message = digestMessage(buildDigest(articles, { now }), {
    at: now,
    timeZone: settings.schedule?.tz ?? 'UTC',
    since,
  });
  return ephemeral(`${head}\n${message.text}`, [section(head), ...(message.blocks ?? [])]);
}

async function postNow(ctx: CommandContext): Promise<Reply> {
  const { store } = ctx.deps;
  const settings = settingsOrDefault(ctx, await store.getDigestSettings(ctx.teamId, ctx.channelId));
  const feeds = await store.channelFeeds(ctx.teamId, ctx.channelId);
  if (feeds.length === 0)
    return ephemeral(
      'This channel follows no feeds, so there is no digest to post. Add one with `/news subscribe <feed url>`.',
    );
  try {
    const outcome = await sendDigestNow(await ctx.deps.digestPorts(), settings, channelArticleSource(store));
    switch (outcome.status) {
      case 'posted':
        return ephemeral(
          `Posted the digest: ${plural(outcome.stories, 'story', 'stories')} from ${plural(outcome.articles, 'article', 'articles')}.`,
        );
      case 'empty':
        return ephemeral(`${nothingNew(settings)}, so I posted nothing.`);
      case 'paused':
        return ephemeral(
          `I cannot post in this channel (Slack says \`${outcome.reason}\`), so its digest is paused. Invite me to the channel, then set the schedule again.`,
        );
      default:
        return ephemeral('A digest for this channel is being posted now; it will appear in the channel in a moment.');
    }
  } catch (error) {
    if (error instanceof DigestPostFailedError || error instanceof RateLimitWaitRefusedError) {
      ctx.deps.log.metric(METRICS.digestFailures, 1);
      ctx.deps.log.error('digest_failed', { teamId: ctx.teamId, channelId: ctx.channelId, trigger: 'now', error });
      return ephemeral('Slack did not take the digest just now (it is busy). Please try again in a minute.');
    }
    throw error;
  }
}
