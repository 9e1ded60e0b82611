/**
 * What bench:bundle and bench:slack both measure about cold starts: bundles
 * built with the options CDK deploys with, imported in fresh Node processes.
 * One definition of the issue's baseline (a minimal Bolt AwsLambdaReceiver
 * app, bundled as a plain Bolt app is: the shared options without the
 * `--alias` swaps) and of the timing, so the two benches print the same thing.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build, type Metafile } from 'esbuild';
import { handlerEntry, PROJECT_ROOT, type HandlerName } from '../../cdk/constructs/bot-function';
import { BUNDLING, toEsbuildOptions } from '../../cdk/constructs/bundling-options';

export const MINIMAL_BOLT_APP = `// A minimal Bolt Lambda app: one command, no storage, no Slack call at start-up.
import { App, AwsLambdaReceiver } from '@slack/bolt';
const receiver = new AwsLambdaReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? 'bench-signing-secret' });
const app = new App({ token: 'xoxb-bench', botId: 'B00000000', botUserId: 'U00000000', tokenVerificationEnabled: false, receiver });
app.command('/hello', async ({ ack }) => { await ack('hello'); });
let handle;
export const handler = async (event, context, callback) => {
  handle ??= await receiver.start();
  return handle(event, context, callback);
};
`;

const DYNAMODB_ONLY = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export const handler = async () => typeof DynamoDBDocumentClient.from(new DynamoDBClient({}));
`;

/** The shared options without the `--alias` swaps: how a plain Bolt Lambda app is bundled (the issue's baseline). */
export function plainBoltBundling(): BundlingOptions {
  const { '--alias': _aliases, ...rest } = BUNDLING.esbuildArgs as Record<string, unknown>;
  return {
    ...BUNDLING,
    externalModules: [...BUNDLING.externalModules],
    mainFields: [...BUNDLING.mainFields],
    esbuildArgs: rest as BundlingOptions['esbuildArgs'],
  };
}

/** The same options with the AWS SDK left to the runtime, as most Lambda bundles are built. */
export function runtimeSdkBundling(): BundlingOptions {
  return {
    ...BUNDLING,
    externalModules: ['@aws-sdk/*'],
    mainFields: [...BUNDLING.mainFields],
    esbuildArgs: { ...BUNDLING.esbuildArgs },
  };
}

export interface Target {
  name: string;
  entry: string;
  /** A NewsBot function (held to the size target), or a reference row. */
  isFunction: boolean;
  bundling?: BundlingOptions;
}

/**
 * The functions and the reference rows: the baseline, the same app with the aliases, that app plus the
 * DynamoDB SDK (the floor for a Bolt app with storage), the DynamoDB SDK bundled and from the runtime.
 */
export function coldStartTargets(dir: string, functions: readonly HandlerName[]): Target[] {
  const minimal = path.join(dir, 'minimal-bolt-app.mjs');
  fs.writeFileSync(minimal, MINIMAL_BOLT_APP);
  const sdk = path.join(dir, 'dynamodb-sdk-only.mjs');
  fs.writeFileSync(sdk, DYNAMODB_ONLY);
  // The floor for any Bolt app that stores in DynamoDB: the minimal app plus the SDK's document client.
  const floor = path.join(dir, 'minimal-bolt-app-with-dynamodb.mjs');
  fs.writeFileSync(floor, `${MINIMAL_BOLT_APP}\nexport { handler as dynamodb } from './dynamodb-sdk-only.mjs';\n`);
  return [
    ...functions.map((name): Target => ({ name, entry: handlerEntry(name), isFunction: true })),
    { name: 'minimal Bolt app', entry: minimal, isFunction: false },
    { name: 'minimal Bolt app, no --alias', entry: minimal, isFunction: false, bundling: plainBoltBundling() },
    { name: 'minimal Bolt app + DynamoDB SDK', entry: floor, isFunction: false },
    { name: 'DynamoDB SDK only, bundled', entry: sdk, isFunction: false },
    { name: 'DynamoDB SDK only, runtime copy', entry: sdk, isFunction: false, bundling: runtimeSdkBundling() },
  ];
}

export interface Built {
  target: Target;
  outfile: string;
  bytes: number;
  metafile: Metafile;
}

/**
 * A temporary folder for bundles, with a node_modules link so the
 * "runtime copy" row resolves @aws-sdk/* as the Lambda runtime would provide it.
 */
