import type { Logger } from '../config/logger';
import type { SlackPoster } from '../slack/poster';
import { articleCard } from '../slack/views/article-card';
import { escapeText } from '../slack/escape';
import type { NewsStore } from '../store/index';
import { ingestUrl, UserFacingError, type PageFetcher } from './ingest-url';
import type { Job } from './jobs';

export interface WorkerDeps {
  store: NewsStore;
  fetchPage: PageFetcher;
  slack: SlackPoster;
  clock: () => Date;
  log: Logger;
}

/** How long a handled job id is remembered: longer than SQS keeps a message. */
const HANDLED_TTL_SECONDS = 15 * 24 * 3600;

/**
 * Errors written for people are shown as they are: UserFacingError, anything
 * with a `userMessage`, and the fetcher's FetchError, whose message names the
 * host and the reason ("I couldn't reach example.com (timed out after 10 s)").
 * Matched by name so this use case does not import the fetcher.
 */
function userMessageOf(error: unknown): string | undefined {
  if (error instanceof UserFacingError) return error.message;
  const message = (error as { userMessage?: unknown })?.userMessage;
  if (typeof message === 'string') return message;
  if (error instanceof Error && error.name === 'FetchError') return error.message;
  return undefined;
}

/**
 * Run one queued job. A job that was already answered (a redelivered
 * message) posts nothing: the job id is marked handled just before the post,
 * after the idempotent ingest, so a redelivery re-reads the stored article
 * and stops there. (At most one post: if Slack refuses the post after the
 * mark, the user gets no answer rather than two.) A failure the user caused is answered and counts as handled;
 * any other failure is rethrown so the queue retries it and, in the end,
 * parks it in the dead-letter queue.
 */
export async function runJob(deps: WorkerDeps, job: Job): Promise<void> {
  const log = deps.log.child({ jobId: job.jobId, kind: job.kind, teamId: job.teamId });
  const handledKey = `job#${job.jobId}`;
  if (job.kind === 'ingest-feed-item') {
    try {
      await ingestUrl(deps, { teamId: job.teamId, url: job.url, source: 'feed', feedUrl: job.feedUrl });
    } catch (error) {
      // A feed item that is no article (a video page, a paywall, a dead link)
      // is the feed's business, not a fault: retrying cannot change it, and it
      // must not fill the dead-letter queue and wake the alarm.
      const reason = userMessageOf(error);
      if (!reason) throw error;
      log.info('feed_item_skipped', { url: job.url, reason });
    }
    return;
  }
  try {
    const { article, created } = await ingestUrl(deps, job);
    log.info('article_ingested', { articleId: article.id, created });
    if (!(await firstRun(deps, job.teamId, handledKey, log))) return;
    if (job.responseUrl) {
      const card = articleCard(article);
      const note = job.reply === 'added' && !created ? 'I already had this one.' : undefined;
      await deps.slack.respond(job.responseUrl, {
        response_type: 'ephemeral',
        replace_original: true,
        text: card.text,
        blocks: note ? [...card.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: note }] }] : card.blocks,
      });
    }
  } catch (error) {
    const message = userMessageOf(error);
    if (!message) throw error;
    log.info('job_refused', { reason: message });
    if (!(await firstRun(deps, job.teamId, handledKey, log))) return;
    if (job.responseUrl) {
      await deps.slack.respond(job.responseUrl, { response_type: 'ephemeral', replace_original: true, text: escapeText(message) });
    }
  }
}

async function firstRun(deps: WorkerDeps, teamId: string, handledKey: string, log: Logger): Promise<boolean> {
  if (await deps.store.markHandled(teamId, handledKey, HANDLED_TTL_SECONDS)) return true;
  log.info('job_repeat_ignored');
  return false;
}
