import * as z from 'zod/mini';
import { MAX_UNFURL_LINKS } from '../../app/jobs';
import type { AppDeps } from '../command-context';
import { readEvent } from './event-envelope';
import { firstEventDelivery, forgetEventDelivery } from './first-delivery';

/** A `link_shared` event as Slack sends it (https://api.slack.com/events/link_shared). */
export const LinkSharedSchema = z.object({
  type: z.literal('link_shared'),
  channel: z.string().check(z.minLength(1)),
  user: z.optional(z.string()),
  message_ts: z.string().check(z.minLength(1)),
  /** Set for links in a message still being written: chat.unfurl then names the message by unfurl_id and source. */
  unfurl_id: z.optional(z.string()),
  source: z.optional(z.string()),
  links: z.array(z.object({ url: z.string(), domain: z.optional(z.string()) })),
});

/** The http(s) links of the event, each once, at most MAX_UNFURL_LINKS, exactly as Slack sent them (chat.unfurl is keyed by them). */
export function linksToUnfurl(links: ReadonlyArray<{ url: string }>): string[] {
  const urls = links.map((l) => l.url).filter((url) => /^https?:\/\//i.test(url) && URL.canParse(url));
  return [...new Set(urls)].slice(0, MAX_UNFURL_LINKS);
}

/**
 * `link_shared`: acknowledged at once (Bolt acks events before the listener
 * runs, but the Lambda receiver answers only when the listener returns), so
 * the listener only claims the event and queues the work; the worker reads
 * each link (from the table when stored) and calls chat.unfurl. Slack sends
 * this event only for the app's unfurl domains, so every link is unfurled.
 */
export async function onLinkShared(deps: AppDeps, body: unknown, event: unknown, requestId: string): Promise<void> {
  const read = readEvent(deps, { body, event, requestId }, LinkSharedSchema, 'link_shared');
  if (!read) return;
  const { team_id: teamId, event_id: eventId } = read.envelope;
  const shared = read.event;
  const urls = linksToUnfurl(shared.links);
  const log = deps.log.child({ requestId, teamId, eventId });
  if (urls.length === 0) return;
  if (!(await firstEventDelivery(deps, teamId, eventId))) {
    log.info('event_repeat_ignored');
    return;
  }
  try {
    await deps.jobs.enqueue({
      kind: 'unfurl-links',
      jobId: eventId,
      correlationId: requestId,
      teamId,
      channelId: shared.channel,
      messageTs: shared.message_ts,
      ...(shared.unfurl_id && shared.source ? { unfurlId: shared.unfurl_id, source: shared.source } : {}),
      urls,
    });
  } catch (error) {
    // Not queued: let Slack's retry (it retries a failed delivery) find the event unclaimed.
    await forgetEventDelivery(deps, teamId, eventId).catch((cause: unknown) =>
      log.error('release_failed', { error: cause }),
    );
    throw error;
  }
}
