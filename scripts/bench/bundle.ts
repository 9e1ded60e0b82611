/**
 * npm run bench:bundle — the Slack function's cold start as Lambda runs it.
 *
 * 1. Synthesizes the bot stack offline (scripts/bench/deployed-assets.ts): the
 *    four functions' assets are bundled by CDK itself, and each function's
 *    environment (NODE_OPTIONS included) is read from the template.
 * 2. Bundles the baseline: a minimal Bolt AwsLambdaReceiver app with one
 *    command, as a plain Bolt Lambda app is bundled (the same esbuild options
 *    without NewsBot's `--alias` swaps, source map included).
 * 3. Imports the Slack asset's index.mjs and the baseline in fresh Node
 *    processes, interleaved pair by pair, each process given only the
 *    function's environment (template variables plus what the Lambda runtime
 *    sets), median of N runs; once with the deployed NODE_OPTIONS and once
 *    without, for both files alike.
 * Prints both ratios (target: ≤ 0.5 as deployed), each asset's size (target
 * ≤ 1 MB), the other functions' load as deployed, and what weighs most in the
 * Slack bundle (from an esbuild metafile of the same entry and options).
 * Options: --runs N (default 11, at least 7), --keep (keep the folder and print its path), --strict (exit 1 on a missed target).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Metafile } from 'esbuild';
import { handlerEntry, PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import {
  benchFolder,
  buildTargets,
  interleavedLoadTimes,
  MINIMAL_BOLT_APP,
  plainBoltBundling,
  type LoadRun,
} from './cold-start';
import { lambdaRuntimeEnv, synthesizeFunctions } from './deployed-assets';

const MAX_BYTES = 1024 * 1024;
const TARGET_RATIO = 0.5;
const args = process.argv.slice(2);
const runs = Math.max(7, Number(args[args.indexOf('--runs') + 1]) || 11);
const keep = args.includes('--keep');
const strict = args.includes('--strict');

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
      const packageOf = (file: string) =>
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file.slice(file.lastIndexOf('node_modules/')))?.[1];
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
const ms = (value: number) => `${value.toFixed(1)} ms`;

function withoutNodeOptions(env: Record<string, string>): Record<string, string> {
  const { NODE_OPTIONS: _dropped, ...rest } = env;
  return rest;
}

async function main(): Promise<void> {
  // No node_modules near the bundles: each must carry what it loads, as in Lambda.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-bench-bundle-'));
  const sources = benchFolder('newsbot-bench-bundle-src-');
  try {
    console.log('Synthesizing the bot stack (CDK bundles the four functions with the local esbuild)…');
    const functions = synthesizeFunctions(path.join(dir, 'cdk.out'));
    const slack = functions.find((fn) => fn.name === 'slack')!;
    const deployedEnv = { ...lambdaRuntimeEnv(slack), ...slack.env };
    // The baseline's source sits beside a node_modules link (esbuild resolves @slack/bolt from it); its bundle does not.
    const minimal = path.join(sources, 'minimal-bolt-app.mjs');
    fs.writeFileSync(minimal, MINIMAL_BOLT_APP);
    const [baseline, metaBuild] = await buildTargets(dir, [
      { name: 'minimal Bolt app', entry: minimal, isFunction: false, bundling: plainBoltBundling() },
      // The Slack entry again with the same options, only for its metafile (what weighs most).
      { name: 'slack metafile', entry: handlerEntry('slack'), isFunction: false },
    ]);

    const nodeOptions = deployedEnv.NODE_OPTIONS ?? '';
    const others = functions.filter((fn) => fn !== slack);
    const pairs: LoadRun[] = [
      { file: baseline!.outfile, env: deployedEnv },
      { file: slack.file, env: deployedEnv },
      { file: baseline!.outfile, env: withoutNodeOptions(deployedEnv) },
      { file: slack.file, env: withoutNodeOptions(deployedEnv) },
      ...others.map((fn) => ({ file: fn.file, env: { ...lambdaRuntimeEnv(fn), ...fn.env } })),
    ];
    const times = interleavedLoadTimes(pairs, runs);
    const [boltDeployed, slackDeployed, boltPlain, slackPlain] = times as [
      (typeof times)[0],
      (typeof times)[0],
      (typeof times)[0],
      (typeof times)[0],
    ];

    console.log(
      `\nCold start as deployed: import of the synthesized asset's index.mjs in a fresh Node ${process.version} process with the`,
    );
    console.log(
      `function's environment from the template (NODE_OPTIONS=${JSON.stringify(nodeOptions)}); median (min) of ${runs}, interleaved with the baseline.\n`,
    );
    const rows = [
      ['minimal Bolt app (baseline, plain Bolt bundle)', kb(baseline!.bytes), boltDeployed, boltPlain],
      ['slack (synthesized asset: index.mjs)', kb(slack.entryBytes), slackDeployed, slackPlain],
    ] as const;
    console.log(
      `${'bundle'.padEnd(48)}${'size'.padStart(9)}  ${'as deployed'.padStart(20)}  ${'without NODE_OPTIONS'.padStart(20)}`,
    );
    for (const [name, size, deployed, plain] of rows) {
      console.log(
        `${name.padEnd(48)}${size.padStart(9)}  ${`${ms(deployed.median)} (${ms(deployed.min)})`.padStart(20)}  ${`${ms(plain.median)} (${ms(plain.min)})`.padStart(20)}`,
      );
    }
    const ratioDeployed = slackDeployed.median / boltDeployed.median;
    const ratioPlain = slackPlain.median / boltPlain.median;
    console.log(
      `\nslack / minimal Bolt app, as deployed (NODE_OPTIONS=${JSON.stringify(nodeOptions)}): ${ratioDeployed.toFixed(2)}×`,
    );
    console.log(
      `slack / minimal Bolt app, without NODE_OPTIONS:${' '.repeat(Math.max(1, nodeOptions.length + 5))}${ratioPlain.toFixed(2)}×`,
    );

    console.log(
      `\nAll function assets (index.mjs, and with the chunks its import()s load: ≤ 1 MB; load as deployed, median of ${runs}):`,
    );
    const missed: string[] = [];
    for (const fn of functions) {
      const load = fn === slack ? slackDeployed : times[pairs.findIndex((pair) => pair.file === fn.file)]!;
      const fits = fn.bytes <= MAX_BYTES;
      if (!fits) missed.push(`${fn.name} asset is ${kb(fn.bytes)} (> 1024 KB)`);
      console.log(
        `  ${fn.name.padEnd(8)} index.mjs ${kb(fn.entryBytes).padStart(8)}, with chunks ${kb(fn.bytes).padStart(8)}  ${fits ? '≤ 1 MB' : '> 1 MB!'}  load ${ms(load.median)}`,
      );
    }
    if (Math.abs(metaBuild!.bytes - slack.entryBytes) > 64) {
      console.log(
        `  (note: the metafile build is ${kb(metaBuild!.bytes)}, the asset ${kb(slack.entryBytes)}: the breakdown below may be off)`,
      );
    }
    console.log(`\nslack: heaviest packages in index.mjs (what every cold start loads):`);
    for (const [pkg, bytes] of weights(metaBuild!.metafile, metaBuild!.outfile).slice(0, 10)) {
      const chain =
        pkg.includes('/') && !pkg.startsWith('@') ? [] : importChain(metaBuild!.metafile, handlerEntry('slack'), pkg);
      console.log(`  ${kb(bytes).padStart(8)}  ${pkg}${chain.length > 0 ? `   via ${chain.join(' → ')}` : ''}`);
    }

    if (ratioDeployed > TARGET_RATIO)
      missed.push(
        `slack loads in ${ratioDeployed.toFixed(2)}× the minimal Bolt app as deployed (target ≤ ${TARGET_RATIO})`,
      );
    console.log(`\nTargets: each function asset ≤ 1 MB; slack load ≤ ${TARGET_RATIO} × minimal Bolt app, as deployed.`);
    console.log(missed.length === 0 ? 'All targets met.' : `Missed:\n${missed.map((m) => `  - ${m}`).join('\n')}`);
    if (strict && missed.length > 0) process.exitCode = 1;
  } finally {
    if (keep) console.log(`\nFolder kept: ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(sources, { recursive: true, force: true });
  }
}

await main();
