import { ephemeral, type NewsCommand } from '../command-context';
import { singleUrl } from '../command-text';
import { enqueueFetch } from './enqueue-fetch';

export const subscribeCommand: NewsCommand = {
  name: 'subscribe',
  aliases: ['follow'],
  usage: 'subscribe <feed url>',
  description:
    'Follow an RSS, Atom or JSON Feed in this channel (or each feed of an OPML list); its stories go into the digest.',
  async run(ctx) {
    const url = singleUrl(ctx.args);
    if (!url)
      return ephemeral(
        'Give me the address of an RSS, Atom or JSON feed: `/news subscribe https://example.com/feed.xml`',
      );
    if (!ctx.channelId) return ephemeral('Run `/news subscribe` in the channel that should follow the feed.');
    // Reading the feed is a fetch: the worker does it and answers here (views/subscribe-reply.ts).
    return enqueueFetch(ctx, url, { kind: 'subscribe-feed' });
  },
};
