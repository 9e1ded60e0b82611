import type { FeedState, StoredArticle } from '../../store/index';
import type { DigestContent } from '../digest/digest-content';
import type { SubscribeResult } from '../feeds/subscribe-results';
import type { ListSubscribeResult } from '../feeds/subscribe-results';
import type { ChatMessage } from './poster';

/**
 * The views port: the outcomes a use case tells people about, and what turns
 * them into messages. The use cases decide what happened; slack/views renders
 * it (escaping, Block Kit, wording), so no use case knows Slack's markup.
 */

/** How a queued job ended, for the user who asked. */
export type JobReply =
  | { kind: 'article'; article: StoredArticle /** `add` of an article already stored. */; alreadyHad: boolean }
  | { kind: 'subscribed'; result: SubscribeResult }
  /** An OPML file: what happened to each feed it lists. */
  | { kind: 'list-subscribed'; result: ListSubscribeResult }
  /** A failure the user caused (not an article, unreachable site…): its message, written for people. */
  | { kind: 'refused'; reason: string }
  /** The last attempt failed on our side. */
  | { kind: 'apology'; doing: 'reading' | 'subscribing'; host: string; jobId: string };

/** What a channel is told about a feed it follows: once when it starts failing, once when it is back. */
export type FeedNotice =
  | { kind: 'failing'; feed: Pick<FeedState, 'feedUrl' | 'title'>; reason: string; failures: number }
  | { kind: 'back'; feed: Pick<FeedState, 'feedUrl' | 'title'> };

/** A channel's digest, as posted. */
export interface DigestView {
  content: DigestContent;
  at: Date;
  timeZone: string;
  since?: Date;
  /** One parent message with the headlines and one reply per story (`/news schedule … threaded`). */
  threaded: boolean;
}

/** A digest as messages: the parent, and its thread's replies (none unless threaded). */
export interface DigestMessages {
  parent: ChatMessage;
  replies: ChatMessage[];
}

export interface Views {
  jobReply(reply: JobReply): ChatMessage;
  feedNotice(notice: FeedNotice): ChatMessage;
  digest(view: DigestView): DigestMessages;
  /** The preview shown under a shared link to a stored article (the chat service's unfurl payload). */
  articleUnfurl(article: StoredArticle): Record<string, unknown>;
}
