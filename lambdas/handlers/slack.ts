import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { installSourceMappedStacks } from '../bundle/source-mapped-stacks';
import { slackCredentialSource, type SlackCredentials } from '../config/slack-credentials';
import { createSlackHandler, type LambdaHttpHandler } from '../slack/bolt-app';
import { SLACK_INGEST_WAIT_MS } from '../slack/command-context';
import { setInvocationContext } from '../config/logger';
import { createSqsJobQueue } from '../queue/sqs-job-queue';
import { slackAppDeps } from '../wiring/slack-app-deps';
import { handlerBase, once } from './cold-start';

installSourceMappedStacks(import.meta.url);

/**
 * The Slack endpoint (Function URL). Loading this file loads Bolt and the
 * request checks only; the app is built once per container, on the first
 * request, and each listener's code on the first request that needs it
 * (lambdas/slack/lazy-listener.ts).
 */
const base = handlerBase('slack');

const source = slackCredentialSource(base.env.slackSecretId);

// The commands' ports: the runtime parts, with the ingest wait a Slack request can afford.
const deps = once(async () =>
  slackAppDeps({
    ...(await base.parts({ ingestWaitMs: SLACK_INGEST_WAIT_MS })),
    jobs: createSqsJobQueue(base.env.jobQueueUrl),
  }),
);

/** A re-read started by a signature failure in this invocation (one invocation at a time per container). */
let rereading: Promise<SlackCredentials> | undefined;
let built: { credentials: SlackCredentials; handle: LambdaHttpHandler } | undefined;

/** The Bolt handler for these credentials: rebuilt only when the secret's content changed (the source keeps the object otherwise). */
async function handlerFor(credentials: SlackCredentials): Promise<LambdaHttpHandler> {
  if (built?.credentials !== credentials) {
    const onSignatureFailure = () => void (rereading ??= source.reread());
    built = {
      credentials,
      handle: createSlackHandler({ credentials, apiUrl: base.env.slackApiUrl, deps: await deps(), onSignatureFailure }),
    };
  }
  return built.handle;
}

export async function handler(event: APIGatewayProxyEventV2, context: Context) {
  setInvocationContext({ awsRequestId: context.awsRequestId });
  const credentials = await source.get();
  const response = await (await handlerFor(credentials))(event as never, context);
  const pending = rereading;
  rereading = undefined;
  if (pending === undefined) return response;
  // Refused for its signature: the secret may have been rotated or filled in since it was read. With a new signing secret, check the request once more.
  const fresh = await pending;
  if (fresh.signingSecret === credentials.signingSecret) return response;
  return (await handlerFor(fresh))(event as never, context);
}
