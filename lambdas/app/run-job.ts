import { METRICS } from '../observability/emf';
import type { Logger } from '../config/logger';
import { subscribeToFeed } from './feeds/subscribe-to-feed';
import { subscribeToList } from './feeds/subscribe-to-list';
import { userMessageOf } from '../core/errors';
import { ingestUrl } from './ingest-url';
import type { WorkerDeps } from './worker-deps';
import { ingestFeedItem, type FeedItemOutcome } from './feeds/ingest-feed-item';
import type { IngestUrlJob, Job, SubscribeFeedJob } from './jobs';
import type { JobReply } from './ports/views';
import { runUnfurlJob } from './unfurl-links';

/** How long a handled job id is remembered: longer than SQS keeps a message. */
const HANDLED_TTL_SECONDS = 15 * 24 * 3600;

/** How a job is being run: whether the queue will try it again if it fails now. */
export interface JobAttempt {
  /** The last delivery (SQS: the receive count reached the redrive limit; in-process: always). */
  finalAttempt: boolean;
}

/**
 * Run one queued job, answering the user exactly once:
 * - a job already answered (a redelivered message) does nothing;
 * - the ingest is idempotent, so a retry after any failure re-reads or completes it;
 * - the answer is posted to response_url *before* the job is marked handled, so
 *   a failed post is retried with the job. If the worker dies between the post
 *   and the mark, the retry posts again with `replace_original`, which replaces
 *   the same message: the user still sees one answer.
 * - a failure the user caused is answered and counts as handled; any other
 *   failure is rethrown so the queue retries it, and on the final attempt the
 *   user is told (the dead-letter queue is silent to them).
 */
export async function runJob(deps: WorkerDeps, job: Job, attempt: JobAttempt = { finalAttempt: true }): Promise<void> {
  // Every line of the job, and of its reply, carries the correlation id of the Slack request that queued it.
  const log = deps.log.child({
    jobId: job.jobId,
    kind: job.kind,
    teamId: job.teamId,
    ...(job.correlationId ? { correlationId: job.correlationId } : {}),
  });
  if (job.kind === 'ingest-feed-item') {
    // A page that is no article (a video page, a paywall, a dead link) is the
    // feed's business, not a fault: the item is kept from the feed's own words,
    // with no retry and nothing in the dead-letter queue.
    const outcome = await ingestFeedItem({ ...deps, log }, job).catch((error: unknown) => {
      countIngest(log, 'failed');
      throw error;
    });
    countIngest(log, FEED_ITEM_INGEST[outcome]);
    return;
  }
  if (job.kind === 'unfurl-links') return runUnfurlJob(deps, job, log, attempt);
  const handledKey = `job#${job.jobId}`;
  let answer: JobReply;
  try {
    // Inside the try: a store that fails here must still end in the apology below.
    if (await deps.store.isHandled(job.teamId, handledKey)) {
      log.info('job_repeat_ignored');
      return;
    }
    answer = job.kind === 'subscribe-feed' ? await subscribeAnswer(deps, job, log) : await ingestAnswer(deps, job, log);
  } catch (error) {
    const message = userMessageOf(error);
    if (job.kind === 'ingest-url') countIngest(log, message ? 'refused' : 'failed');
    if (!message) {
      if (attempt.finalAttempt && job.responseUrl) {
        const apology: JobReply = {
          kind: 'apology',
          doing: job.kind === 'subscribe-feed' ? 'subscribing' : 'reading',
          host: new URL(job.url).hostname,
          jobId: job.jobId,
        };
        await deps.slack
          .respond(job.responseUrl, {
            response_type: 'ephemeral',
            replace_original: true,
            ...deps.views.jobReply(apology),
          })
          .catch((cause: unknown) => log.error('apology_failed', { error: cause }));
      }
      throw error;
    }
    log.info('job_refused', { reason: message });
    answer = { kind: 'refused', reason: message };
  }
  const replaceOriginal = job.kind === 'subscribe-feed' || job.replaceOriginal !== false;
  if (job.responseUrl) {
    await deps.slack.respond(job.responseUrl, {
      response_type: 'ephemeral',
      replace_original: replaceOriginal,
      ...deps.views.jobReply(answer),
    });
  }
  // The user has the answer: a failed mark must not fail the job (a redelivery only replaces the same message).
  await deps.store
    .markHandled(job.teamId, handledKey, HANDLED_TTL_SECONDS)
    .catch((error: unknown) => log.error('job_mark_failed', { error }));
}

/** `add <url>` / `summary <url>`: the article's card (idempotent: a retry finds what the first try stored). */
async function ingestAnswer(deps: WorkerDeps, job: IngestUrlJob, log: Logger): Promise<JobReply> {
  const { article, created } = await ingestUrl(deps, job);
  log.info('article_ingested', { articleId: article.id, created });
  countIngest(log, created ? 'created' : 'existing', article);
  return { kind: 'article', article, alreadyHad: job.reply === 'added' && !created };
}

/** `subscribe <url>`: what the feed held, or why it was not followed (idempotent: subscribing twice is "already follows"). */
async function subscribeAnswer(deps: WorkerDeps, job: SubscribeFeedJob, log: Logger): Promise<JobReply> {
  const request = {
    teamId: job.teamId,
    channelId: job.channelId,
    ...(job.correlationId ? { correlationId: job.correlationId } : {}),
  };
  const result = await subscribeToFeed(deps, { ...request, url: job.url });
  log.info('subscribe_answered', { ok: result.ok });
  // An OPML file: follow each feed it lists (bounded), and say what happened to each.
  if (!result.ok && result.feedLinks)
    return { kind: 'list-subscribed', result: await subscribeToList(deps, request, result.feedLinks) };
  return { kind: 'subscribed', result };
}

type IngestOutcome = 'created' | 'existing' | 'refused' | 'failed';

/** A feed item's outcome as an ingest outcome: read → created, linked → existing, kept from the feed's words → refused. */
const FEED_ITEM_INGEST: Record<FeedItemOutcome, IngestOutcome> = {
  read: 'created',
  linked: 'existing',
  'already-linked': 'existing',
  'from-feed': 'refused',
  skipped: 'refused',
};

/**
 * Metrics of an ingest: how it ended (created, existing, refused: the page is
 * no article or cannot be read; failed: ours, retried), and the quotes a new
 * article gave.
 */
function countIngest(log: Logger, outcome: IngestOutcome, article?: { quotes?: readonly unknown[] }): void {
  log.metric(METRICS.ingestOutcome, 1, 'Count', { Outcome: outcome });
  if (outcome === 'created' && article) log.metric(METRICS.quotesFound, article.quotes?.length ?? 0);
}
