import { METRICS } from '../observability/emf';
import { App, AwsLambdaReceiver, LogLevel, type Receiver } from '@slack/bolt';
import type { SlackCredentials } from '../config/slack-credentials';
import { ACTION_IDS } from './action-values';
import type { AppDeps } from './command-context';
import { lazyListener } from './lazy-listener';
import { unreadablePayload } from './payload-shape';
import { headerOf, verifySlackSignature } from './signed-request';
import { registerEventListeners } from './events/index';

export type LambdaHttpHandler = ReturnType<AwsLambdaReceiver['toHandler']>;

export { newRequestId } from './request-id';

/**
 * The /news command and every button, on any Bolt app (the Lambda's, or the
 * Socket Mode one of `npm start`). What Bolt matches on is registered here;
 * the listeners themselves (lambdas/slack/news-listeners.ts, and through it
 * every command, view and the text pipeline) load on the first request that
 * needs them (lazy-listener.ts says why).
 */
export function registerNewsListeners(app: App, deps: AppDeps): void {
  const listeners = () => import('./news-listeners');
  app.command(
    /^\/news/,
    lazyListener(async () => (await listeners()).newsCommandListener(deps)),
  );
  for (const actionId of Object.values(ACTION_IDS)) {
    app.action(
      { type: 'block_actions', action_id: actionId },
      lazyListener(async () => (await listeners()).newsActionListener(actionId, deps)),
    );
  }
  registerEventListeners(app, deps);
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
      // Counted, so a burst of refused requests (a probe, or a rotated secret not yet stored) raises the alarm.
      deps.log.metric(METRICS.slackUnauthorized, 1);
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
