import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedFunctionUrlEvent, slashCommandBody } from '../../lambdas/local/sign';
import { startFakeSecretsManager } from '../helpers/fake-aws';
import { startFakeSlack } from '../helpers/fake-slack';
import { freshTable } from '../helpers/table';

/**
 * The Slack function's secret is read again without a new container: a
 * request signed with a secret filled in (or rotated) after the container
 * read it is answered, after one re-read; a stream of badly signed requests
 * costs at most one read per FORCED_REREAD_GAP_MS. Against a loopback
 * Secrets Manager and the real Lambda entry (lambdas/handlers/slack.ts).
 */
const SECRET_ID = 'newsbot/test/slack-rotation';
const OLD = 'old-signing-secret-0000000000';
const NEW = 'new-signing-secret-1111111111';
const context = { awsRequestId: 'req-rotation' } as Context;
const secretOf = (signingSecret: string, botToken = 'xoxb-rotation-1') =>
  JSON.stringify({ signingSecret, botToken, botUserId: 'U0BOT', botId: 'B0BOT' });

describe('The Slack function re-reads its secret', () => {
  const secrets: Record<string, string> = { [SECRET_ID]: secretOf(OLD) };
  let sm: Awaited<ReturnType<typeof startFakeSecretsManager>>;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
  const saved = { ...process.env };
  const reads = () => sm.calls.filter((c) => c.target === 'secretsmanager.GetSecretValue').length;
  const help = (secret: string) =>
    handler(
      signedFunctionUrlEvent(
        secret,
        slashCommandBody({ text: 'help', teamId: 'T0ROTATE', responseUrl: slack.responseUrl('rot') }),
      ),
      context,
    );

  beforeAll(async () => {
    sm = await startFakeSecretsManager(secrets);
    slack = await startFakeSlack();
    const table = await freshTable();
    Object.assign(process.env, {
      SLACK_SECRET_ID: SECRET_ID,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: sm.origin,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      TABLE_NAME: table.tableName,
      DYNAMODB_ENDPOINT: table.endpoint,
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'silent',
    });
    ({ handler } = (await import('../../lambdas/handlers/slack')) as never);
  });
  afterAll(async () => {
    process.env = saved;
    await sm?.close();
    await slack?.close();
  });

  it('takes a request signed with a secret rotated after the container read it, after one re-read', async () => {
    expect((await help(OLD)).statusCode).toBe(200);
    expect(reads()).toBe(1);
    secrets[SECRET_ID] = secretOf(NEW);
    const response = await help(NEW);
    expect(response.statusCode).toBe(200);
    expect(String(response.body)).toContain('/news');
    expect(reads()).toBe(2);
    // Later requests with the new secret need no further read; the old secret no longer signs.
    expect((await help(NEW)).statusCode).toBe(200);
    expect((await help(OLD)).statusCode).toBe(401);
  });

  it('a stream of badly signed requests costs no more reads within the gap (FORCED_REREAD_GAP_MS)', async () => {
    const before = reads();
    for (let i = 0; i < 5; i++) expect((await help(`forged-secret-${i}`)).statusCode).toBe(401);
    expect(reads()).toBe(before);
  });
});
