import {
  eventCallbackBody,
  interactionBody,
  signedHeaders,
  signedJsonHeaders,
  slashCommandBody,
} from '../../../lambdas/local/sign';
import { TEST_SIGNING_SECRET } from '../../helpers/slack-request';

export interface CommandFields {
  teamId?: string;
  channelId?: string;
  userId?: string;
  responseUrl?: string;
  triggerId?: string;
}

/** POST a signed body to the runtime, with extra headers (a retry's X-Slack-Retry-Num). */
export async function postSigned(baseUrl: string, body: string, extraHeaders: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: { ...signedHeaders(TEST_SIGNING_SECRET, body), ...extraHeaders },
    body,
  });
  const raw = await res.text();
  let reply: any;
  try {
    reply = raw ? JSON.parse(raw) : undefined;
  } catch {
    reply = raw;
  }
  return { status: res.status, reply, raw };
}

export function commandBody(text: string, fields: CommandFields = {}): string {
  return slashCommandBody({ text, ...fields });
}

let clicks = 0;

/** A block_actions payload as Slack sends it when a user clicks one of our buttons. */
export function blockAction(options: {
  actionId: string;
  value: string;
  teamId?: string;
  userId?: string;
  channelId?: string;
  messageTs?: string;
  responseUrl?: string;
  actionTs?: string;
}) {
  clicks++;
  const actionTs = options.actionTs ?? `${Math.floor(Date.now() / 1000)}.${String(clicks).padStart(6, '0')}`;
  return {
    type: 'block_actions',
    team: { id: options.teamId ?? 'T0TEST', domain: 'test' },
    user: { id: options.userId ?? 'U0CLICKER', username: 'clicker', team_id: options.teamId ?? 'T0TEST' },
    api_app_id: 'A0TEST',
    token: 'deprecated',
    trigger_id: `${clicks}.${Date.now()}.trigger`,
    container: {
      type: 'message',
      message_ts: options.messageTs ?? '1700000000.000100',
      channel_id: options.channelId ?? 'C0TEST',
      is_ephemeral: true,
    },
    channel: { id: options.channelId ?? 'C0TEST', name: 'news' },
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'x' },
        value: options.value,
        action_ts: actionTs,
      },
    ],
  };
}

/** Click a button: the payload signed and form-encoded as Slack does. */
export async function click(
  baseUrl: string,
  payload: ReturnType<typeof blockAction>,
  extraHeaders: Record<string, string> = {},
) {
  return postSigned(baseUrl, interactionBody(payload), extraHeaders);
}

/** The buttons of a reply, by action id → value. */
export function buttonsOf(message: any): Array<{ actionId: string; value: string; text: string }> {
  const out: Array<{ actionId: string; value: string; text: string }> = [];
  for (const block of message?.blocks ?? []) {
    const elements = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])];
    for (const e of elements)
      if (e.type === 'button') out.push({ actionId: e.action_id, value: e.value, text: e.text?.text });
  }
  return out;
}

/** POST a signed Events API body (JSON, as Slack sends events). */
export async function postEvent(baseUrl: string, body: string, extraHeaders: Record<string, string> = {}) {
  const res = await fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: { ...signedJsonHeaders(TEST_SIGNING_SECRET, body), ...extraHeaders },
    body,
  });
  const raw = await res.text();
  return { status: res.status, raw };
}

let events = 0;

/** A `link_shared` event as Slack sends it (api.slack.com/events/link_shared), in its event_callback envelope. */
export function linkSharedEvent(
  urls: string[],
  options: { teamId?: string; eventId?: string; channel?: string; messageTs?: string; composer?: boolean } = {},
) {
  events++;
  const messageTs = options.messageTs ?? `1700000${String(events).padStart(3, '0')}.000200`;
  const channel = options.channel ?? 'C0TEST';
  return eventCallbackBody(
    {
      type: 'link_shared',
      channel,
      is_bot_user_member: true,
      user: 'U0SHARER',
      message_ts: options.composer ? `U0SHARER-909b5454-75f8-4ac4-b325-${events}` : messageTs,
      unfurl_id: `${channel}.${messageTs}.${events}.1b90fa1278528ce6e2f6c5c2bfa1abc9a41d57d02b29d173f40399c9ffdecf4b`,
      source: options.composer ? 'composer' : 'conversations_history',
      event_ts: messageTs,
      links: urls.map((url) => ({ domain: new URL(url).hostname, url })),
    },
    { teamId: options.teamId ?? 'T0TEST', eventId: options.eventId ?? `Ev0LINK${events}` },
  );
}

/** A `message_action` payload as Slack sends it when a user picks our message shortcut (api.slack.com/reference/interaction-payloads/shortcuts). */
export function messageShortcut(options: {
  text: string;
  responseUrl?: string;
  teamId?: string;
  callbackId?: string;
  triggerId?: string;
}) {
  clicks++;
  return {
    type: 'message_action',
    token: 'deprecated',
    action_ts: `${Math.floor(Date.now() / 1000)}.${String(clicks).padStart(6, '0')}`,
    team: { id: options.teamId ?? 'T0TEST', domain: 'test' },
    user: { id: 'U0READER', username: 'reader', team_id: options.teamId ?? 'T0TEST', name: 'reader' },
    channel: { id: 'C0TEST', name: 'news' },
    is_enterprise_install: false,
    callback_id: options.callbackId ?? 'newsbot_summarize_message',
    trigger_id: options.triggerId ?? `${clicks}.${Date.now()}.shortcut`,
    message_ts: '1700000100.000300',
    message: {
      type: 'message',
      user: 'U0SHARER',
      ts: '1700000100.000300',
      text: options.text,
      team: options.teamId ?? 'T0TEST',
    },
    response_url: options.responseUrl,
  };
}
