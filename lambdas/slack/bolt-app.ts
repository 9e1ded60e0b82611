import { randomUUID } from 'node:crypto';
import { App, AwsLambdaReceiver, LogLevel, type Receiver } from '@slack/bolt';
import type { SlackCredentials } from '../config/slack-credentials';
import { ACTIONS } from './actions/index';
import type { AppDeps } from './command-context';
import { dispatchAction } from './dispatch-action';
import { dispatchNewsCommand } from './dispatch';
import { unreadablePayload } from './payload-shape';
import { headerOf, verifySlackSignature } from './signed-request';

export type LambdaHttpHandler = ReturnType<AwsLambdaReceiver['toHandler']>;

/** A short id shown to users in apologies and written on every log line of the request. */
export function newRequestId(): string {
  return randomUUID().slice(0, 8);
}

/**
 * The /news command and every button, on any Bolt app (the Lambda's, or the
 * Socket Mode one of `npm start`). A request that Slack marks as a retry
 * (X-Slack-Retry-Num) is acknowledged and not run again: the first delivery
 * already did the work, and running it twice would post twice.
 */
export function registerNewsListeners(app: App, deps: AppDeps): void {
  app.command(/^\/news/, async ({ command, ack, context }) => {
    const requestId = newRequestId();
    if (context.retryNum) {
      deps.log.info('slack_retry_ignored', { requestId, retryNum: context.retryNum, reason: context.retryReason });
      return ack();
    }
    const reply = await dispatchNewsCommand(command, deps, requestId);
    await (reply ? ack(reply) : ack());
  });

  for (const action of ACTIONS) {
    app.action({ type: 'block_actions', action_id: action.actionId }, async ({ ack, body, context }) => {
      // Acknowledge first: the answer goes to response_url, and Slack shows an error on a slow ack.
      await ack();
      const requestId = newRequestId();
      if (context.retryNum) {
        deps.log.info('slack_retry_ignored', { requestId, retryNum: context.retryNum, actionId: action.actionId });
        return;
      }
      await dispatchAction(action, body, deps, requestId);
    });
  }
}

/** Bolt options shared by every receiver: `authorize` so Bolt never calls `auth.test`. */
export function boltAppOptions(credentials: SlackCredentials, apiUrl: string | undefined) {
  return {
    authorize: async () => ({
      botToken: credentials.botToken,
      botId: credentials.botId ?? 'B_UNKNOWN',
      botUserId: credentials.botUserId ?? 'U_UNKNOWN',
    }),
    tokenVerificationEnabled: false,
    ignoreSelf: false,
    logLevel: LogLevel.ERROR,
    clientOptions: apiUrl ? { slackApiUrl: apiUrl } : undefined,
  };
}

/**
 * The Bolt app behind the Slack endpoint, configured so that building it
 * makes no Slack API call: `authorize` hands Bolt the token and bot ids, so
 * Bolt never needs `auth.test`.
 */
export function createSlackHandler(options: {
  credentials: SlackCredentials;
  deps: AppDeps;
  apiUrl?: string;
  /** Told when a request fails the signature check: the secret may have been rotated or filled in since it was read. */
  onSignatureFailure?: (reason: string) => void;
}): LambdaHttpHandler {
  const { credentials, deps } = options;
  const receiver: AwsLambdaReceiver & Receiver = new AwsLambdaReceiver({
    signingSecret: credentials.signingSecret,
    logLevel: LogLevel.ERROR,
    invalidRequestSignatureHandler: ({ ts }) => deps.log.warn('slack_signature_rejected', { ts }),
  });
  const app = new App({ receiver, ...boltAppOptions(credentials, options.apiUrl) });
  registerNewsListeners(app, deps);
  const handle = receiver.toHandler();
  // Bolt parses the body (and a `payload=` field's JSON) before it checks the
  // signature, throws on bad JSON and reads fields it never checked: the
  // signature (strictly) and the body's shape are checked here first, so no
  // request can make the function fail (500, or a Lambda error).
  return async (event, context) => {
    const body = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '');
    const verdict = verifySlackSignature(event.headers, body, credentials.signingSecret, Date.now() / 1000);
    if (!verdict.ok) {
      deps.log.warn('slack_signature_rejected', { reason: verdict.reason });
      options.onSignatureFailure?.(verdict.reason);
      return { statusCode: 401, body: '' };
    }
    const unreadable = unreadablePayload(body, headerOf(event.headers, 'content-type'));
    if (unreadable) {
      deps.log.warn('slack_body_unreadable', { reason: unreadable });
      return { statusCode: 400, body: '' };
    }
    try {
      return await handle(event, context);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      deps.log.warn('slack_body_unreadable', { reason: error.message.slice(0, 80) });
      return { statusCode: 400, body: '' };
    }
  };
}
