/**
 * npm run bench:bundle — bundle each Lambda handler exactly as CDK's BotFunction
 * does (same options object, cdk/constructs/bundling-options.ts), plus a minimal
 * Bolt AwsLambdaReceiver app bundled the same way, and print side by side:
 *   - the minified bundle size (index.mjs, source map not counted),
 *   - the median time to import the bundle in a fresh Node process (7 runs),
 *     plain and with --enable-source-maps (what the functions run with),
 *     next to reference rows: the minimal Bolt app with the same options, the
 *     same app without the `--alias` swaps (a plain Bolt bundle), and the
 *     DynamoDB SDK alone, bundled as the functions bundle it and loaded from
 *     node_modules as the Lambda runtime's copy would be.
 * Targets (issue 9): each bundle ≤ 1 MB; the Slack handler loads in under half
 * the time of the minimal Bolt app. For a bundle over 1 MB it lists the
 * packages that weigh most (from esbuild's metafile).
 *
 * Bundles go to a temporary folder that is removed at the end; the folder gets a
 * node_modules symlink so the unbundled SDK row resolves @aws-sdk/* as the
 * Lambda runtime would provide them.
 * Options: --runs N (default 7), --keep (keep the folder and print its path), --strict (exit 1 on a missed target).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build, type Metafile } from 'esbuild';
import { handlerEntry, HANDLERS, PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import { BUNDLING, toEsbuildOptions } from '../../cdk/constructs/bundling-options';

const MAX_BYTES = 1024 * 1024;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
const keep = args.includes('--keep');
const strict = args.includes('--strict');

const MINIMAL_BOLT_APP = `// A minimal Bolt Lambda app: one command, no storage, no Slack call at start-up.
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

interface Result {
  name: string;
  bytes: number;
  loadMs: number;
  loadMsMin: number;
  loadMsSourceMaps: number;
  metafile: Metafile;
  outfile: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Import time of `file` in a fresh Node process, in ms. */
function loadOnce(file: string, nodeOptions: string[]): number {
  const script = 'const t=performance.now();await import(process.argv[1]);process.stdout.write(String(performance.now()-t));';
  const child = spawnSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', script, pathToFileURL(file).href], {
    encoding: 'utf8',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', NODE_OPTIONS: '' },
  });
  if (child.status !== 0) throw new Error(`loading ${file} failed:\n${child.stderr}`);
  return Number(child.stdout);
}

/**
 * Median import times, plain and with --enable-source-maps. Runs are interleaved
 * (bundle after bundle, round after round) so a busy moment on the machine hits
 * every bundle alike; one warm-up round fills the file cache first.
 */
function loadTimes(files: string[]): { plain: number; plainMin: number; sourceMaps: number }[] {
  const plain = files.map(() => [] as number[]);
  const sourceMaps = files.map(() => [] as number[]);
  for (let round = 0; round <= runs; round++) {
    files.forEach((file, i) => {
      const a = loadOnce(file, []);
      const b = loadOnce(file, ['--enable-source-maps']);
      if (round > 0) {
        plain[i]!.push(a);
        sourceMaps[i]!.push(b);
      }
    });
  }
  return files.map((_, i) => ({ plain: median(plain[i]!), plainMin: Math.min(...plain[i]!), sourceMaps: median(sourceMaps[i]!) }));
}

/** Bytes in the bundle per package (or per own top folder), heaviest first. */
function weights(metafile: Metafile, outfile: string): [string, number][] {
  const output = Object.entries(metafile.outputs).find(([file]) => path.resolve(file) === path.resolve(outfile))?.[1];
  const byPackage = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.slice(input.lastIndexOf('node_modules/')));
    const key = match ? match[1]! : input.split('/').slice(0, 2).join('/');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return [...byPackage.entries()].sort((a, b) => b[1] - a[1]);
}

/** The shortest import chain from the entry to a file of `pkg`, to show the owners where it comes in. */
function importChain(metafile: Metafile, entry: string, pkg: string): string[] {
  const start = Object.keys(metafile.inputs).find((input) => path.resolve(PROJECT_ROOT, input) === path.resolve(entry));
  if (start === undefined) return [];
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current.includes(`node_modules/${pkg}/`)) {
      const chain: string[] = [];
      for (let at: string | null | undefined = current; at; at = previous.get(at)) chain.unshift(at);
      // Own files, then where the chain enters and leaves each package.
      const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file.slice(file.lastIndexOf('node_modules/')))?.[1];
      const kept = chain.filter((file, i) => {
        const pkg = packageOf(file);
        return pkg === undefined || packageOf(chain[i - 1] ?? '') !== pkg || packageOf(chain[i + 1] ?? '') !== pkg;
      });
      return kept.map((file) => file.replace(/^.*node_modules\//, ''));
    }
    for (const imported of metafile.inputs[current]?.imports ?? []) {
      if (!imported.external && !previous.has(imported.path) && metafile.inputs[imported.path]) {
        previous.set(imported.path, current);
        queue.push(imported.path);
      }
    }
  }
  return [];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;

/** The shared options without the `--alias` swaps: how a plain Bolt Lambda app is bundled. */
function withoutAliases(): BundlingOptions {
  const { '--alias': _aliases, ...rest } = BUNDLING.esbuildArgs as Record<string, unknown>;
  return { ...BUNDLING, externalModules: [...BUNDLING.externalModules], mainFields: [...BUNDLING.mainFields], esbuildArgs: rest as BundlingOptions['esbuildArgs'] };
}

