import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { credentialsFromEnv, LOCAL_BOT_TOKEN, LOCAL_SIGNING_SECRET } from '../../lambdas/config/slack-credentials';
import { startLocalRuntime, type LocalRuntime } from '../../lambdas/local/runtime';
import { signedHeaders, slashCommandBody } from '../../lambdas/local/sign';
import { startFakeSlack } from '../helpers/fake-slack';
import { sendCommand } from '../helpers/slack-request';
import { blockAction, buttonsOf } from '../slack/support/requests';
import { interactionBody } from '../../lambdas/local/sign';
import { startFaultProxy } from './support/fault-proxy';
import { startHostileServer } from './support/hostile-server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Secrets of this test only, shaped like the real thing, so a leak anywhere is found by a plain search. */
const SIGNING_SECRET = 'a3f9c0d1e2b4a5968778695a4b3c2d1e';
const BOT_TOKEN = 'xoxb-hardening-secret-7f3e9a1c5b';

describe('Hardening: secrets are never logged, never in a reply or an error', () => {
  let runtime: LocalRuntime;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  /** Every line written: our logger, Bolt's console logging, anything on stdout/stderr. */
  const captured: string[] = [];
  const replies: string[] = [];
  const TEAM = 'T0SECRETS';

  beforeAll(async () => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void captured.push(args.map(String).join(' ')),
      );
    }
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return out(chunk as never, ...(rest as []));
    }) as never);
    vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return err(chunk as never, ...(rest as []));
    }) as never);
    slack = await startFakeSlack();
    web = await startHostileServer();
    proxy = await startFaultProxy(inject('dynamoEndpoint'));
    runtime = await startLocalRuntime({
      dynamoEndpoint: proxy.endpoint,
      tableName: `newsbot-secrets-${randomUUID().slice(0, 8)}`,
      credentials: { signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN },
      slackApiUrl: slack.apiUrl,
      logLevel: 'debug',
      logWrite: (line) => captured.push(line),
      print: (line) => captured.push(line),
    });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await runtime?.close();
    await proxy?.close();
    await web?.close();
    await slack?.close();
  });

  async function post(body: string, headers: Record<string, string>) {
    const res = await fetch(`${runtime.url}/slack/events`, { method: 'POST', headers, body });
    replies.push(`${res.status} ${JSON.stringify([...res.headers])} ${await res.text()}`);
  }

  it('drives good and bad requests and failing Slack calls, then finds neither secret in any log line or reply', async () => {
    const send = async (text: string, name = 'r') => {
      const { status, reply } = await sendCommand(
        runtime.url,
        text,
        { teamId: TEAM, responseUrl: slack.responseUrl(name) },
        { secret: SIGNING_SECRET },
      );
      replies.push(`${status} ${JSON.stringify(reply)}`);
      return reply;
    };
    // Good requests, fast and slow path.
    await send('help');
    const added = await send(
      `add ${'The harbour council voted on Tuesday to keep the night ferry running through the winter months. '.repeat(8)}`,
    );
    await send(`add ${web.url('/story')}`, 'story');
    await runtime.idle();
    // Bad requests: wrong secret, old timestamp, unsigned, bad JSON, oversized.
    const body = slashCommandBody({ text: 'help', teamId: TEAM });
    await post(body, signedHeaders('not-the-secret', body));
    await post(body, signedHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 3600));
    await post(body, { 'content-type': 'application/x-www-form-urlencoded' });
    await post('payload=%7Bbad', signedHeaders(SIGNING_SECRET, 'payload=%7Bbad'));
    await post('x=' + 'y'.repeat(1_100_000), signedHeaders(SIGNING_SECRET, 'x'));
    // Slack failing with the bot token in play: chat.postMessage and response_url answer 500/401-style errors.
    const card = buttonsOf(added.blocks ? added : { blocks: [] });
    const share = card.find((b) => b.text === 'Share in channel');
    slack.answerNext(
      { status: 500, body: 'oops' },
      { status: 401, body: { ok: false, error: 'invalid_auth' } },
      { status: 500, body: 'oops' },
    );
    if (share) {
      const click = interactionBody(
        blockAction({
          actionId: share.actionId,
          value: share.value,
          teamId: TEAM,
          responseUrl: slack.responseUrl('share'),
        }),
      );
      await post(click, signedHeaders(SIGNING_SECRET, click));
    }
    await send(`add ${web.url('/story')}?again=1`, 'story-failing-post');
    await runtime.idle();
    // The database failing: the error reaches the logs.
    proxy.setRule(() => 'drop');
    await send('latest');
    proxy.heal();
    await runtime.idle();

    // The scenario did produce logs and failures worth checking.
    const events = captured.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l).event);
    expect(events).toEqual(expect.arrayContaining(['slack_signature_rejected', 'command_failed']));
    expect(captured.length).toBeGreaterThan(5);
    for (const line of [...captured, ...replies]) {
      expect(line).not.toContain(SIGNING_SECRET);
      expect(line).not.toContain(BOT_TOKEN);
      expect(line).not.toContain(BOT_TOKEN.slice(5)); // the token without its prefix
    }
  });

  it('the bot token goes only to the Web API, never to a response_url (which Slack hosts, but a forged one could point anywhere)', () => {
    for (const call of slack.calls) {
      if (call.method === 'response_url') expect(call.authorization).toBeUndefined();
      else expect(call.authorization).toBe(`Bearer ${BOT_TOKEN}`);
      expect(JSON.stringify(call.body)).not.toContain(BOT_TOKEN);
      expect(JSON.stringify(call.body)).not.toContain(SIGNING_SECRET);
    }
    expect(slack.calls.some((c) => c.method === 'response_url')).toBe(true);
  });

  it('on Lambda, missing credentials stop the start instead of falling back to the published local ones', () => {
    expect(() => credentialsFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'newsbot-slack' })).toThrow(
      /Slack credentials missing on Lambda/,
    );
    expect(() =>
      credentialsFromEnv({ AWS_LAMBDA_FUNCTION_NAME: 'newsbot-slack', SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ).toThrow(
      /^Slack credentials missing on Lambda: set SLACK_SECRET_ID \(or SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN\)$/,
    );
    expect(
      credentialsFromEnv({
        AWS_LAMBDA_FUNCTION_NAME: 'x',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
      }),
    ).toMatchObject({ signingSecret: SIGNING_SECRET });
    // Off Lambda (npm start, tests) the local defaults still apply.
    expect(credentialsFromEnv({})).toMatchObject({ signingSecret: LOCAL_SIGNING_SECRET, botToken: LOCAL_BOT_TOKEN });
  });
});

