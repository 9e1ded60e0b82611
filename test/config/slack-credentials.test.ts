import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREDENTIALS_TTL_MS,
  FORCED_REREAD_GAP_MS,
  loadSlackCredentials,
  secretCredentialSource,
} from '../../lambdas/config/slack-credentials';
import { createRotatingPoster } from '../../lambdas/slack/rotating-poster';
import { startFakeSecretsManager } from '../helpers/fake-aws';
import { startFakeSlack } from '../helpers/fake-slack';

const SECRET = 'newsbot/prod/slack';
const PARTIAL = 'newsbot/prod/partial';

describe('loadSlackCredentials: the Slack secret, read from a loopback Secrets Manager', () => {
  let sm: Awaited<ReturnType<typeof startFakeSecretsManager>>;
  const saved = { ...process.env };

  beforeAll(async () => {
    sm = await startFakeSecretsManager({
      [SECRET]: JSON.stringify({ signingSecret: 'sign-me', botToken: 'xoxb-real', botUserId: 'U0BOT', botId: 'B0BOT' }),
      [PARTIAL]: JSON.stringify({ signingSecret: 'sign-me', botToken: '' }),
    });
    // As in Lambda: the role's credentials in the environment; the endpoint override keeps it on loopback.
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: sm.origin,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await sm?.close();
  });

  it('names the missing fields of a half-filled secret, never its values, and keeps nothing', async () => {
    await expect(loadSlackCredentials(PARTIAL)).rejects.toThrow(`Slack secret ${PARTIAL} is missing fields: botToken`);
    await expect(loadSlackCredentials(PARTIAL)).rejects.not.toThrow(/sign-me/);
  });

  it('fails when Secrets Manager does, and tries again on the next call instead of keeping the failure', async () => {
    sm.failNext({
      status: 400,
      body: { __type: 'AccessDeniedException', message: 'not authorized to perform secretsmanager:GetSecretValue' },
    });
    await expect(loadSlackCredentials(SECRET)).rejects.toThrow('not authorized');
    const before = sm.calls.length;
    await expect(loadSlackCredentials(SECRET)).resolves.toEqual({
      signingSecret: 'sign-me',
      botToken: 'xoxb-real',
      botUserId: 'U0BOT',
      botId: 'B0BOT',
    });
    expect(sm.calls.slice(before)).toEqual([
      expect.objectContaining({ target: 'secretsmanager.GetSecretValue', input: { SecretId: SECRET } }),
    ]);
  });

  it('reads the secret once per container: later calls share the first answer', async () => {
    const before = sm.calls.length;
    await Promise.all([loadSlackCredentials(SECRET), loadSlackCredentials(SECRET)]);
    expect(sm.calls.length).toBe(before);
  });
});

describe('Slack credentials are read again: after the TTL, and at once after a failure that says they changed', () => {
  const ID = 'newsbot/prod/rotating';
  const secrets: Record<string, string> = {};
  let sm: Awaited<ReturnType<typeof startFakeSecretsManager>>;
  const saved = { ...process.env };
  let clock = 0;
  const reads = () => sm.calls.filter((c) => (c.input as { SecretId?: string }).SecretId === ID).length;
  const fill = (botToken: string) => void (secrets[ID] = JSON.stringify({ signingSecret: 'sign-me', botToken }));

  beforeAll(async () => {
    sm = await startFakeSecretsManager(secrets);
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: sm.origin,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    });
  });
  afterAll(async () => {
    process.env = saved;
    await sm?.close();
  });

  it('keeps the credentials for the TTL, then picks up the rotated secret; one read in flight for many callers', async () => {
    fill('xoxb-first');
    const source = secretCredentialSource(ID, () => clock);
    const first = await source.get();
    expect(first.botToken).toBe('xoxb-first');
    fill('xoxb-second');
    clock += CREDENTIALS_TTL_MS - 1;
    expect(await source.get()).toBe(first);
    expect(reads()).toBe(1);
    clock += 1;
    const all = await Promise.all([source.get(), source.get(), source.get()]);
    expect(all.map((c) => c.botToken)).toEqual(['xoxb-second', 'xoxb-second', 'xoxb-second']);
    expect(reads()).toBe(2);
  });

  it('re-reads at once when asked, at most once per gap, and keeps the same object when nothing changed', async () => {
    fill('xoxb-a');
    const source = secretCredentialSource(ID, () => clock);
    const before = reads();
    const held = await source.get();
    expect(await source.reread()).toBe(held); // unchanged secret: the same object, so nothing is rebuilt
    fill('xoxb-b');
    expect((await source.reread()).botToken).toBe('xoxb-a'); // within the gap: no read
    expect(reads() - before).toBe(2);
    clock += FORCED_REREAD_GAP_MS;
    expect((await source.reread()).botToken).toBe('xoxb-b');
    expect(reads() - before).toBe(3);
  });

  it('keeps the credentials it holds when a later read fails', async () => {
    fill('xoxb-kept');
    const source = secretCredentialSource(ID, () => clock);
    const held = await source.get();
    clock += CREDENTIALS_TTL_MS;
    sm.failNext({ status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } });
    expect(await source.get()).toBe(held);
    expect((await source.get()).botToken).toBe('xoxb-kept'); // and the next call reads again
  });
});

describe('The poster follows the secret: invalid_auth makes it re-read and send once more with the new token', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(async () => slack?.close());

  it('sends again with the re-read token, and passes the refusal on when the token did not change', async () => {
    let token = 'xoxb-old';
    let rereads = 0;
    const poster = createRotatingPoster(
      {
        token: async () => 'xoxb-old',
        reread: async () => {
          rereads++;
          return token;
        },
      },
      { apiUrl: slack.apiUrl },
    );
    slack.answerNext({ body: { ok: false, error: 'invalid_auth' } });
    await expect(poster.postMessage('C1', { text: 'hi' })).rejects.toMatchObject({ code: 'invalid_auth' });
    expect(rereads).toBe(1);
    token = 'xoxb-new';
    slack.calls.length = 0;
    slack.answerNext({ body: { ok: false, error: 'invalid_auth' } });
    expect((await poster.postMessage('C1', { text: 'hi' })).ts).not.toBe('');
    expect(slack.calls.map((c) => c.authorization)).toEqual(['Bearer xoxb-old', 'Bearer xoxb-new']);
    // Other refusals are not about the token: no re-read.
    slack.answerNext({ body: { ok: false, error: 'channel_not_found' } });
    await expect(poster.call('chat.postMessage', { channel: 'C2', text: 'x' })).rejects.toMatchObject({
      code: 'channel_not_found',
    });
    expect(rereads).toBe(2);
  });
});
