/**
 * Posting to Slack outside a request: `chat.postMessage` for digests and
 * shared cards, and the slash command's `response_url` for slow answers.
 * Plain `fetch` keeps the worker small and makes Slack's error codes and
 * `Retry-After` visible to the caller, which decides whether to retry.
 */
import * as z from 'zod/mini';
import { type ChatMessage, type Poster, PostRefusedError } from '../app/ports/poster';
import type { KnownBlock } from '@slack/types';

/** Every Web API answer: `ok`, and Slack's error code when not (api.slack.com/web#responses); the rest is the method's. */
const WebApiAnswerSchema = z.looseObject({ ok: z.boolean(), error: z.optional(z.string()) });
/** chat.postMessage's answer: the message's `ts` (threads hang under it). */
const PostedSchema = z.looseObject({ ts: z.optional(z.string()) });

/** The poster port's message with its blocks typed as Block Kit (the port itself knows no Slack types). */
export type SlackMessage = Omit<ChatMessage, 'blocks'> & { blocks?: KnownBlock[] };
export type SlackPoster = Poster;

/** Slack answered with an error code (or 429/5xx): the port's PostRefusedError, named for Slack in logs. */
export class SlackApiError extends PostRefusedError {
  override name = 'SlackApiError';
}

/**
 * A 200 whose body is not a Web API answer (a proxy's page, a cut body). Not a
 * PostRefusedError: nothing says Slack did not act on the call, so a digest is
 * not posted again because of it.
 */
export class SlackAnswerUnreadableError extends Error {
  override name = 'SlackAnswerUnreadableError';
  readonly code = 'invalid_response';
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
    if (response.status === 429)
      throw new SlackApiError('ratelimited', Number(response.headers.get('retry-after') ?? '1'));
    if (!response.ok) throw new SlackApiError(`http_${response.status}`);
    return text;
  };
  const call = async (method: string, body: Record<string, unknown>) => {
    const answer = WebApiAnswerSchema.safeParse(
      parseJson(await send(new URL(method, options.apiUrl).toString(), body, true)),
    );
    if (!answer.success) throw new SlackAnswerUnreadableError(`Slack's answer to ${method} is not a Web API answer`);
    if (!answer.data.ok) throw new SlackApiError(answer.data.error ?? 'unknown_error');
    return answer.data;
  };
  return {
    async postMessage(channel, message) {
      const posted = PostedSchema.safeParse(await call('chat.postMessage', { channel, ...message }));
      // Posted either way: a missing ts only means no thread can hang under it (never a reason to post again).
      return { ts: (posted.success && posted.data.ts) || '' };
    },
    call,
    async respond(responseUrl, message) {
      await send(responseUrl, message, false);
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
