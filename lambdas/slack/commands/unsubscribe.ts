import { unsubscribeFromFeed } from '../../app/feeds/channel-feeds';
import { ALREADY_DONE, ephemeral, firstDelivery, type NewsCommand } from '../command-context';
import { singleUrl } from '../command-text';
import { escapeText } from '../escape';
import { ephemeralVerbatim } from '../views/verbatim-reply';

export const unsubscribeCommand: NewsCommand = {
  name: 'unsubscribe',
  aliases: ['unfollow'],
  usage: 'unsubscribe <feed url | number>',
  description: 'Stop following a feed in this channel (the number is from `/news feeds`).',
  async run(ctx) {
    const target = /^\d+$/.test(ctx.args) ? ctx.args : singleUrl(ctx.args);
    if (!target)
      return ephemeral(
        'Which feed? `/news unsubscribe <feed url>` or `/news unsubscribe <number>` (see `/news feeds`).',
      );
    if (!(await firstDelivery(ctx))) return ephemeral(ALREADY_DONE);
    const result = await unsubscribeFromFeed(ctx.deps.store, { teamId: ctx.teamId, channelId: ctx.channelId, target });
    if (!result.ok) return ephemeral(`${escapeText(result.reason)} See \`/news feeds\`.`);
    const done = `Unsubscribed from ${result.title ? `*${escapeText(result.title)}*` : escapeText(result.feedUrl)}.`;
    return ephemeralVerbatim(done);
  },
};
