import { NOTIFY_AFTER_FAILURES } from '../../app/feeds/poll-policy';
import type { FeedNotice } from '../../app/ports/views';
import type { FeedState } from '../../store/index';
import { escapeText } from '../escape';
import type { SlackMessage } from '../poster';
import { section } from './limits';

/** The messages a channel gets about a feed it follows: once when it starts failing, once when it is back. */

function feedName(feed: Pick<FeedState, 'feedUrl' | 'title'>): string {
  return feed.title ? `*${escapeText(feed.title)}* (${escapeText(feed.feedUrl)})` : escapeText(feed.feedUrl);
}

export function feedFailingNotice(
  feed: Pick<FeedState, 'feedUrl' | 'title'>,
  reason: string,
  failures: number,
): SlackMessage {
  return channelNotice(
    `:warning: I could not read the feed ${feedName(feed)} the last ${Math.max(failures, NOTIFY_AFTER_FAILURES)} times: ${escapeText(reason)}\n` +
      `I will keep trying, less often, and say so here when it works again. ` +
      `To stop following it: \`/news unsubscribe ${escapeText(feed.feedUrl)}\``,
  );
}

export function feedBackNotice(feed: Pick<FeedState, 'feedUrl' | 'title'>): SlackMessage {
  return channelNotice(`:white_check_mark: The feed ${feedName(feed)} works again.`);
}

/**
 * A notice the whole channel reads, as one verbatim section: the feed's
 * title is the feed's own words, and a bare URL or #channel in it must not
 * become a live link. `text` is what notifications show.
 */
function channelNotice(text: string): SlackMessage {
  return { text, blocks: [section(text)], unfurl_links: false, unfurl_media: false };
}

export function feedNotice(notice: FeedNotice): SlackMessage {
  return notice.kind === 'failing'
    ? feedFailingNotice(notice.feed, notice.reason, notice.failures)
    : feedBackNotice(notice.feed);
}
