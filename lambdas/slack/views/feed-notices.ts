import { NOTIFY_AFTER_FAILURES } from '../../app/feeds/poll-policy';
import type { FeedNotice } from '../../app/ports/views';
import type { FeedState } from '../../store/index';
import { escapeText } from '../escape';
import type { SlackMessage } from '../poster';

/** The messages a channel gets about a feed it follows: once when it starts failing, once when it is back. */

function feedName(feed: Pick<FeedState, 'feedUrl' | 'title'>): string {
  return feed.title ? `*${escapeText(feed.title)}* (${escapeText(feed.feedUrl)})` : escapeText(feed.feedUrl);
}

export function feedFailingNotice(
  feed: Pick<FeedState, 'feedUrl' | 'title'>,
  reason: string,
  failures: number,
): SlackMessage {
  return {
    text:
      `:warning: I could not read the feed ${feedName(feed)} the last ${Math.max(failures, NOTIFY_AFTER_FAILURES)} times: ${escapeText(reason)}\n` +
      `I will keep trying, less often, and say so here when it works again. ` +
      `To stop following it: \`/news unsubscribe ${escapeText(feed.feedUrl)}\``,
    unfurl_links: false,
    unfurl_media: false,
  };
}

export function feedBackNotice(feed: Pick<FeedState, 'feedUrl' | 'title'>): SlackMessage {
  return {
    text: `:white_check_mark: The feed ${feedName(feed)} works again.`,
    unfurl_links: false,
    unfurl_media: false,
  };
}

export function feedNotice(notice: FeedNotice): SlackMessage {
  return notice.kind === 'failing'
    ? feedFailingNotice(notice.feed, notice.reason, notice.failures)
    : feedBackNotice(notice.feed);
}
