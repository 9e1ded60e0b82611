import { randomUUID } from 'node:crypto';
import { eventCallbackBody, interactionBody, postSignedForm, signedJsonHeaders } from './sign';
import { renderMessage } from './render-message';
import type { OutboxMessage } from './slack-outbox';
import { LOCAL_CHANNEL_ID } from './slack-outbox';

/**
 * `npm run slack -- --share <url>…`, `--shortcut "<message text>"` and
 * `--home`: a link share, a message-shortcut click and a Home open, signed
 * and shaped as Slack sends them, to the running `npm start`. Once its queued
 * work has run (GET /local/idle), what NewsBot posted is printed.
 */
export interface EventsCliOptions {
  base: string;
  signingSecret: string;
  teamId: string;
  /** Where the shortcut's answers (its response_url) arrive: a server of the CLI. */
  responseUrl: string;
}

const USER_ID = 'U0LOCAL';

export async function sendLinkShare(options: EventsCliOptions, urls: string[]): Promise<Response> {
  const ts = `${Math.floor(Date.now() / 1000)}.000100`;
  const event = {
    type: 'link_shared',
    channel: LOCAL_CHANNEL_ID,
    user: USER_ID,
    message_ts: ts,
    unfurl_id: `${LOCAL_CHANNEL_ID}.${ts}.${randomUUID().replace(/-/g, '')}`,
    source: 'conversations_history',
    event_ts: ts,
    links: urls.map((url) => ({ url, domain: URL.canParse(url) ? new URL(url).hostname : url })),
  };
  return postJson(
    options,
    eventCallbackBody(event, { teamId: options.teamId, eventId: `Ev${randomUUID().slice(0, 10)}` }),
  );
}

export async function sendHomeOpen(options: EventsCliOptions): Promise<Response> {
  const event = {
    type: 'app_home_opened',
    user: USER_ID,
    channel: 'D0LOCAL',
    tab: 'home',
    event_ts: `${Date.now() / 1000}`,
  };
  return postJson(
    options,
    eventCallbackBody(event, { teamId: options.teamId, eventId: `Ev${randomUUID().slice(0, 10)}` }),
  );
}

export async function sendShortcut(options: EventsCliOptions, messageText: string): Promise<Response> {
  const payload = {
    type: 'message_action',
    callback_id: 'newsbot_summarize_message',
    trigger_id: `${Date.now()}.${randomUUID().slice(0, 8)}`,
    action_ts: `${Date.now() / 1000}`,
    team: { id: options.teamId, domain: 'local' },
    user: { id: USER_ID, username: 'newcomer', team_id: options.teamId },
    channel: { id: LOCAL_CHANNEL_ID, name: 'general' },
    message_ts: '1700000000.000100',
    // Slack writes a pasted link as <url>; the CLI does the same for a bare one.
    message: {
      type: 'message',
      user: 'U0SHARER',
      ts: '1700000000.000100',
      text: messageText.replace(/(^|\s)(https?:\/\/\S+)/g, '$1<$2>'),
    },
    response_url: options.responseUrl,
  };
  const body = interactionBody(payload);
  return postSignedForm(options.base, options.signingSecret, body);
}

function postJson(options: EventsCliOptions, body: string): Promise<Response> {
  return fetch(`${options.base}/slack/events`, {
    method: 'POST',
    headers: signedJsonHeaders(options.signingSecret, body),
    body,
  });
}

/** An outbox entry as text: a post, each unfurl under its URL, or a published Home. */
export function renderOutboxMessage(message: OutboxMessage): string {
  if (message.unfurls) {
    const parts = Object.entries(message.unfurls).map(
      ([url, unfurl]) => `── unfurl of ${url} ──\n${renderMessage({ blocks: unfurl.blocks })}`,
    );
    return parts.join('\n\n');
  }
  if (message.view)
    return `── Home tab of ${message.user ?? '?'} ──\n${renderMessage({ blocks: message.view.blocks })}`;
  return `── ${message.method} to ${message.channel ?? message.user ?? '?'} ──\n${renderMessage(message)}`;
}
