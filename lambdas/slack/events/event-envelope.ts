import * as z from 'zod/mini';
import type { AppDeps } from '../command-context';

/** The fields of an `event_callback` envelope NewsBot reads. */
export const EventEnvelopeSchema = z.object({
  team_id: z.string().check(z.minLength(1)),
  event_id: z.string().check(z.minLength(1)),
});

export type EventEnvelope = z.infer<typeof EventEnvelopeSchema>;

/**
 * The envelope and the event, each checked against its schema; undefined (and a
 * warning naming the event type) when either is not what Slack sends.
 */
export function readEvent<Schema extends z.ZodMiniType>(
  deps: AppDeps,
  request: { body: unknown; event: unknown; requestId: string },
  schema: Schema,
  type: string,
): { envelope: EventEnvelope; event: z.infer<Schema> } | undefined {
  const envelope = EventEnvelopeSchema.safeParse(request.body);
  const event = schema.safeParse(request.event);
  if (!envelope.success || !event.success) {
    deps.log.warn('event_malformed', { requestId: request.requestId, type });
    return undefined;
  }
  return { envelope: envelope.data, event: event.data };
}
