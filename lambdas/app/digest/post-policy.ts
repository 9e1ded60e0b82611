import { causeCode } from '../../core/errors';
import { type ChatMessage, type Poster, PostRefusedError } from '../ports/poster';

/**
 * How a digest post reacts to Slack's answers:
 * - `ratelimited` (HTTP 429): wait the Retry-After Slack gave, then try again;
 * - the channel is gone or the bot is out of it: stop, and the caller pauses
 *   that channel's digest with the reason (retrying cannot help);
 * - Slack having a bad moment (5xx, internal_error…) or the connection
 *   refused/reset before Slack answered: back off and retry a few times,
 *   then give up with an error the caller rethrows (the run fails and its
 *   event lands in the dead-letter queue: visible, not lost).
 * Anything else (invalid_blocks, invalid_auth…) fails at once: the same
 * request would fail again. A timeout is not retried: Slack may have posted.
 */

/** Slack errors after which the channel's digest is paused rather than retried. */
export const PAUSE_ERRORS = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive']);
const TRANSIENT_ERRORS = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

export const MAX_ATTEMPTS = 4;
/** Backoff before retry n (1-based) after a transient failure: 1 s, 2 s, 4 s. */
export const backoffMs = (attempt: number) => 1000 * 2 ** (attempt - 1);
/** A Retry-After longer than this is not waited out inside one run; the run fails and is retried later. */
export const MAX_RETRY_AFTER_S = 60;

export class DigestPausedError extends Error {
  override name = 'DigestPausedError';
  constructor(readonly code: string) {
    super(`Slack refused the digest: ${code}`);
  }
}

/**
 * Thrown by a caller's `sleep` when it cannot wait out Slack's Retry-After: a
 * slash command has 3 seconds, so its digest tells the user to try again instead.
 */
export class RateLimitWaitRefusedError extends Error {
  override name = 'RateLimitWaitRefusedError';
  constructor(readonly waitMs: number) {
    super(`Slack asked to wait ${Math.ceil(waitMs / 1000)} s`);
  }
}

export class DigestPostFailedError extends Error {
  override name = 'DigestPostFailedError';
  constructor(
    readonly code: string,
    readonly attempts: number,
    /**
     * True when Slack answered every attempt with an error (or the connection
     * was refused): nothing was posted, and posting again is safe. False when
     * the last attempt may have reached Slack (a timeout, a reset connection).
     */
    readonly surelyNotPosted: boolean,
    options?: { cause?: unknown },
  ) {
    super(`posting the digest failed after ${attempts} attempt(s): ${code}`, options);
  }
}

/** The socket's error code under fetch's TypeError (it sits in the cause chain). */
function connectionCode(error: unknown): string | undefined {
  return causeCode(error, (code) => CONNECTION_ERRORS.has(code));
}

export interface PostDeps {
  slack: Poster;
  /** Waits; injected so tests record the waits instead of sleeping. */
  sleep: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; code: string; waitMs: number }) => void;
}

export async function postDigest(deps: PostDeps, channelId: string, message: ChatMessage): Promise<{ ts: string }> {
  for (let attempt = 1; ; attempt++) {
    let code: string;
    let waitMs: number;
    let surelyNotPosted: boolean;
    try {
      return await deps.slack.postMessage(channelId, message);
    } catch (error) {
      if (error instanceof PostRefusedError) {
        if (PAUSE_ERRORS.has(error.code)) throw new DigestPausedError(error.code);
        const transient = TRANSIENT_ERRORS.has(error.code) || /^http_5\d\d$/.test(error.code);
        // Slack answered: whatever the error, it did not post the message.
        surelyNotPosted = true;
        if (!transient) throw new DigestPostFailedError(error.code, attempt, true, { cause: error });
        code = error.code;
        if (error.code === 'ratelimited') {
          const retryAfter = error.retryAfter ?? 1;
          if (retryAfter > MAX_RETRY_AFTER_S)
            throw new DigestPostFailedError(`ratelimited (retry after ${retryAfter} s)`, attempt, true, {
              cause: error,
            });
          waitMs = retryAfter * 1000;
        } else {
          waitMs = backoffMs(attempt);
        }
      } else {
        const connection = connectionCode(error);
        // A timeout or an unknown failure: the request may have reached Slack. Not retried here.
        if (!connection)
          throw new DigestPostFailedError(error instanceof Error ? error.name : 'unknown', attempt, false, {
            cause: error,
          });
        code = connection;
        surelyNotPosted = connection === 'ECONNREFUSED' || connection === 'EAI_AGAIN';
        waitMs = backoffMs(attempt);
      }
      if (attempt >= MAX_ATTEMPTS) throw new DigestPostFailedError(code, attempt, surelyNotPosted);
    }
    deps.onRetry?.({ attempt, code, waitMs });
    await deps.sleep(waitMs);
  }
}
