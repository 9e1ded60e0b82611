import { listChannelFeeds } from '../../app/feeds/channel-feeds';
import { feedsAsOpml } from '../../app/feeds/opml';
import { ephemeral, type NewsCommand } from '../command-context';
import { escapeText } from '../escape';
import { filterLine } from '../views/feed-filter';
import { ephemeralVerbatim } from '../views/verbatim-reply';

/**
 * OPML shown inside a Slack code block. A feed's title is the feed's own words,
 * and three backticks in it would end the block early (Slack has no escape for
 * them); XML writes a backtick as `&#96;` too, so the file still reads the same.
 */
function opmlInCodeBlock(opml: string): string {
  return escapeText(opml).replace(/`/g, '&amp;#96;');
}

export const feedsCommand: NewsCommand = {
  name: 'feeds',
  aliases: ['subscriptions'],
  usage: 'feeds [opml]',
  description: "This channel's feeds, numbered; with `opml`, as an OPML file for a feed reader.",
  async run(ctx) {
    const arg = ctx.args.trim().toLowerCase();
    if (arg !== '' && arg !== 'opml')
      return ephemeral('`/news feeds` lists this channel’s feeds; `/news feeds opml` gives them as OPML.');
    const feeds = await listChannelFeeds(ctx.deps.store, ctx.teamId, ctx.channelId);
    if (feeds.length === 0)
      return ephemeral('This channel follows no feeds. Add one with `/news subscribe <feed url>`.');
    if (arg === 'opml') {
      const opml = feedsAsOpml(`NewsBot feeds of channel ${ctx.channelId}`, feeds);
      return ephemeral(
        `This channel's ${feeds.length === 1 ? 'feed' : `${feeds.length} feeds`} as OPML (save it as feeds.opml and import it in a feed reader):\n\`\`\`\n${opmlInCodeBlock(opml)}\n\`\`\``,
      );
    }
    const lines = feeds.map((feed, i) => {
      const heading = `${i + 1}. ${feed.title ? `*${escapeText(feed.title)}* — ` : ''}${escapeText(feed.feedUrl)}`;
      const name = feed.filter ? `${heading}\n    :mag: filter: ${filterLine(feed.filter)}` : heading;
      return feed.failing ? `${name}\n    :warning: not readable lately: ${escapeText(feed.failing)}` : name;
    });
    // Feed titles are the feeds' own words: shown verbatim, so a bare address in one is no live link.
    const list = `*This channel follows ${feeds.length} ${feeds.length === 1 ? 'feed' : 'feeds'}:*\n${lines.join('\n')}\nStop one with \`/news unsubscribe <number>\`; filter one with \`/news filter <number> include|exclude <words>\`.`;
    return ephemeralVerbatim(list);
  },
};
