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
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Metafile } from 'esbuild';
import { HANDLERS, PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import { benchFolder, buildTargets, coldStartTargets, loadTimes } from './cold-start';

const MAX_BYTES = 1024 * 1024;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 7;
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

async function main(): Promise<void> {
  const dir = benchFolder('newsbot-bench-bundle-');
  try {
    const built = await buildTargets(dir, coldStartTargets(dir, HANDLERS));
    const [plain, sourceMaps] = loadTimes(built.map((bundle) => bundle.outfile), runs, [[], ['--enable-source-maps']]);
    const results = built.map((bundle, i) => ({
      ...bundle,
      name: bundle.target.name,
      loadMs: plain![i]!.median,
      loadMsMin: plain![i]!.min,
      loadMsSourceMaps: sourceMaps![i]!.median,
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
