import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import { toEsbuildOptions } from '../../cdk/constructs/bundling-options';
import { repositoryPath } from '../../lambdas/bundle/source-mapped-stacks';

/** Runs the bundled Slack handler once in a fresh Node process (no NODE_OPTIONS) and returns the stack it threw. */
function thrownStack(bundle: string): string {
  const script = `const { handler } = await import(process.argv[1]);
try { await handler({ headers: {}, body: '' }, { awsRequestId: 'stack-test' }); process.stdout.write('no error'); }
catch (error) { process.stdout.write(error.stack); }`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, pathToFileURL(bundle).href], {
    encoding: 'utf8',
    // As on Lambda, but no credentials at all: the handler's first request fails in lambdas/config/slack-credentials.ts.
    env: { AWS_LAMBDA_FUNCTION_NAME: 'newsbot-slack', AWS_REGION: 'us-east-1', LOG_LEVEL: 'silent' },
  });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout;
}

describe('Bundle: stack traces map to our .ts files without --enable-source-maps', () => {
  let dir: string;
  let bundle: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-stacks-'));
    bundle = path.join(dir, 'index.mjs');
    await build({
      ...toEsbuildOptions(path.join(PROJECT_ROOT, 'lambdas/handlers/slack.ts'), bundle),
      absWorkingDir: PROJECT_ROOT,
      logLevel: 'error',
    });
  }, 60_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('logs an error thrown in the bundled handler with the .ts file and line it came from', () => {
    const stack = thrownStack(bundle);
    expect(stack.split('\n')[0]).toBe(
      'Error: Slack credentials missing on Lambda: set SLACK_SECRET_ID (or SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN)',
    );
    const first = stack.split('\n')[1]!;
    expect(first).toMatch(/^ {4}at .*lambdas\/config\/slack-credentials\.ts:\d+:\d+\)?$/);
    const line = Number(/slack-credentials\.ts:(\d+)/.exec(first)![1]);
    const source = fs.readFileSync(path.join(PROJECT_ROOT, 'lambdas/config/slack-credentials.ts'), 'utf8').split('\n');
    // The mapped line is the `throw` itself; its message may sit on the next line.
    expect(source[line - 1]).toContain('throw new Error(');
    expect(source.slice(line - 1, line + 1).join('\n')).toContain('Slack credentials missing on Lambda');
    // Every frame of the bundle is mapped, with no machine-specific build folder in the names.
    const frames = stack
      .split('\n')
      .slice(1)
      .filter((frame) => !frame.includes('[eval'));
    expect(frames.length).toBeGreaterThan(2);
    for (const frame of frames) expect(frame).toMatch(/ \(?lambdas\/[\w/-]+\.ts:\d+:\d+\)?$/);
  }, 30_000);

  it('is the handler that maps it: with the map gone, the same stack names only the bundle', () => {
    fs.renameSync(`${bundle}.map`, `${bundle}.away`);
    try {
      const stack = thrownStack(bundle);
      expect(stack).toContain('index.mjs');
      expect(stack).not.toMatch(/\.ts:\d+/);
    } finally {
      fs.renameSync(`${bundle}.away`, `${bundle}.map`);
    }
  }, 30_000);

  it('names sources from the repository root, whatever folder the bundle was built in', () => {
    expect(repositoryPath('../../../../home/ci/newsbot/lambdas/config/env.ts')).toBe('lambdas/config/env.ts');
    expect(repositoryPath('../node_modules/@slack/bolt/dist/App.js')).toBe('node_modules/@slack/bolt/dist/App.js');
    expect(repositoryPath('../../other/file.ts')).toBe('other/file.ts');
  });
});
