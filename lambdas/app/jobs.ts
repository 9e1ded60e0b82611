import * as z from 'zod/mini';

const NON_EMPTY = z.string().check(z.minLength(1));

/** The Slack request that queued the job: one id follows a request from the Slack function into the worker's logs. */
const CORRELATION_ID = z.optional(z.string().check(z.maxLength(100)));

/** Links unfurled per shared message: Slack sends a handful; more than this is not a message people read. */
export const MAX_UNFURL_LINKS = 5;

/**
 * Slow work that must leave Slack's 3-second request: fetching a page or a feed.
 * In AWS a job is an SQS message for the `worker` function; in `npm start`
 * an in-process queue runs the same worker code.
 */
export const JobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ingest-url'),
    /** Unique per request, so a redelivered message is handled once. */
    jobId: NON_EMPTY,
    correlationId: CORRELATION_ID,
    teamId: NON_EMPTY,
    url: z.url(),
    /** Where to post the result: the slash command's response_url. */
    responseUrl: z.optional(z.url()),
    channelId: z.optional(z.string()),
    userId: z.optional(z.string()),
    /** What the user asked for, so the reply matches the command. */
    reply: z._default(z.enum(['added', 'summary']), 'added'),
    /**
     * Whether the answer replaces the message at response_url ("Reading …"). A
     * message shortcut's response_url points at someone else's message, which
     * NewsBot must not try to replace: its answer is a new ephemeral one. Absent: true.
     */
    replaceOriginal: z.optional(z.boolean()),
  }),
  z.object({
    /** `link_shared`: read each link (from the table, or fetched) and unfurl the articles under the message. */
    kind: z.literal('unfurl-links'),
    /** The event's event_id: a redelivered event or message unfurls once. */
    jobId: NON_EMPTY,
    correlationId: CORRELATION_ID,
    teamId: NON_EMPTY,
    channelId: NON_EMPTY,
    /** The message whose links are unfurled; for a message still in the composer, Slack's unfurl_id and source name it instead. */
    messageTs: NON_EMPTY,
    unfurlId: z.optional(z.string()),
    source: z.optional(z.string()),
    urls: z.array(z.url()).check(z.minLength(1), z.maxLength(MAX_UNFURL_LINKS)),
  }),
  z.object({
    kind: z.literal('ingest-feed-item'),
    jobId: NON_EMPTY,
    correlationId: CORRELATION_ID,
    teamId: NON_EMPTY,
    feedUrl: z.url(),
    url: z.url(),
    title: z.optional(z.string()),
    /** The feed's own description: what the digest shows when the page cannot be read as an article. */
    summary: z.optional(z.string().check(z.maxLength(2000))),
    publishedAt: z.optional(z.string()),
  }),
  z.object({
    /** `/news subscribe <url>`: read the feed, follow it in the channel, say what was found. */
    kind: z.literal('subscribe-feed'),
    jobId: NON_EMPTY,
    correlationId: CORRELATION_ID,
    teamId: NON_EMPTY,
    channelId: NON_EMPTY,
    url: z.url(),
    responseUrl: z.optional(z.url()),
    userId: z.optional(z.string()),
  }),
]);
export type Job = z.infer<typeof JobSchema>;
export type IngestUrlJob = Extract<Job, { kind: 'ingest-url' }>;
export type SubscribeFeedJob = Extract<Job, { kind: 'subscribe-feed' }>;
export type UnfurlLinksJob = Extract<Job, { kind: 'unfurl-links' }>;
export type IngestFeedItemJob = Extract<Job, { kind: 'ingest-feed-item' }>;

/** The port use cases enqueue through. */
export interface JobQueue {
  enqueue(job: Job): Promise<void>;
}
