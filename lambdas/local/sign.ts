import { createHmac } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { functionUrlEvent } from './http-adapter';

/** Sign a request body as Slack does: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return 'v0=' + createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
}

/** Headers for a signed Slack request with the current (or given) timestamp. */
export function signedHeaders(signingSecret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(signingSecret, timestamp, body),
  };
}

/** POST a signed form body (a slash command's or an interaction's) to a running NewsBot's Slack endpoint, as Slack does. */
export function postSignedForm(
  baseUrl: string,
  signingSecret: string,
  body: string,
  timestamp?: number,
): Promise<Response> {
  return fetch(`${baseUrl}/slack/events`, {
    method: 'POST',
    headers: signedHeaders(signingSecret, body, timestamp),
    body,
  });
}

/** The form body of a slash command, with the fields Slack sends. */
export function slashCommandBody(fields: {
  text: string;
  command?: string;
  teamId?: string;
  channelId?: string;
  userId?: string;
  responseUrl?: string;
  triggerId?: string;
}): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: fields.teamId ?? 'T0LOCAL',
    team_domain: 'local',
    channel_id: fields.channelId ?? 'C0LOCAL',
    channel_name: 'general',
    user_id: fields.userId ?? 'U0LOCAL',
    user_name: 'newcomer',
    command: fields.command ?? '/news',
    text: fields.text,
    api_app_id: 'A0LOCAL',
    response_url: fields.responseUrl ?? 'http://127.0.0.1:9/response',
    trigger_id: fields.triggerId ?? `${Date.now()}.${Math.floor(Math.random() * 1e9)}`,
  }).toString();
}

/** The form body Slack sends for interactivity (button clicks): one field, `payload`, holding JSON. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A signed Slack request (a slash command's or an interaction's form body) as the Function URL event the Lambda handler receives. */
export function signedFunctionUrlEvent(
  signingSecret: string,
  body: string,
  extraHeaders: Record<string, string> = {},
): APIGatewayProxyEventV2 {
  return functionUrlEvent({
    method: 'POST',
    path: '/slack/events',
    headers: { ...signedHeaders(signingSecret, body), ...extraHeaders },
    body,
  });
}

/** Headers for a signed Events API request: Slack posts events as JSON. */
export function signedJsonHeaders(signingSecret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  return { ...signedHeaders(signingSecret, body, timestamp), 'content-type': 'application/json' };
}

/** An Events API `event_callback` envelope around one event, with the fields Slack sends. */
export function eventCallbackBody(
  event: Record<string, unknown>,
  fields: { teamId?: string; eventId?: string } = {},
): string {
  return JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: fields.teamId ?? 'T0LOCAL',
    api_app_id: 'A0LOCAL',
    event,
    type: 'event_callback',
    event_id: fields.eventId ?? `Ev${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e6)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { team_id: fields.teamId ?? 'T0LOCAL', user_id: 'U0BOT', is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: '4-eyJldCI6Imxpbmtfc2hhcmVkIn0',
  });
}