interface Target {
  name: string;
  entry: string;
  /** A NewsBot function (held to the 1 MB target), or a reference row. */
  isFunction: boolean;
  bundling?: BundlingOptions;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bench-bundle-'));
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const minimalEntry = path.join(dir, 'minimal-bolt-app.mjs');
  fs.writeFileSync(minimalEntry, MINIMAL_BOLT_APP);
  const sdkEntry = path.join(dir, 'dynamodb-sdk-only.mjs');
  fs.writeFileSync(
    sdkEntry,
    "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nexport const handler = async () => typeof DynamoDBDocumentClient.from(new DynamoDBClient({}));\n",
  );

  const hasAliases = '--alias' in BUNDLING.esbuildArgs;
  const targets: Target[] = [
    ...HANDLERS.map((name): Target => ({ name, entry: handlerEntry(name), isFunction: true })),
    { name: 'minimal Bolt app', entry: minimalEntry, isFunction: false },
    ...(hasAliases
      ? [{ name: 'minimal Bolt app, no --alias', entry: minimalEntry, isFunction: false, bundling: withoutAliases() }]
      : []),
    { name: 'DynamoDB SDK only, bundled', entry: sdkEntry, isFunction: false },
    {
      name: 'DynamoDB SDK only, runtime copy',
      entry: sdkEntry,
      isFunction: false,
      bundling: { ...BUNDLING, externalModules: ['@aws-sdk/*'], mainFields: [...BUNDLING.mainFields], esbuildArgs: { ...BUNDLING.esbuildArgs } },
    },
  ];
  const built: (Omit<Result, 'loadMs' | 'loadMsMin' | 'loadMsSourceMaps'> & { target: Target })[] = [];
  try {
    for (const target of targets) {
      const outfile = path.join(dir, target.name.replace(/\W+/g, '-'), 'index.mjs');
      const { metafile } = await build({
        ...toEsbuildOptions(target.entry, outfile, target.bundling),
        absWorkingDir: PROJECT_ROOT,
        metafile: true,
        logLevel: 'error',
      });
      built.push({ name: target.name, bytes: fs.statSync(outfile).size, metafile, outfile, target });
    }
    const times = loadTimes(built.map((bundle) => bundle.outfile));
    const results = built.map((bundle, i) => ({
      ...bundle,
      loadMs: times[i]!.plain,
      loadMsMin: times[i]!.plainMin,
      loadMsSourceMaps: times[i]!.sourceMaps,
    }));

    const byName = (name: string) => results.find((result) => result.name === name);
    const bolt = byName('minimal Bolt app')!;
    const plainBolt = byName('minimal Bolt app, no --alias');
    console.log(`Bundles (esbuild, shared BotFunction options; load = import time, median of ${runs} fresh Node ${process.version} processes)`);
    console.log(`The AWS SDK is bundled into each function; the last row loads it from node_modules instead, as the runtime's copy.\n`);
    const header = ['bundle', 'minified', '≤ 1 MB', 'load ms', 'min', 'load ms (source maps)', 'vs minimal Bolt', ...(plainBolt ? ['vs no --alias'] : [])];
    const rows = results.map((result) => [
      result.name,
      kb(result.bytes),
      result.target.isFunction ? (result.bytes <= MAX_BYTES ? 'yes' : 'NO') : '-',
      result.loadMs.toFixed(1),
      result.loadMsMin.toFixed(1),
      result.loadMsSourceMaps.toFixed(1),
      `${(result.loadMs / bolt.loadMs).toFixed(2)}×`,
      ...(plainBolt ? [`${(result.loadMs / plainBolt.loadMs).toFixed(2)}×`] : []),
    ]);
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
    console.log(line(header));
    for (const row of rows) console.log(line(row));

    const missed: string[] = [];
    for (const result of results.filter((r) => r.target.isFunction && r.bytes > MAX_BYTES)) {
      missed.push(`${result.name} bundle is ${kb(result.bytes)} (> 1024 KB)`);
    }
    // Bundles near or over the limit, and slack (its load time is a target), with what weighs most.
    for (const result of results.filter((r) => r.target.isFunction && (r.bytes > MAX_BYTES * 0.75 || r.name === 'slack'))) {
      console.log(`\n${result.name}: ${kb(result.bytes)}; heaviest packages in the bundle:`);
      for (const [pkg, bytes] of weights(result.metafile, result.outfile).slice(0, 10)) {
        const chain = pkg.includes('/') && !pkg.startsWith('@') ? [] : importChain(result.metafile, result.target.entry, pkg);
        console.log(`  ${kb(bytes).padStart(8)}  ${pkg}${chain.length > 0 ? `   via ${chain.join(' → ')}` : ''}`);
      }
    }
    const slack = byName('slack')!;
    for (const baseline of [bolt, plainBolt]) {
      if (!baseline) continue;
      const met = slack.loadMs < baseline.loadMs / 2;
      const text = `slack loads in ${slack.loadMs.toFixed(1)} ms vs ${baseline.loadMs.toFixed(1)} ms for the ${baseline.name}`;
      if (!met) missed.push(`${text} (not under half)`);
      else console.log(`\nMet: ${text}`);
    }
    console.log(`\nTargets: each function bundle ≤ 1 MB; slack load < ½ × minimal Bolt app.`);
    console.log(missed.length === 0 ? 'All targets met.' : `Missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
    if (strict && missed.length > 0) process.exitCode = 1;
  } finally {
    if (keep) console.log(`\nBundles kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
