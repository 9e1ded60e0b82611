/**
 * The one error family. A UserFacingError is a failure the person who asked
 * caused or can act on (not an article, unreachable site, a word count too
 * short): its `message` is written for them and shown as it is, and its `code`
 * is for programs (logs, metrics, retry policies). Anything else is our fault:
 * the user gets an apology and the job may be retried.
 */
export class UserFacingError extends Error {
  constructor(
    /** A stable machine-readable reason, e.g. `not_an_article`, `timeout`. */
    readonly code: string,
    /** What the user reads: names hosts, never whole URLs. */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  // Set by each subclass as a literal: the bundles are minified, so class names are not kept.
  override name = 'UserFacingError';
}

/** The message to show the user, when the error is one written for them. */
export function userMessageOf(error: unknown): string | undefined {
  return error instanceof UserFacingError ? error.message : undefined;
}

/**
 * The string `code` an error carries: ours (UserFacingError, a refused post),
 * Node's system errors (`ECONNRESET`, `ENOENT`), zlib's (`Z_DATA_ERROR`).
 * One reader instead of casts at each call site.
 */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** The first `code` along an error's cause chain that `wanted` accepts (a fetch failure wraps the socket's). */
export function causeCode(error: unknown, wanted: (code: string) => boolean, maxDepth = 4): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < maxDepth; depth++) {
    const code = errorCode(current);
    if (code && wanted(code)) return code;
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}
