import { randomUUID } from 'node:crypto';
import { App, AwsLambdaReceiver, LogLevel } from '@slack/bolt';
import type { SlackCredentials } from '../config/slack-credentials';
import type { AppDeps } from './command-context';
import { dispatchNewsCommand } from './dispatch';

export type LambdaHttpHandler = ReturnType<AwsLambdaReceiver['toHandler']>;

/**
 * The Bolt app behind the Slack endpoint, configured so that building it
 * makes no Slack API call: `authorize` hands Bolt the token and bot ids, so
 * Bolt never needs `auth.test`.
 */
export function createSlackHandler(options: {
  credentials: SlackCredentials;
  deps: AppDeps;
  apiUrl?: string;
}): LambdaHttpHandler {
  const { credentials, deps } = options;
  const receiver = new AwsLambdaReceiver({
    signingSecret: credentials.signingSecret,
    logLevel: LogLevel.ERROR,
    invalidRequestSignatureHandler: ({ ts }) => deps.log.warn('slack_signature_rejected', { ts }),
  });
  const app = new App({
    receiver,
    authorize: async () => ({
      botToken: credentials.botToken,
      botId: credentials.botId ?? 'B_UNKNOWN',
      botUserId: credentials.botUserId ?? 'U_UNKNOWN',
    }),
    tokenVerificationEnabled: false,
    ignoreSelf: false,
    logLevel: LogLevel.ERROR,
    clientOptions: options.apiUrl ? { slackApiUrl: options.apiUrl } : undefined,
  });

  app.command(/^\/news/, async ({ command, ack }) => {
    const requestId = randomUUID().slice(0, 8);
    const reply = await dispatchNewsCommand(command, deps, requestId);
    await ack(reply);
  });

  return receiver.toHandler();
}
