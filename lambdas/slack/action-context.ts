import * as z from 'zod/mini';
import type { AppDeps } from './command-context';

/**
 * The fields of a `block_actions` payload NewsBot reads. Bolt has checked
 * the signature; the shape is still parsed, so a listener never reads an
 * undefined team or response_url.
 */
export const BlockActionSchema = z.object({
  type: z.literal('block_actions'),
  team: z.nullish(z.object({ id: z.string().check(z.minLength(1)) })),
  user: z.object({ id: z.string().check(z.minLength(1)), team_id: z.optional(z.string()) }),
  channel: z.nullish(z.object({ id: z.string().check(z.minLength(1)) })),
  container: z.nullish(z.object({ message_ts: z.optional(z.string()) })),
  response_url: z.optional(z.string()),
  trigger_id: z._default(z.string(), ''),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.optional(z.string()), action_ts: z._default(z.string(), '') }))
    .check(z.minLength(1)),
});
export type BlockActionPayload = z.input<typeof BlockActionSchema>;

/** One click on one of NewsBot's buttons, with who clicked and where. */
export interface ActionContext {
  actionId: string;
  value?: string;
  teamId: string;
  userId: string;
  channelId?: string;
  /** The message the button is on: repeated clicks on one message share it. */
  messageTs?: string;
  actionTs: string;
  triggerId: string;
  responseUrl?: string;
  requestId: string;
  deps: AppDeps;
}

/** A listener for one action_id; `dedupe` says which repeated clicks count as one. */
export interface NewsAction {
  actionId: string;
  /**
   * `message`: once per user per message (Share: a second click must not post again).
   * `click`: once per click; a double click within DOUBLE_CLICK_SECONDS counts once.
   */
  dedupe: 'message' | 'click';
  run(ctx: ActionContext): Promise<void>;
}