/** Token shapes, built from parts so this file does not match its own search. */
const SLACK_TOKEN = new RegExp(['xox', '[abprs]-[A-Za-z0-9-]{4,}'].join(''), 'g');
const SLACK_REAL = new RegExp(['xox', '[abprs]-\\d{6,}-\\d{6,}-[A-Za-z0-9]{10,}'].join(''));
const SLACK_APP = new RegExp(['xapp', '-\\d-[A-Z0-9]{6,}-\\d+-[a-f0-9]{20,}'].join(''));
const AWS_KEY = new RegExp(['(?:AKIA|ASIA)', '[0-9A-Z]{16}'].join(''), 'g');
const AWS_SECRET = new RegExp(['aws_secret_access_key', '\\s*[=:]\\s*[A-Za-z0-9/+]{40}'].join(''), 'i');
/** Placeholders: lower-case words only (`xoxb-newsbot-local`, `xoxb-test-token-0123456789`); real tokens are numeric ids and a random tail. */
const PLACEHOLDER = /^xox[bp]-[a-z]+(?:-[a-z0-9]+)*$/;
/** AWS's documented example key. */
const AWS_EXAMPLE = new Set(['AKIAIOSFODNN7EXAMPLE']);

function findSecrets(name: string, text: string): string[] {
  const found: string[] = [];
  for (const token of text.match(SLACK_TOKEN) ?? [])
    if (SLACK_REAL.test(token) || !PLACEHOLDER.test(token)) found.push(`${name}: ${token}`);
  if (SLACK_APP.test(text)) found.push(`${name}: app-level token`);
  for (const key of text.match(AWS_KEY) ?? []) if (!AWS_EXAMPLE.has(key)) found.push(`${name}: ${key}`);
  if (AWS_SECRET.test(text)) found.push(`${name}: aws secret access key`);
  return found;
}

describe('Hardening: no secret in the repository or the bundle', () => {
  it('the scanner finds real token shapes (it can fail)', () => {
    const fake = ['xox', 'b-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'].join('');
    expect(findSecrets('sample', `token=${fake}`)).toHaveLength(1);
    expect(findSecrets('sample', ['AKIA', 'Z7QWERTYUIOPASDF'].join(''))).toHaveLength(1);
    expect(findSecrets('sample', ['xox', 'b-Prod-Token'].join(''))).toHaveLength(1);
    expect(findSecrets('sample', 'xoxb-newsbot-local and xoxb-test-token-0123456789')).toEqual([]);
  });

  it('no tracked file holds a Slack token or an AWS key other than the documented placeholders', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(`${ROOT}${file}`, 'utf8');
      } catch {
        continue; // deleted in the working tree
      }
      found.push(...findSecrets(file, text));
    }
    expect(found).toEqual([]);
  });

  it('the Slack handler bundle holds no secret (only the published local placeholder)', async () => {
    const result = await build({
      entryPoints: [`${ROOT}lambdas/handlers/slack.ts`],
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      minify: true,
      external: ['@aws-sdk/*'],
      logLevel: 'silent',
    });
    const code = result.outputFiles.map((f) => f.text).join('\n');
    expect(code.length).toBeGreaterThan(100_000);
    expect(findSecrets('bundle', code)).toEqual([]);
    expect(code).not.toContain(SIGNING_SECRET);
    expect(code).not.toContain(BOT_TOKEN);
  });
});
