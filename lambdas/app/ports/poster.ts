/**
 * The poster port: how a use case sends a message to people outside a request
 * (a channel post, or the slash command's response_url). slack/poster.ts
 * implements it; the messages themselves are rendered by the views port.
 */

/** A chat message as the poster sends it (Slack's message shape: text, Block Kit blocks, flags). */
export interface ChatMessage {
  text: string;
  blocks?: unknown[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
  unfurl_links?: boolean;
  unfurl_media?: boolean;
  /** A reply in the thread of this message (threaded digests). */
  thread_ts?: string;
}

/** The chat service answered with an error (it did not post): its code, and how long it asked us to wait. */
export class PostRefusedError extends Error {
  override name = 'PostRefusedError';
  constructor(
    /** The service's error code, e.g. `ratelimited`, `channel_not_found`, or `http_500`. */
    readonly code: string,
    /** Seconds the service asked us to wait (429). */
    readonly retryAfter?: number,
  ) {
    super(`Slack answered ${code}${retryAfter ? ` (retry after ${retryAfter} s)` : ''}`);
  }
}

export interface Poster {
  postMessage(channel: string, message: ChatMessage): Promise<{ ts: string }>;
  respond(responseUrl: string, message: ChatMessage): Promise<void>;
  /**
   * Any other method of the chat service's Web API (`chat.unfurl`, `views.publish`,
   * `chat.postEphemeral`): its answer when `ok`, a PostRefusedError with its code when not.
   */
  call(method: string, body: Record<string, unknown>): Promise<Record<string, unknown>>;
}
