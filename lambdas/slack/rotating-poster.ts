import { createSlackPoster, SlackApiError, type SlackPoster } from './poster';

/** Slack's answers that say the token itself is no longer good: the secret may hold a new one. */
const STALE_TOKEN_CODES = new Set(['invalid_auth', 'token_revoked', 'token_expired', 'not_authed']);

export interface TokenSource {
  /** The bot token to use now (cached by the caller). */
  token(): Promise<string>;
  /** Read the credentials again: a call was refused for its token. */
  reread(): Promise<string>;
}

/**
 * A SlackPoster whose token follows the secret: each call uses the current
 * token, and a call Slack refuses with `invalid_auth` (or a revoked token) is
 * sent once more after a re-read, when the re-read brought another token.
 * Without a new token the refusal goes to the caller as before.
 */
export function createRotatingPoster(
  tokens: TokenSource,
  options: { apiUrl: string; timeoutMs?: number },
): SlackPoster {
  let current: { token: string; poster: SlackPoster } | undefined;
  const untokened = createSlackPoster({ ...options, token: '' });
  const posterFor = (token: string) => {
    if (current?.token !== token) current = { token, poster: createSlackPoster({ ...options, token }) };
    return current.poster;
  };
  async function withToken<T>(send: (poster: SlackPoster) => Promise<T>): Promise<T> {
    const token = await tokens.token();
    try {
      return await send(posterFor(token));
    } catch (error) {
      if (!(error instanceof SlackApiError) || !STALE_TOKEN_CODES.has(error.code)) throw error;
      const fresh = await tokens.reread();
      if (fresh === token) throw error;
      return send(posterFor(fresh));
    }
  }
  return {
    postMessage: (channel, message) => withToken((p) => p.postMessage(channel, message)),
    call: (method, body) => withToken((p) => p.call(method, body)),
    // response_url carries its own authority: no token, nothing to rotate.
    respond: (responseUrl, message) => untokened.respond(responseUrl, message),
  };
}
