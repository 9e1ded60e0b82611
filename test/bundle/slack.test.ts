import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_IN_LAMBDA } from '../../cdk/constructs/bundling-options';
import { interactionBody, signedFunctionUrlEvent, slashCommandBody } from '../../lambdas/local/sign';
import { createStore } from '../../lambdas/store/index';
import { startFakeSlack } from '../helpers/fake-slack';
import { startFakeSecretsManager, startFakeSqs } from '../helpers/fake-aws';
import { JobSchema } from '../../lambdas/app/jobs';
import { replyText, TEST_SIGNING_SECRET } from '../helpers/slack-request';
import { freshTable } from '../helpers/table';
import { blockAction } from '../slack/support/requests';
import { fixture, TEAM } from '../slack/support/runtime';
import { seedArticle } from '../slack/support/seed';
import { loadBundle, loadedAtImport, type BuiltBundle } from './support';

describe('Bundle: the Slack handler as CDK bundles it', () => {
  let bundle: BuiltBundle<{ handler: typeof handler }> | undefined;
  let metafile: Metafile;
  let code: string;
  let handler: (event: unknown, context: unknown) => Promise<{ statusCode: number; body: string }>;
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let articleId: string;
  let sqs: Awaited<ReturnType<typeof startFakeSqs>>;
  let secrets: Awaited<ReturnType<typeof startFakeSecretsManager>>;

  beforeAll(async () => {
    slack = await startFakeSlack();
    const table = await freshTable();
    articleId = (
      await seedArticle(createStore({ client: table.client, tableName: table.tableName }), TEAM, {
        text: fixture('night-ferry.txt'),
        url: 'https://news.example.org/ferry',
      })
    ).id;
    sqs = await startFakeSqs();
    secrets = await startFakeSecretsManager({
      'newsbot/test/slack': JSON.stringify({ signingSecret: TEST_SIGNING_SECRET, botToken: 'xoxb-from-the-secret' }),
    });
    // As deployed: the Slack credentials in Secrets Manager, slow work on SQS (both on loopback here),
    // AWS credentials in the environment, as Lambda gives them.
    const extra = {
      SLACK_SECRET_ID: 'newsbot/test/slack',
      // Wrong on purpose: a request signed with the secret's value must pass, so the secret was read and used.
      SLACK_SIGNING_SECRET: 'not-the-one-in-the-secret',
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.origin,
      JOB_QUEUE_URL: sqs.queueUrl,
      AWS_ENDPOINT_URL_SQS: sqs.origin,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
    };
    bundle = await loadBundle<{ handler: typeof handler }>('lambdas/handlers/slack.ts', {
      ...table,
      slackApiUrl: slack.apiUrl,
      extra,
    });
    ({ metafile, code } = bundle);
    ({ handler } = bundle.module);
  }, 60_000);
  afterAll(async () => {
    await slack?.close();
    await sqs?.close();
    await secrets?.close();
    bundle?.remove();
  });

  it('leaves out Socket Mode, Express and raw-body, and the Socket Mode app of npm start', () => {
    const inputs = Object.keys(metafile.inputs);
    for (const name of NOT_IN_LAMBDA) {
      const pkg = name
        .split('/')
        .slice(0, name.startsWith('@') ? 2 : 1)
        .join('/');
      expect(
        inputs.filter((f) => f.includes(`node_modules/${pkg}/`)),
        pkg,
      ).toEqual([]);
    }
    expect(inputs.filter((f) => /node_modules\/(undici|iconv-lite|mime-db)\//.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith('lambdas/slack/socket-mode-app.ts'))).toBe(false);
  });

  it('carries the AWS SDK inside, SQS and Secrets Manager behind dynamic imports (run only when used)', () => {
    expect(code).not.toMatch(/from\s*"@aws-sdk\/|import\("@aws-sdk\//);
    const importsOf = (pkg: string) =>
      Object.values(metafile.inputs).flatMap((input) =>
        input.imports.filter((imported) => imported.path.includes(`node_modules/${pkg}/`)),
      );
    // Each client is imported, by name, in one small module of ours, which is itself only ever loaded with import().
    for (const [pkg, wrapper] of [
      ['@aws-sdk/client-sqs', 'lambdas/queue/sqs.ts'],
      ['@aws-sdk/client-secrets-manager', 'lambdas/config/secrets-manager.ts'],
    ] as const) {
      const importers = Object.entries(metafile.inputs)
        .filter(
          ([file, input]) =>
            file.startsWith('lambdas/') &&
            input.imports.some((imported) => imported.path.includes(`node_modules/${pkg}/`)),
        )
        .map(([file]) => file);
      expect(importers, pkg).toEqual([wrapper]);
      const wrapperImports = Object.values(metafile.inputs).flatMap((input) =>
        input.imports.filter((imported) => imported.path === wrapper),
      );
      expect(wrapperImports.length, wrapper).toBeGreaterThan(0);
      expect(
        wrapperImports.map((imported) => imported.kind),
        wrapper,
      ).toEqual(wrapperImports.map(() => 'dynamic-import'));
    }
    expect(importsOf('@aws-sdk/lib-dynamodb').length).toBeGreaterThan(0);
  });

  it('loads Bolt and the request checks at import, and the listeners, commands, text pipeline and DynamoDB SDK on first use', () => {
    const atImport = [...loadedAtImport(metafile, 'lambdas/handlers/slack.ts')];
    expect(atImport.some((file) => file.includes('node_modules/@slack/bolt/'))).toBe(true);
    expect(atImport).toContain('lambdas/slack/bolt-app.ts');
    // app/ports/ is the contract the poster implements (types and PostRefusedError), core/errors the error
    // family the logger reads codes with: a few lines each, no use case, no text pipeline.
    const deferred = atImport.filter((file) =>
      /^lambdas\/(slack\/(commands|actions|views)\/|slack\/news-listeners|slack\/dispatch|core\/(?!errors\.ts$)|app\/(?!ports\/)|store\/(index|client))|node_modules\/@aws-sdk\/(client-dynamodb|lib-dynamodb|client-sqs|client-secrets-manager)\//.test(
        file,
      ),
    );
    expect(deferred).toEqual([]);
    // …but they are in the bundle, behind import().
    const inputs = Object.keys(metafile.inputs);
    for (const file of ['lambdas/slack/news-listeners.ts', 'lambdas/slack/commands/help.ts', 'lambdas/store/client.ts'])
      expect(inputs).toContain(file);
  });

  it("replaces the SDK's default credential chain with the Lambda one (no profile, SSO or STS code)", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain('lambdas/bundle/lambda-credentials.ts');
    const left = inputs.filter((f) =>
      /node_modules\/@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity)|nested-clients|token-providers)\//.test(
        f,
      ),
    );
    expect(left).toEqual([]);
  });

  it('answers a signed /news help and a signed button click with the credentials of the Slack secret, so the aliased packages are never called', async () => {
    const help = await handler(
      signedFunctionUrlEvent(TEST_SIGNING_SECRET, slashCommandBody({ text: 'help', teamId: TEAM })),
      {},
    );
    expect(help.statusCode).toBe(200);
    expect(JSON.parse(help.body).text).toContain('/news quote');

    const summary = await handler(
      signedFunctionUrlEvent(TEST_SIGNING_SECRET, slashCommandBody({ text: `summary ${articleId}`, teamId: TEAM })),
      {},
    );
    expect(replyText(JSON.parse(summary.body))).toContain('Night Ferry');

    const payload = blockAction({
      actionId: 'news_full_summary',
      value: JSON.stringify({ id: articleId }),
      teamId: TEAM,
      responseUrl: slack.responseUrl('bundle'),
    });
    const clicked = await handler(signedFunctionUrlEvent(TEST_SIGNING_SECRET, interactionBody(payload)), {});
    expect(clicked.statusCode).toBe(200);
    expect(replyText(slack.calls.find((c) => c.path === '/response/bundle')!.body)).toContain('Full summary');
    // The credentials came from the secret, read once for all these requests.
    expect(secrets.calls.map((c) => c.target)).toEqual(['secretsmanager.GetSecretValue']);
  });

  it('puts slow work on the SQS job queue with the bundled SQS client: /news add <url> and /news subscribe <url>', async () => {
    const add = await handler(
      signedFunctionUrlEvent(
        TEST_SIGNING_SECRET,
        slashCommandBody({
          text: 'add https://news.example.org/new-story',
          teamId: TEAM,
          responseUrl: slack.responseUrl('add'),
        }),
      ),
      {},
    );
    expect(JSON.parse(add.body)).toMatchObject({ response_type: 'ephemeral', text: 'Reading news.example.org…' });
    const subscribe = await handler(
      signedFunctionUrlEvent(
        TEST_SIGNING_SECRET,
        slashCommandBody({ text: 'subscribe https://feeds.example.org/rss', teamId: TEAM }),
      ),
      {},
    );
    expect(JSON.parse(subscribe.body)).toMatchObject({
      response_type: 'ephemeral',
      text: 'Checking the feed at feeds.example.org…',
    });
    const jobs = sqs.messages.map((m) => JobSchema.parse(JSON.parse(m.body)));
    expect(jobs).toEqual([
      expect.objectContaining({
        kind: 'ingest-url',
        teamId: TEAM,
        url: 'https://news.example.org/new-story',
        responseUrl: slack.responseUrl('add'),
      }),
      expect.objectContaining({ kind: 'subscribe-feed', teamId: TEAM, url: 'https://feeds.example.org/rss' }),
    ]);
  });
});
