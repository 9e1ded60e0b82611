import { ephemeral, type AppDeps, type Reply } from './command-context';
import { editDistance } from '../core/edit-distance';
import { textPrefix } from '../core/text-prefix';
import { METRICS } from '../observability/emf';
import { splitSubcommand } from './command-text';
import { COMMANDS, findCommand } from './commands/index';
import { helpText } from './commands/help';
import { escapeText } from './escape';
import { SlashCommandSchema, type SlashCommandPayload } from './slash-command-payload';

export type { SlashCommandPayload } from './slash-command-payload';

/** Slack truncates command text at 4,000 characters; anything past it is not from Slack. */
export const MAX_COMMAND_TEXT = 12_000;

/**
 * Route `/news <subcommand> <args>` to its command. Unknown words get a
 * "did you mean" and the help; failures become a short apology with the
 * request id (the stack trace goes to the log, never to Slack).
 */
export async function dispatchNewsCommand(
  raw: SlashCommandPayload,
  deps: AppDeps,
  requestId: string,
): Promise<Reply | undefined> {
  const parsed = SlashCommandSchema.safeParse(raw);
  if (!parsed.success) {
    deps.log.warn('slash_command_malformed', { requestId, fields: parsed.error.issues.map((i) => i.path.join('.')) });
    return ephemeral(`Sorry, Slack sent me a command I can't read (request ${requestId}).`);
  }
  const payload = parsed.data;
  // The request's id is also the correlation id its queued jobs carry into the worker's logs.
  const log = deps.log.child({ requestId, correlationId: requestId, teamId: payload.team_id });
  if (payload.text.length > MAX_COMMAND_TEXT) {
    return ephemeral(
      `That is too long for one command (${payload.text.length} characters). For long articles, give me the link.`,
    );
  }
  const { name, args } = splitSubcommand(payload.text);
  if (!name) return ephemeral(helpText(COMMANDS));
  const command = findCommand(name);
  if (command && command.name !== 'help' && !payload.channel_id) {
    // Commands act in or answer for one channel (feeds, digests, shares, the slow path's post); without it they could act on the wrong one.
    log.warn('slash_command_without_channel', { command: command.name });
    return ephemeral(
      `Slack did not tell me which channel this came from, so I did nothing (request ${requestId}). Please run \`/news ${command.name}\` again from a channel or a conversation with me.`,
    );
  }
  if (!command) {
    const nearest = COMMANDS.map((c) => ({ c, d: editDistance(name, c.name) })).sort((a, b) => a.d - b.d)[0];
    const hint = nearest && nearest.d <= 2 ? `Did you mean \`/news ${nearest.c.name}\`? ` : '';
    return ephemeral(`I don't know “${escapeText(textPrefix(name, 40))}”. ${hint}\n\n${helpText(COMMANDS)}`);
  }
  const started = performance.now();
  const byCommand = { Command: command.name };
  try {
    const reply = await command.run({
      args,
      teamId: payload.team_id,
      channelId: payload.channel_id,
      userId: payload.user_id,
      responseUrl: payload.response_url,
      triggerId: payload.trigger_id,
      requestId,
      deps: { ...deps, log },
    });
    log.metric(METRICS.commandHandled, 1, 'Count', byCommand);
    return reply;
  } catch (error) {
    log.error('command_failed', { command: command.name, error });
    log.metric(METRICS.commandFailed, 1, 'Count', byCommand);
    return ephemeral(`Sorry, something went wrong on my side (request ${requestId}). Please try again in a minute.`);
  } finally {
    log.metric(METRICS.commandLatency, Math.round(performance.now() - started), 'Milliseconds', byCommand);
  }
}
