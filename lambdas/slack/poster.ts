/**
 * Posting to Slack outside a request: `chat.postMessage` for digests and
 * shared cards, and the slash command's `response_url` for slow answers.
 * Plain `fetch` keeps the worker small and makes Slack's error codes and
 * `Retry-After` visible to the caller, which decides whether to retry.
 */
import { type ChatMessage, type Poster, PostRefusedError } from '../app/ports/poster';

/** Slack's message shape is the poster port's. */
export type SlackMessage = ChatMessage;
export type SlackPoster = Poster;

/** Slack answered with an error code (or 429/5xx): the port's PostRefusedError, named for Slack in logs. */
export class SlackApiError extends PostRefusedError {
  override name = 'SlackApiError';
}

export function createSlackPoster(options: { token: string; apiUrl: string; timeoutMs?: number }): SlackPoster {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const send = async (url: string, body: unknown, auth: boolean) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        ...(auth ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    if (response.status === 429) throw new SlackApiError('ratelimited', Number(response.headers.get('retry-after') ?? '1'));
    if (!response.ok) throw new SlackApiError(`http_${response.status}`);
    return text;
  };
  const call = async (method: string, body: Record<string, unknown>) => {
    const parsed = JSON.parse(await send(new URL(method, options.apiUrl).toString(), body, true)) as Record<string, unknown>;
    if (!parsed.ok) throw new SlackApiError(typeof parsed.error === 'string' ? parsed.error : 'unknown_error');
    return parsed;
  };
  return {
    async postMessage(channel, message) {
      const parsed = await call('chat.postMessage', { channel, ...message });
      return { ts: typeof parsed.ts === 'string' ? parsed.ts : '' };
    },
    call,
    async respond(responseUrl, message) {
      await send(responseUrl, message, false);
    },
  };
}
