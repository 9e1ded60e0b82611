import { subscribeToFeed } from '../../app/feeds/subscribe-to-feed';
import { ephemeral, type NewsCommand } from '../command-context';
import { singleUrl } from '../command-text';
import { escapeText } from '../escape';
import { feedDepsOf } from './feed-deps';

export const subscribeCommand: NewsCommand = {
  name: 'subscribe',
  aliases: ['follow'],
  usage: 'subscribe <feed url>',
  description: 'Follow an RSS or Atom feed in this channel; its stories go into the digest.',
  async run(ctx) {
    const url = singleUrl(ctx.args);
    if (!url) return ephemeral('Give me the address of an RSS or Atom feed: `/news subscribe https://example.com/feed.xml`');
    const result = await subscribeToFeed(feedDepsOf(ctx.deps), { teamId: ctx.teamId, channelId: ctx.channelId, url });
    if (!result.ok) {
      const hint = result.feedLink ? `\nTry \`/news subscribe ${escapeText(result.feedLink)}\`` : '';
      return ephemeral(`I did not subscribe: ${escapeText(result.reason)}${hint}`);
    }
    if ('slow' in result) {
      return ephemeral(
        `Subscribed to ${escapeText(result.feedUrl)}. The feed is slow to answer, so I will read it at the next poll (within 15 minutes) and say here if it does not work.`,
      );
    }
    const name = result.title ? `*${escapeText(result.title)}*` : escapeText(result.feedUrl);
    const again = result.created ? 'Subscribed to' : 'This channel already follows';
    const items = `${result.items} ${result.items === 1 ? 'item' : 'items'}`;
    const reading = result.queued > 0 ? `; reading ${result.queued} of them now` : '';
    return ephemeral(`${again} ${name}: I found ${items}${reading}. See \`/news feeds\`, and set a digest with \`/news schedule daily 08:30 Europe/Berlin\`.`);
  },
};
