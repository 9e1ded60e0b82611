import { UserFacingError } from '../core/errors';

/**
 * The one error the fetcher throws, a UserFacingError. `code` is for programs (map it to a
 * retry policy or a metric), `message` is for people: it names the host only,
 * never the full URL, whose path or query may carry a token.
 */
export type FetchErrorCode =
  | 'invalid_url'
  | 'unsupported_scheme'
  | 'credentials_in_url'
  | 'blocked_address'
  | 'dns_failed'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'connection_failed'
  | 'unsupported_content_type'
  | 'bad_encoding';

export class FetchError extends UserFacingError {
  override readonly name = 'FetchError';
  declare readonly code: FetchErrorCode;
  /** The HTTP status, for `http_status`. */
  readonly status?: number;

  constructor(code: FetchErrorCode, message: string, options: { cause?: unknown; status?: number } = {}) {
    super(code, message, options.cause === undefined ? undefined : { cause: options.cause });
    if (options.status !== undefined) this.status = options.status;
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}

/** "10 s", "200 ms": durations the way a person reads them. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Math.round(ms)} ms`;
}

/** "5 MB", "64 KB": sizes the way a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}
