import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { HANDLED_REQUEST_TTL_SECONDS, type AppDeps } from '../command-context';
import { escapeText } from '../escape';
import type { SlackMessage } from '../poster';
import { articleCard } from '../views/article-card';
import { context } from '../views/limits';
import { messageLinks } from './message-links';

export { SUMMARIZE_MESSAGE_CALLBACK_ID } from './callback-ids';

/** The fields of a `message_action` payload NewsBot reads (api.slack.com/reference/interaction-payloads/shortcuts). */
export const MessageShortcutSchema = z.object({
  type: z.literal('message_action'),
  callback_id: z.string(),
  trigger_id: z._default(z.string(), ''),
  team: z.object({ id: z.string().check(z.minLength(1)) }),
  user: z.object({ id: z.string().check(z.minLength(1)) }),
  channel: z.object({ id: z.string().check(z.minLength(1)) }),
  message: z.object({ text: z._default(z.string(), ''), ts: z.optional(z.string()) }),
  response_url: z.optional(z.string()),
});
type MessageShortcut = z.infer<typeof MessageShortcutSchema>;

const NO_LINK =
  'That message has no link I can read. Use *Summarize with NewsBot* on a message that shares a news link (http:// or https://), or paste the article with `/news add <text>`.';

/**
 * "Summarize with NewsBot" on a message: the card of the message's (first)
 * link, only for the person who clicked. A stored article answers at once;
 * an unread one is read by the worker, which answers at the same
 * response_url (as a new ephemeral message: the shared message is not ours
 * to replace). Acknowledged before any of this (the listener acks first).
 */
export async function summarizeMessage(deps: AppDeps, body: unknown, requestId: string): Promise<void> {
  const parsed = MessageShortcutSchema.safeParse(body);
  if (!parsed.success) {
    deps.log.warn('shortcut_malformed', { requestId, fields: parsed.error.issues.map((i) => i.path.join('.')) });
    return;
  }
  const shortcut = parsed.data;
  const teamId = shortcut.team.id;
  const log = deps.log.child({ requestId, teamId });
  const answer = (message: SlackMessage) => answerPrivately({ ...deps, log }, shortcut, message);
  try {
    // One click, one answer: a repeated delivery of the same click (its trigger_id) does nothing.
    const first =
      !shortcut.trigger_id ||
      (await deps.store.markHandled(teamId, `shortcut#${shortcut.trigger_id}`, HANDLED_REQUEST_TTL_SECONDS));
    if (!first) return log.info('shortcut_repeat_ignored');
    const links = messageLinks(shortcut.message.text);
    const url = links[0];
    if (!url) return await answer({ text: NO_LINK });
    const note = links.length > 1 ? `That message has ${links.length} links; this is the first.` : undefined;
    const stored = await deps.store.findArticleByUrl(teamId, url);
    if (stored) {
      const card = articleCard(stored);
      return await answer({ text: card.text, blocks: note ? [...card.blocks, context(note)] : card.blocks });
    }
    await deps.jobs.enqueue({
      kind: 'ingest-url',
      jobId: randomUUID(),
      correlationId: requestId,
      teamId,
      url,
      reply: 'summary',
      channelId: shortcut.channel.id,
      userId: shortcut.user.id,
      responseUrl: shortcut.response_url || undefined,
      replaceOriginal: false,
    });
    await answer({ text: [`Reading ${escapeText(new URL(url).hostname)}…`, note].filter(Boolean).join(' ') });
  } catch (error) {
    log.error('shortcut_failed', { error });
    await answer({
      text: `Sorry, something went wrong on my side (request ${requestId}). Please try again in a minute.`,
    }).catch((cause: unknown) => log.error('apology_failed', { error: cause }));
  }
}

/** Ephemeral to the clicker: through response_url (Slack always sends one with a message shortcut), else chat.postEphemeral. */
async function answerPrivately(deps: AppDeps, shortcut: MessageShortcut, message: SlackMessage): Promise<void> {
  if (shortcut.response_url) {
    await deps.slack.respond(shortcut.response_url, {
      response_type: 'ephemeral',
      replace_original: false,
      ...message,
    });
    return;
  }
  await deps.slack.call('chat.postEphemeral', { channel: shortcut.channel.id, user: shortcut.user.id, ...message });
}
