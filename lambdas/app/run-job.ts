import type { Logger } from '../config/logger';
import type { SlackMessage } from '../slack/poster';
import { articleCard } from '../slack/views/article-card';
import { subscribeReply } from '../slack/views/subscribe-reply';
import { escapeText } from '../slack/escape';
import type { FeedDeps } from './feeds/ports';
import { subscribeToFeed } from './feeds/subscribe-to-feed';
import { subscribeToList } from './feeds/subscribe-to-list';
import { listSubscribeReply } from '../slack/views/opml-reply';
import { ingestUrl, userMessageOf, type PageFetcher } from './ingest-url';
import { ingestFeedItem } from './feeds/ingest-feed-item';
import type { IngestUrlJob, Job, SubscribeFeedJob } from './jobs';
import { runUnfurlJob } from './unfurl-links';

/** The feed use cases' ports (a subscription reads the feed and queues its items), plus the page fetcher. */
export interface WorkerDeps extends FeedDeps {
  fetchPage: PageFetcher;
}

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
  const log = deps.log.child({ jobId: job.jobId, kind: job.kind, teamId: job.teamId });
  if (job.kind === 'ingest-feed-item') {
    // A page that is no article (a video page, a paywall, a dead link) is the
    // feed's business, not a fault: the item is kept from the feed's own words,
    // with no retry and nothing in the dead-letter queue.
    await ingestFeedItem({ ...deps, log }, job);
    return;
  }
  if (job.kind === 'unfurl-links') return runUnfurlJob(deps, job, log, attempt);
  const handledKey = `job#${job.jobId}`;
  let answer: SlackMessage;
  try {
    // Inside the try: a store that fails here must still end in the apology below.
    if (await deps.store.isHandled(job.teamId, handledKey)) {
      log.info('job_repeat_ignored');
      return;
    }
    answer = job.kind === 'subscribe-feed' ? await subscribeAnswer(deps, job, log) : await ingestAnswer(deps, job, log);
  } catch (error) {
    const message = userMessageOf(error);
    if (!message) {
      if (attempt.finalAttempt && job.responseUrl) {
        const host = new URL(job.url).hostname;
        const doing = job.kind === 'subscribe-feed' ? 'subscribing to the feed at' : 'reading';
        await deps.slack
          .respond(job.responseUrl, {
            response_type: 'ephemeral',
            replace_original: true,
            text: `Sorry, I could not finish ${doing} ${escapeText(host)} because of a problem on my side (job ${job.jobId.slice(0, 8)}). Please try again later.`,
          })
          .catch((cause: unknown) => log.error('apology_failed', { error: cause }));
      }
      throw error;
    }
    log.info('job_refused', { reason: message });
    answer = { text: escapeText(message) };
  }
  const replaceOriginal = job.kind === 'subscribe-feed' || job.replaceOriginal !== false;
  if (job.responseUrl) await deps.slack.respond(job.responseUrl, { response_type: 'ephemeral', replace_original: replaceOriginal, ...answer });
  // The user has the answer: a failed mark must not fail the job (a redelivery only replaces the same message).
  await deps.store.markHandled(job.teamId, handledKey, HANDLED_TTL_SECONDS).catch((error: unknown) => log.error('job_mark_failed', { error }));
}

/** `add <url>` / `summary <url>`: the article's card (idempotent: a retry finds what the first try stored). */
async function ingestAnswer(deps: WorkerDeps, job: IngestUrlJob, log: Logger): Promise<SlackMessage> {
  const { article, created } = await ingestUrl(deps, job);
  log.info('article_ingested', { articleId: article.id, created });
  const card = articleCard(article);
  const note = job.reply === 'added' && !created ? 'I already had this one.' : undefined;
  return {
    text: card.text,
    blocks: note ? [...card.blocks, { type: 'context', elements: [{ type: 'mrkdwn', text: note }] }] : card.blocks,
  };
}

/** `subscribe <url>`: what the feed held, or why it was not followed (idempotent: subscribing twice is "already follows"). */
async function subscribeAnswer(deps: WorkerDeps, job: SubscribeFeedJob, log: Logger): Promise<SlackMessage> {
  const request = { teamId: job.teamId, channelId: job.channelId };
  const result = await subscribeToFeed(deps, { ...request, url: job.url });
  log.info('subscribe_answered', { ok: result.ok });
  // An OPML file: follow each feed it lists (bounded), and say what happened to each.
  if (!result.ok && result.feedLinks) return { text: listSubscribeReply(await subscribeToList(deps, request, result.feedLinks)) };
  return { text: subscribeReply(result) };
}
