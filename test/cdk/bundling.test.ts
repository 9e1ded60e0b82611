import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { BotFunction, HANDLERS, PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import { BUNDLING, toEsbuildOptions } from '../../cdk/constructs/bundling-options';
import { newsBotApp, tempOutdir } from './helpers';

describe('Function: toEsbuildOptions', () => {
  it('turns the shared BUNDLING options into esbuild build options, with code splitting for import()', () => {
    expect(toEsbuildOptions('/src/entry.ts', '/out/index.mjs')).toEqual({
      bundle: true,
      platform: 'node',
      entryPoints: ['/src/entry.ts'],
      outdir: '/out',
      entryNames: 'index',
      outExtension: { '.js': '.mjs' },
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      target: 'node22',
      format: 'esm',
      minify: true,
      sourcemap: true,
      sourcesContent: false,
      external: [],
      mainFields: ['module', 'main'],
      banner: { js: "import{createRequire}from'module';const require=createRequire(import.meta.url);" },
      charset: 'utf8',
      alias: {
        '@slack/socket-mode': './lambdas/bundle/not-in-lambda.cjs',
        express: './lambdas/bundle/not-in-lambda.cjs',
        'raw-body': './lambdas/bundle/not-in-lambda.cjs',
        '@slack/oauth': './lambdas/bundle/not-in-lambda.cjs',
        'cssomnom/parse': './lambdas/bundle/not-in-lambda.cjs',
        '@aws-sdk/credential-provider-node': './lambdas/bundle/lambda-credentials.ts',
      },
    });
  });

  it('refuses an option it cannot translate, so the bench cannot silently drift from CDK', () => {
    expect(() => toEsbuildOptions('/e.ts', '/o.mjs', { ...BUNDLING, keepNames: true })).toThrow(/keepNames/);
    expect(() => toEsbuildOptions('/e.ts', '/o.mjs', { ...BUNDLING, esbuildArgs: { '--drop': 'console' } })).toThrow(
      /--drop/,
    );
  });

  it("keeps the ESM banner that gives Bolt's CommonJS dependencies a require", () => {
    expect(BUNDLING.format).toBe(OutputFormat.ESM);
    expect(BUNDLING.banner).toContain('createRequire(import.meta.url)');
  });
});

describe('Construct: BotFunction (real bundling with the local esbuild)', () => {
  const synth = newsBotApp({ bundle: true });
  const probe = tempOutdir();
  afterAll(() => {
    synth.cleanup();
    probe.cleanup();
  });

  it('stages one ESM bundle with its source map for each of the four functions', () => {
    const template = Template.fromStack(synth.bot);
    const functions = template.findResources('AWS::Lambda::Function');
    for (const name of HANDLERS) {
      const logicalId = synth.bot.getLogicalId(synth.bot.functions[name].fn.node.defaultChild as never);
      const key = functions[logicalId]?.Properties.Code.S3Key as string;
      const bundle = path.join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
      expect(fs.existsSync(bundle), `${name}: ${bundle}`).toBe(true);
      expect(fs.existsSync(`${bundle}.map`), `${name}: source map`).toBe(true);
      const map = JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')) as {
        sources: string[];
        sourcesContent?: unknown;
      };
      expect(
        map.sources.some((source) => source.endsWith(`lambdas/handlers/${name}.ts`)),
        `${name}: the map names our files`,
      ).toBe(true);
      expect(
        map.sourcesContent,
        `${name}: the map carries no sources (smaller, read faster on the first error)`,
      ).toBeUndefined();
      // Each alias reached esbuild through NodejsFunction's flags (a slash in cssomnom/parse included).
      expect(
        map.sources.filter((source) =>
          /node_modules\/(cssomnom|@slack\/socket-mode|express|@aws-sdk\/credential-provider-node)\//.test(source),
        ),
        name,
      ).toEqual([]);
      const code = fs.readFileSync(bundle, 'utf8');
      expect(code.startsWith(BUNDLING.banner), `${name}: banner first`).toBe(true);
      expect(code, `${name}: the AWS SDK is bundled, not imported from the runtime`).not.toMatch(/from\s*"@aws-sdk\//);
      expect(code, `${name}: the SDK's profile/SSO credential chain is left out`).not.toContain(
        'AWS_PROFILE is set, skipping fromEnv provider',
      );
    }
  }, 120_000);

  it('stages bundles that load in Node and export a handler (no "Dynamic require" at start-up)', () => {
    // No node_modules next to the bundles: everything a function loads is in its index.mjs.
    const functions = Template.fromStack(synth.bot).findResources('AWS::Lambda::Function');
    for (const name of HANDLERS) {
      const logicalId = synth.bot.getLogicalId(synth.bot.functions[name].fn.node.defaultChild as never);
      const key = functions[logicalId]?.Properties.Code.S3Key as string;
      const bundle = path.join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
      const child = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          'const m = await import(process.argv[1]); process.stdout.write(typeof m.handler);',
          pathToFileURL(bundle).href,
        ],
        {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH,
            AWS_REGION: 'us-east-1',
            AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          },
        },
      );
      expect(child.stderr, name).toBe('');
      expect(child.stdout, name).toBe('function');
    }
  }, 60_000);

  it('bundles byte for byte what the bench (toEsbuildOptions) builds, so its figures are the deployed ones', async () => {
    // A fixed entry rather than the handlers, which other work may change between the two builds.
    const entry = path.join(PROJECT_ROOT, 'test', 'cdk', 'fixtures', 'probe-handler.ts');
    const app = new App({ outdir: probe.outdir });
    const stack = new Stack(app, 'Probe');
    const fn = new BotFunction(stack, 'Probe', {
      handler: 'slack',
      entry,
      description: 'bundling parity probe',
      memorySize: 128,
      timeout: Duration.seconds(3),
      stage: 'test',
      logLevel: 'info',
      logRetention: RetentionDays.ONE_DAY,
    });
    const key = Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(fn.fn.node.defaultChild as never)]
      .Properties.Code.S3Key as string;
    const staged = path.join(probe.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
    const bench = path.join(probe.outdir, 'bench', 'index.mjs');
    await build({ ...toEsbuildOptions(entry, bench), absWorkingDir: PROJECT_ROOT, logLevel: 'silent' });

    const code = fs.readFileSync(staged, 'utf8');
    expect(code, 'the DynamoDB client is inside the bundle').toContain('DynamoDBClient');
    expect(code).not.toMatch(/from\s*"@aws-sdk\//);
    expect(code, 'non-ASCII written as is (--charset=utf8 reached esbuild)').toContain('Zürich, Kraków');
    expect(fs.readFileSync(bench, 'utf8') === code, 'the bench bundle differs from the CDK asset').toBe(true);
  }, 60_000);
});
