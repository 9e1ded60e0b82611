import { z } from 'zod';

/**
 * The fields of a slash command NewsBot reads, as Slack sends them (form
 * fields, already checked against the signing secret by Bolt). Parsed
 * anyway: a missing team or response_url must be a clear refusal, not an
 * undefined that turns into a key or a URL further down.
 */
export const SlashCommandSchema = z.object({
  text: z.string().default(''),
  team_id: z.string().min(1),
  channel_id: z.string().default(''),
  user_id: z.string().min(1),
  response_url: z.string().default(''),
  trigger_id: z.string().default(''),
});
export type SlashCommandPayload = z.input<typeof SlashCommandSchema>;
