import { interactionBody, signedHeaders, slashCommandBody } from '../../../lambdas/local/sign';
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
    container: { type: 'message', message_ts: options.messageTs ?? '1700000000.000100', channel_id: options.channelId ?? 'C0TEST', is_ephemeral: true },
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
export async function click(baseUrl: string, payload: ReturnType<typeof blockAction>, extraHeaders: Record<string, string> = {}) {
  return postSigned(baseUrl, interactionBody(payload), extraHeaders);
}

/** The buttons of a reply, by action id → value. */
export function buttonsOf(message: any): Array<{ actionId: string; value: string; text: string }> {
  const out: Array<{ actionId: string; value: string; text: string }> = [];
  for (const block of message?.blocks ?? []) {
    const elements = [...(block.elements ?? []), ...(block.accessory ? [block.accessory] : [])];
    for (const e of elements) if (e.type === 'button') out.push({ actionId: e.action_id, value: e.value, text: e.text?.text });
  }
  return out;
}
