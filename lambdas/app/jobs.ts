import { z } from 'zod';

/**
 * Slow work that must leave Slack's 3-second request: fetching a page.
 * In AWS a job is an SQS message for the `worker` function; in `npm start`
 * an in-process queue runs the same worker code.
 */
export const JobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ingest-url'),
    /** Unique per request, so a redelivered message is handled once. */
    jobId: z.string().min(1),
    teamId: z.string().min(1),
    url: z.string().url(),
    /** Where to post the result: the slash command's response_url. */
    responseUrl: z.string().url().optional(),
    channelId: z.string().optional(),
    userId: z.string().optional(),
    /** What the user asked for, so the reply matches the command. */
    reply: z.enum(['added', 'summary']).default('added'),
  }),
  z.object({
    kind: z.literal('ingest-feed-item'),
    jobId: z.string().min(1),
    teamId: z.string().min(1),
    feedUrl: z.string().url(),
    url: z.string().url(),
    title: z.string().optional(),
    publishedAt: z.string().optional(),
  }),
]);
export type Job = z.infer<typeof JobSchema>;
export type IngestUrlJob = Extract<Job, { kind: 'ingest-url' }>;

/** The port use cases enqueue through. */
export interface JobQueue {
  enqueue(job: Job): Promise<void>;
}
