import * as z from 'zod/mini';

/**
 * The fields of a slash command NewsBot reads, as Slack sends them (form
 * fields, already checked against the signing secret by Bolt). Parsed
 * anyway: a missing team or response_url must be a clear refusal, not an
 * undefined that turns into a key or a URL further down.
 */
export const SlashCommandSchema = z.object({
  text: z._default(z.string(), ''),
  team_id: z.string().check(z.minLength(1)),
  channel_id: z._default(z.string(), ''),
  user_id: z.string().check(z.minLength(1)),
  response_url: z._default(z.string(), ''),
  trigger_id: z._default(z.string(), ''),
});
export type SlashCommandPayload = z.input<typeof SlashCommandSchema>;
