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
process.env.NEWSBOT_ALLOW_LOOPBACK ??= '1';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.NEWSBOT_DATA_DIR ?? '.data/dynamodb';
mkdirSync(dataDir, { recursive: true });

const dynamo = await startDynalite({ path: dataDir });
const runtime = await startLocalRuntime({
  dynamoEndpoint: dynamo.endpoint,
  tableName: process.env.TABLE_NAME ?? 'newsbot',
  credentials: credentialsFromEnv(),
  port,
  slackApiUrl: process.env.SLACK_API_URL,
  logLevel: (process.env.LOG_LEVEL as never) ?? 'warn',
  seedSample: true,
});

console.log(`NewsBot listening on ${runtime.url}/slack/events (DynamoDB: ${dynamo.endpoint}, data in ${dataDir})`);
console.log('Try it:  npm run slack -- "/news help"');

const stop = async () => {
  await runtime.close();
  await dynamo.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
