import * as path from 'node:path';
import type { BuildOptions } from 'esbuild';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** Imports aliased away in the Lambda bundles: code they load but never run (see `--alias` below). */
export const NOT_IN_LAMBDA = ['@slack/socket-mode', 'express', 'raw-body', '@slack/oauth', 'cssomnom/parse'] as const;

/** The AWS SDK's default credential chain, swapped for the one a Lambda function uses (see `--alias` below). */
export const LAMBDA_CREDENTIALS = {
  '@aws-sdk/credential-provider-node': './lambdas/bundle/lambda-credentials.ts',
} as const;

/**
 * The one set of esbuild options every NewsBot Lambda is bundled with, in
 * NodejsFunction's vocabulary (BundlingOptions).
 *
 * {@link toEsbuildOptions} turns it into esbuild build-API options, with code
 * splitting; `BotFunction` bundles each function's asset with exactly those
 * (esbuild's build API, run by CDK as local bundling), and so do
 * `npm run bench:bundle`'s baseline and the bundle tests. NodejsFunction's own
 * bundling is not used because it cannot split code (it always passes
 * --outfile).
 */
export const BUNDLING = {
  /** Node 22 on Lambda (the runtime BotFunction sets). */
  target: 'node22',
  format: OutputFormat.ESM,
  minify: true,
  sourceMap: true,
  /**
   * Maps without the original sources: stack traces still name our files and
   * lines, and a map a third the size is read faster. It is read on a
   * function's first error only (lambdas/bundle/source-mapped-stacks.ts), not
   * at load: the functions run without --enable-source-maps.
   */
  sourcesContent: false,
  /**
   * Nothing external: the AWS SDK is bundled too, although the Lambda runtime
   * ships one. Loading the runtime's copy means resolving and compiling a
   * hundred-odd CommonJS files of @aws-sdk and @smithy on every cold start
   * (65 ms for the DynamoDB client here, more than the rest of the Slack
   * handler); bundled and tree-shaken it is one ESM file, parsed with
   * everything else (npm run bench:bundle prints both). It also pins the SDK
   * to the version the tests ran against instead of whatever the runtime has.
   */
  externalModules: [],
  /** Prefer ESM entry points so esbuild can tree-shake them. */
  mainFields: ['module', 'main'],
  /** Bolt's CommonJS dependencies call `require` inside an ESM bundle (pitfalls.md). */
  banner: "import{createRequire}from'module';const require=createRequire(import.meta.url);",
  /**
   * Raw esbuild flags. `--charset=utf8` writes non-ASCII characters as they are
   * instead of \u escapes: about 11% smaller bundles (character tables of
   * iconv-lite, entities…), and Node reads module source as UTF-8 anyway.
   * (A flag, as NodejsFunction spelled it: its 2.276 `charset` option never reached esbuild.)
   */
  esbuildArgs: {
    '--charset': 'utf8',
    /**
     * Packages Bolt's `App` imports for receivers a Lambda never uses (Socket
     * Mode with its WebSocket/undici stack; Express and raw-body with iconv-lite
     * and mime-db; the OAuth install flow with jsonwebtoken, which the Express
     * and HTTP receivers run and NewsBot does not: one bot token from the
     * secret): over half of a Bolt bundle. AwsLambdaReceiver needs none of
     * them. Likewise linkedom's CSS parser (`cssomnom`, 194 KB of the worker),
     * which only the `sheet` of a <style> element calls; extraction never reads it.
     * They are swapped for a module that throws when anything in it is called
     * (lambdas/bundle/not-in-lambda.cjs), so a use nobody expected fails loudly.
     * `npm start` and the tests run unbundled and keep the real packages; the
     * bundle tests (test/bundle) run the bundled handlers. Paths are relative
     * to the project root.
     *
     * The same goes for the SDK's credential chain: a function gets its role's
     * credentials in environment variables (lambdas/bundle/lambda-credentials.ts).
     */
    '--alias': [
      ...NOT_IN_LAMBDA.map((pkg) => `${pkg}=./lambdas/bundle/not-in-lambda.cjs`),
      ...Object.entries(LAMBDA_CREDENTIALS).map(([pkg, file]) => `${pkg}=${file}`),
    ],
  },
} as const satisfies BundlingOptions;

