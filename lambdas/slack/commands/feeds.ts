import { listChannelFeeds } from '../../app/feeds/channel-feeds';
import { ephemeral, type NewsCommand } from '../command-context';
import { escapeText } from '../escape';

export const feedsCommand: NewsCommand = {
  name: 'feeds',
  aliases: ['subscriptions'],
  usage: 'feeds',
  description: "This channel's feeds, numbered.",
  async run(ctx) {
    const feeds = await listChannelFeeds(ctx.deps.store, ctx.teamId, ctx.channelId);
    if (feeds.length === 0) return ephemeral('This channel follows no feeds. Add one with `/news subscribe <feed url>`.');
    const lines = feeds.map((feed, i) => {
      const name = `${i + 1}. ${feed.title ? `*${escapeText(feed.title)}* — ` : ''}${escapeText(feed.feedUrl)}`;
      return feed.failing ? `${name}\n    :warning: not readable lately: ${escapeText(feed.failing)}` : name;
    });
    return ephemeral(`*This channel follows ${feeds.length} ${feeds.length === 1 ? 'feed' : 'feeds'}:*\n${lines.join('\n')}\nStop one with \`/news unsubscribe <number>\`.`);
  },
};
