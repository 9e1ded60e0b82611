import { mkdirSync } from 'node:fs';
import { credentialsFromEnv } from '../config/slack-credentials';
import { startDynalite } from './dynamodb';
import { startLocalRuntime } from './runtime';

/**
 * `npm start`: NewsBot on this machine, no Slack or AWS account needed.
 * DynamoDB is an embedded dynalite persisted under .data/; a sample article
 * is stored; `npm run slack -- "/news help"` talks to it.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.NEWSBOT_DATA_DIR ?? '.data/dynamodb';
mkdirSync(dataDir, { recursive: true });

// With an app-level token, `npm start` also answers a real workspace over Socket Mode (docs/slack-app.md).
const appToken = process.env.SLACK_APP_TOKEN || undefined;

const dynamo = await startDynalite({ path: dataDir });
const runtime = await startLocalRuntime({
  dynamoEndpoint: dynamo.endpoint,
  tableName: process.env.TABLE_NAME ?? 'newsbot',
  credentials: credentialsFromEnv(),
  port,
  // A real workspace needs the real Web API; without one, the local outbox answers.
  slackApiUrl: process.env.SLACK_API_URL ?? (appToken ? 'https://slack.com/api/' : undefined),
  logLevel: (process.env.LOG_LEVEL as never) ?? 'warn',
  seedSample: true,
  slackAppToken: appToken,
  // The schedules run every minute, so a digest set locally posts on time; each feed is still polled every 15 minutes (POLL_INTERVAL_MS).
  scheduleEveryMs: Number(process.env.NEWSBOT_SCHEDULE_MS ?? 60_000),
});

console.log(`NewsBot listening on ${runtime.url}/slack/events (DynamoDB: ${dynamo.endpoint}, data in ${dataDir})`);
if (runtime.socketMode) console.log('Connected to your Slack workspace over Socket Mode: try /news help there.');
console.log('Try it:  npm run slack -- "/news help"');

const stop = async () => {
  await runtime.close();
  await dynamo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