/** Always on: one self-contained bundle for Node. */
const FIXED = { bundle: true, platform: 'node' } as const satisfies BuildOptions;

/**
 * Where `import()` targets go (code splitting): chunk files of their own next
 * to the entry, read and evaluated only when the import() runs. In one file,
 * esbuild would keep them in the entry as wrapped modules that Node still has
 * to read and parse at every cold start (a third of the Slack handler's load).
 */
export const CHUNK_NAMES = 'chunks/[name]-[hash]';

/**
 * The esbuild build-API options for `entry` bundled into `outfile` (an .mjs
 * path: the entry's file; chunks go beside it, under chunks/).
 * Throws on any key it does not know how to translate, so a new bundling
 * option cannot silently be dropped.
 */
export function toEsbuildOptions(
  entry: string,
  outfile: string,
  bundling: BundlingOptions = BUNDLING,
): BuildOptions & { entryPoints: string[]; outdir: string } {
  const known = new Set([
    'target',
    'format',
    'minify',
    'sourceMap',
    'sourcesContent',
    'externalModules',
    'mainFields',
    'banner',
    'esbuildArgs',
  ]);
  const unknown = [
    ...Object.keys(bundling).filter((key) => !known.has(key)),
    ...Object.keys(bundling.esbuildArgs ?? {})
      .filter((flag) => flag !== '--charset' && flag !== '--alias')
      .map((flag) => `esbuildArgs ${flag}`),
  ];
  if (unknown.length > 0) {
    throw new Error(`toEsbuildOptions does not translate bundling option(s): ${unknown.join(', ')}`);
  }
  const charset = bundling.esbuildArgs?.['--charset'];
  if (charset !== undefined && charset !== 'utf8' && charset !== 'ascii') {
    throw new Error(`toEsbuildOptions: unexpected --charset ${String(charset)}`);
  }
  // `--alias` items are `package=path`, as NodejsFunction passes them (`--alias:package=path`).
  const aliasArg = bundling.esbuildArgs?.['--alias'];
  const aliasItems = aliasArg === undefined ? [] : Array.isArray(aliasArg) ? aliasArg : [String(aliasArg)];
  const alias = Object.fromEntries(
    aliasItems.map((item) => [item.slice(0, item.indexOf('=')), item.slice(item.indexOf('=') + 1)]),
  );
  const esm = bundling.format === OutputFormat.ESM;
  return {
    ...FIXED,
    entryPoints: [entry],
    outdir: path.dirname(outfile),
    entryNames: path.basename(outfile, path.extname(outfile)),
    outExtension: { '.js': path.extname(outfile) || '.js' },
    ...(esm && { splitting: true, chunkNames: CHUNK_NAMES }),
    ...(bundling.target !== undefined && { target: bundling.target }),
    ...(bundling.format !== undefined && { format: bundling.format === OutputFormat.ESM ? 'esm' : 'cjs' }),
    ...(bundling.minify !== undefined && { minify: bundling.minify }),
    ...(bundling.sourceMap !== undefined && { sourcemap: bundling.sourceMap }),
    // Sources stay in the map unless told otherwise (as NodejsFunction had it).
    sourcesContent: bundling.sourcesContent ?? true,
    ...(bundling.externalModules !== undefined && { external: [...bundling.externalModules] }),
    ...(bundling.mainFields !== undefined && { mainFields: [...bundling.mainFields] }),
    ...(bundling.banner !== undefined && { banner: { js: bundling.banner } }),
    ...(charset !== undefined && { charset }),
    ...(aliasItems.length > 0 && { alias }),
  };
}
