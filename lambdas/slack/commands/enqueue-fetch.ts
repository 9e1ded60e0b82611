import { randomUUID } from 'node:crypto';
import { ephemeral, firstDelivery, type CommandContext, type Reply } from '../command-context';
import { escapeText } from '../escape';

/**
 * The slow path: answer at once, fetch in the worker, which posts the result
 * to the command's response_url. Slack's 3-second deadline never waits on a site.
 * A second delivery of the same request queues nothing (no second post).
 */
export async function enqueueFetch(ctx: CommandContext, url: string, reply: 'added' | 'summary'): Promise<Reply | undefined> {
  if (!(await firstDelivery(ctx))) return undefined;
  await ctx.deps.jobs.enqueue({
    kind: 'ingest-url',
    jobId: randomUUID(),
    teamId: ctx.teamId,
    url,
    responseUrl: ctx.responseUrl || undefined,
    channelId: ctx.channelId,
    userId: ctx.userId,
    reply,
  });
  return ephemeral(`Reading ${escapeText(new URL(url).hostname)}…`);
}
