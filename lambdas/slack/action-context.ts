import { z } from 'zod';
import type { AppDeps } from './command-context';

/**
 * The fields of a `block_actions` payload NewsBot reads. Bolt has checked
 * the signature; the shape is still parsed, so a listener never reads an
 * undefined team or response_url.
 */
export const BlockActionSchema = z.object({
  type: z.literal('block_actions'),
  team: z.object({ id: z.string().min(1) }).nullish(),
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  channel: z.object({ id: z.string().min(1) }).nullish(),
  container: z.object({ message_ts: z.string().optional() }).nullish(),
  response_url: z.string().optional(),
  trigger_id: z.string().default(''),
  actions: z
    .array(z.object({ action_id: z.string(), value: z.string().optional(), action_ts: z.string().default('') }))
    .min(1),
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