export function benchFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

export async function buildTargets(dir: string, targets: Target[]): Promise<Built[]> {
  const built: Built[] = [];
  for (const target of targets) {
    const outfile = path.join(dir, target.name.replace(/\W+/g, '-'), 'index.mjs');
    const { metafile } = await build({
      ...toEsbuildOptions(target.entry, outfile, target.bundling),
      absWorkingDir: PROJECT_ROOT,
      metafile: true,
      logLevel: 'error',
    });
    built.push({ target, outfile, bytes: fs.statSync(outfile).size, metafile });
  }
  return built;
}

/** Import time of `file` in a fresh Node process, in ms. */
export function loadOnce(file: string, nodeOptions: string[] = []): number {
  const script =
    'const t=performance.now();await import(process.argv[1]);process.stdout.write(String(performance.now()-t));';
  const child = spawnSync(
    process.execPath,
    [...nodeOptions, '--input-type=module', '-e', script, pathToFileURL(file).href],
    {
      encoding: 'utf8',
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', NODE_OPTIONS: '' },
    },
  );
  if (child.status !== 0) throw new Error(`loading ${file} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

/**
 * Import time of `file` in a fresh Node process whose whole environment is
 * `env` (nothing inherited from this shell): how Lambda starts a function,
 * NODE_OPTIONS included when `env` has it.
 */
export function loadInEnv(file: string, env: Record<string, string>): number {
  const script =
    'const t=performance.now();await import(process.argv[1]);process.stdout.write(String(performance.now()-t));';
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(file).href], {
    encoding: 'utf8',
    env,
  });
  if (child.status !== 0) throw new Error(`loading ${file} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

export interface LoadRun {
  file: string;
  env: Record<string, string>;
}

/**
 * Median and fastest import time of each (file, environment) pair, `runs`
 * rounds after one warm-up round. Pairs are interleaved within a round, so a
 * busy moment on the machine hits the handler and its baseline alike.
 */
export function interleavedLoadTimes(pairs: LoadRun[], runs: number): LoadTime[] {
  const samples = pairs.map(() => [] as number[]);
  for (let round = 0; round <= runs; round++) {
    pairs.forEach(({ file, env }, i) => {
      const ms = loadInEnv(file, env);
      if (round > 0) samples[i]!.push(ms);
    });
  }
  return samples.map(summarize);
}

function summarize(values: number[]): LoadTime {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return { median: sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2, min: sorted[0]! };
}

export interface LoadTime {
  median: number;
  min: number;
}

/**
 * Median and fastest import times of each file, for each set of Node options.
 * Runs are interleaved (file after file, round after round) so a busy moment
 * on the machine hits every bundle alike; one warm-up round fills the file cache.
 */
export function loadTimes(files: string[], runs: number, optionSets: string[][] = [[]]): LoadTime[][] {
  const samples = optionSets.map(() => files.map(() => [] as number[]));
  for (let round = 0; round <= runs; round++) {
    files.forEach((file, i) => {
      optionSets.forEach((options, o) => {
        const ms = loadOnce(file, options);
        if (round > 0) samples[o]![i]!.push(ms);
      });
    });
  }
  return samples.map((perFile) => perFile.map(summarize));
}

export interface FirstAnswer {
  /** Import of the bundle. */
  loadMs: number;
  /** The first invocation: building the app (clients, Bolt) and answering one command. */
  firstMs: number;
  status: number;
}

/**
 * A cold start as a user meets it, in a fresh Node process: import the bundle,
 * then answer one signed command (`event`), with `env` as the function's
 * environment. What the first Slack user waits for, less the Lambda runtime's
 * own start and the network.
 */
export function firstAnswer(file: string, event: unknown, env: Record<string, string>): FirstAnswer {
  const script = `const t0 = performance.now();
const { handler } = await import(process.argv[1]);
const t1 = performance.now();
const result = await handler(JSON.parse(process.env.BENCH_EVENT), { awsRequestId: 'bench' }, () => {});
const t2 = performance.now();
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, status: result?.statusCode ?? 0 }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(file).href], {
    encoding: 'utf8',
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      NODE_OPTIONS: '',
      ...env,
      BENCH_EVENT: JSON.stringify(event),
    },
  });
  if (child.status !== 0) throw new Error(`first answer from ${file} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as FirstAnswer;
}
