import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlackCredentials } from '../../lambdas/config/slack-credentials';
import { startFakeSecretsManager } from '../helpers/fake-aws';

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
    Object.assign(process.env, { AWS_ENDPOINT_URL_SECRETS_MANAGER: sm.origin, AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
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
    sm.failNext({ status: 400, body: { __type: 'AccessDeniedException', message: 'not authorized to perform secretsmanager:GetSecretValue' } });
    await expect(loadSlackCredentials(SECRET)).rejects.toThrow('not authorized');
    const before = sm.calls.length;
    await expect(loadSlackCredentials(SECRET)).resolves.toEqual({ signingSecret: 'sign-me', botToken: 'xoxb-real', botUserId: 'U0BOT', botId: 'B0BOT' });
    expect(sm.calls.slice(before)).toEqual([expect.objectContaining({ target: 'secretsmanager.GetSecretValue', input: { SecretId: SECRET } })]);
  });

  it('reads the secret once per container: later calls share the first answer', async () => {
    const before = sm.calls.length;
    await Promise.all([loadSlackCredentials(SECRET), loadSlackCredentials(SECRET)]);
    expect(sm.calls.length).toBe(before);
  });
});
