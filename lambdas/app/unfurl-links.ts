import type { Logger } from '../config/logger';
import type { StoredArticle } from '../store/index';
import { errorCode, UserFacingError } from '../core/errors';
import { ingestUrl } from './ingest-url';
import type { UnfurlLinksJob } from './jobs';
import type { WorkerDeps } from './worker-deps';

/** How long an unfurled event is remembered: longer than SQS keeps a message. */
const HANDLED_TTL_SECONDS = 15 * 24 * 3600;

/** Slack's answers to chat.unfurl that no retry can change (the message is gone, the link is not ours to unfurl). */
const FINAL_UNFURL_ERRORS = new Set([
  'cannot_unfurl_url',
  'cannot_find_message',
  'cannot_unfurl_message',
  'cannot_parse_attachment',
  'invalid_unfurls_format',
  'invalid_blocks',
  'not_in_channel',
  'channel_not_found',
  'is_archived',
]);

/** Each link read: from the table if stored, else fetched and stored. A page that is no article is left out. */
export async function readSharedLinks(
  deps: WorkerDeps,
  job: UnfurlLinksJob,
  log: Logger,
  attempt: { finalAttempt: boolean },
): Promise<Array<{ url: string; article: StoredArticle }>> {
  const read: Array<{ url: string; article: StoredArticle }> = [];
  let retryable: unknown;
  for (const url of job.urls) {
    try {
      const { article } = await ingestUrl(deps, { teamId: job.teamId, url });
      read.push({ url, article });
    } catch (error) {
      // Not an article, unreachable, refused by the SSRF guard: no unfurl, no message in the channel.
      if (error instanceof UserFacingError) {
        log.info('unfurl_skipped', { url, reason: error.message });
      } else {
        retryable ??= error;
        log.warn('unfurl_read_failed', { url, error });
      }
    }
  }
  // A fault on our side is retried while the queue will retry; the last attempt unfurls what it could.
  if (retryable && !attempt.finalAttempt) throw retryable;
  return read;
}

/**
 * `link_shared` → `chat.unfurl`: one call with every link that is an
 * article, keyed by the URL exactly as Slack sent it. Runs once per event:
 * a redelivered job finds its mark and does nothing. Slack's final refusals
 * are logged and not retried; a rate limit or an outage is.
 */
export async function runUnfurlJob(
  deps: WorkerDeps,
  job: UnfurlLinksJob,
  log: Logger,
  attempt: { finalAttempt: boolean },
): Promise<void> {
  const handledKey = `job#${job.jobId}`;
  if (await deps.store.isHandled(job.teamId, handledKey)) {
    log.info('job_repeat_ignored');
    return;
  }
  const read = await readSharedLinks(deps, job, log, attempt);
  if (read.length > 0) {
    const unfurls = Object.fromEntries(read.map(({ url, article }) => [url, deps.views.articleUnfurl(article)]));
    const target =
      job.unfurlId && job.source
        ? { unfurl_id: job.unfurlId, source: job.source }
        : { channel: job.channelId, ts: job.messageTs };
    try {
      await deps.slack.call('chat.unfurl', { ...target, unfurls });
      log.info('links_unfurled', { count: read.length });
    } catch (error) {
      const code = errorCode(error);
      if (!code || !FINAL_UNFURL_ERRORS.has(code)) throw error;
      log.warn('unfurl_refused', { code });
    }
  }
  await deps.store.markHandled(job.teamId, handledKey, HANDLED_TTL_SECONDS);
}
