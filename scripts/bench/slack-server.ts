/**
 * The server half of `npm run bench:slack`, in its own process as in
 * `npm start`: the local runtime (real Bolt handler, in-process queue) on a
 * loopback port, against the DynamoDB at BENCH_DYNAMO_ENDPOINT. Prints its URL
 * as one JSON line on stdout, then serves until killed.
 */
import { startLocalRuntime } from '../../lambdas/local/runtime';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const runtime = await startLocalRuntime({
  dynamoEndpoint: process.env.BENCH_DYNAMO_ENDPOINT!,
  tableName: 'newsbot-bench',
  credentials: { signingSecret: process.env.BENCH_SIGNING_SECRET!, botToken: 'xoxb-bench' },
  logLevel: 'silent',
  print: () => {},
});
process.stdout.write(JSON.stringify({ url: runtime.url }) + '\n');
process.on('SIGTERM', () => void runtime.close().finally(() => process.exit(0)));
