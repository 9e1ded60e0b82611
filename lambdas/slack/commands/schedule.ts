import { formatSchedule, nextDueAfter, parseSchedule } from '../../app/digest/schedule';
import { ALREADY_DONE, ephemeral, firstDelivery, type NewsCommand } from '../command-context';
import { escapeText } from '../escape';
import { describeDue } from './digest-when';

export const scheduleCommand: NewsCommand = {
  name: 'schedule',
  usage: 'schedule daily 08:30 Europe/Berlin [threaded] | weekdays 07:00 [zone] [threaded] | off',
  description: "When this channel's digest is posted; `threaded`: the headlines, with one reply per story.",
  async run(ctx) {
    const parsed = parseSchedule(ctx.args);
    if (!parsed.ok) return ephemeral(escapeText(parsed.error));
    if (!(await firstDelivery(ctx))) return ephemeral(ALREADY_DONE);
    const { store } = ctx.deps;
    const schedule = parsed.schedule;
    const next = schedule ? nextDueAfter(schedule, ctx.deps.clock()) : null;
    await store.setDigestSchedule(ctx.teamId, ctx.channelId, schedule, next);
    if (!schedule || !next) return ephemeral('Digests are off for this channel.');
    const feeds = await store.channelFeeds(ctx.teamId, ctx.channelId);
    const noFeeds =
      feeds.length === 0 ? '\nThis channel follows no feeds yet: add one with `/news subscribe <feed url>`.' : '';
    const zoneNote = parsed.zoneDefaulted ? ` (no time zone given, so ${schedule.tz})` : '';
    return ephemeral(
      `Digest schedule: \`${escapeText(formatSchedule(schedule))}\`${zoneNote}. The next one: ${describeDue(next, schedule.tz)}.${noFeeds}`,
    );
  },
};
