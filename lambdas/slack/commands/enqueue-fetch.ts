import { randomUUID } from 'node:crypto';
import { ephemeral, firstDelivery, type CommandContext, type Reply } from '../command-context';
import { escapeText } from '../escape';

/** What the worker is to do with the URL: store the article (and answer as `add` or `summary` does), or subscribe to the feed. */
export type FetchJob = { kind: 'ingest-url'; reply: 'added' | 'summary' } | { kind: 'subscribe-feed' };

/**
 * The slow path: answer at once, fetch in the worker, which posts the result
 * to the command's response_url. Slack's 3-second deadline never waits on a site.
 * A second delivery of the same request queues nothing (no second post).
 */
export async function enqueueFetch(ctx: CommandContext, url: string, job: FetchJob): Promise<Reply | undefined> {
  if (!(await firstDelivery(ctx))) return undefined;
  await ctx.deps.jobs.enqueue({
    ...job,
    jobId: randomUUID(),
    correlationId: ctx.requestId,
    teamId: ctx.teamId,
    channelId: ctx.channelId,
    url,
    responseUrl: ctx.responseUrl || undefined,
    userId: ctx.userId,
  });
  const host = escapeText(new URL(url).hostname);
  return ephemeral(job.kind === 'subscribe-feed' ? `Checking the feed at ${host}…` : `Reading ${host}…`);
}
