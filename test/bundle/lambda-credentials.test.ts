import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../../cdk/constructs/bot-function';
import { toEsbuildOptions } from '../../cdk/constructs/bundling-options';
import { defaultProvider } from '../../lambdas/bundle/lambda-credentials';
import { freshTable } from '../helpers/table';

const CREDENTIAL_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_EC2_METADATA_DISABLED',
] as const;
const saved = Object.fromEntries(CREDENTIAL_VARIABLES.map((name) => [name, process.env[name]]));

function setCredentialEnv(values: Partial<Record<(typeof CREDENTIAL_VARIABLES)[number], string>>): void {
  for (const name of CREDENTIAL_VARIABLES) delete process.env[name];
  Object.assign(process.env, values);
}

afterEach(() => {
  for (const name of CREDENTIAL_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('defaultProvider: the credential chain of the Lambda bundles', () => {
  it('reads the role credentials Lambda puts in the environment', async () => {
    setCredentialEnv({
      AWS_ACCESS_KEY_ID: 'AKIDLAMBDA',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session',
    });
    await expect(defaultProvider()()).resolves.toMatchObject({
      accessKeyId: 'AKIDLAMBDA',
      secretAccessKey: 'secret',
      sessionToken: 'session',
    });
  });

  it('refuses plainly, without any network call, when there are none', async () => {
    setCredentialEnv({});
    await expect(defaultProvider()()).rejects.toThrow(/environment variable credentials/);
  });

  it('falls back to a container credentials endpoint when one is configured', async () => {
    const expiration = new Date(Date.now() + 3_600_000).toISOString();
    const server = http.createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(
        request.headers.authorization === 'container-token'
          ? JSON.stringify({ AccessKeyId: 'AKIDCONTAINER', SecretAccessKey: 's', Token: 't', Expiration: expiration })
          : '{}',
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      setCredentialEnv({
        AWS_CONTAINER_CREDENTIALS_FULL_URI: `http://127.0.0.1:${port}/creds`,
        AWS_CONTAINER_AUTHORIZATION_TOKEN: 'container-token',
      });
      const credentials = await defaultProvider()();
      expect(credentials).toMatchObject({ accessKeyId: 'AKIDCONTAINER', sessionToken: 't' });
      expect(credentials.expiration?.toISOString()).toBe(expiration);
    } finally {
      server.close();
    }
  });
});

describe('Bundle: the SDK inside a function asks this chain', () => {
  let dir: string;
  let listTables: (endpoint: string) => Promise<string[]>;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsbot-credentials-bundle-'));
    const outfile = path.join(dir, 'index.mjs');
    await build({
      ...toEsbuildOptions(path.join(PROJECT_ROOT, 'test/bundle/fixtures/list-tables.ts'), outfile),
      absWorkingDir: PROJECT_ROOT,
      sourcemap: false,
      logLevel: 'error',
    });
    ({ listTables } = await import(pathToFileURL(outfile).href));
  }, 60_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('signs a real DynamoDB call with the environment credentials', async () => {
    const { tableName, endpoint } = await freshTable(inject('dynamoEndpoint'));
    setCredentialEnv({ AWS_ACCESS_KEY_ID: 'AKIDLAMBDA', AWS_SECRET_ACCESS_KEY: 'secret' });
    expect(await listTables(endpoint)).toContain(tableName);
  });

  it("fails with the chain's message, not a profile or SSO lookup, when the environment has none", async () => {
    setCredentialEnv({});
    // Should the swap ever break, the SDK's own chain must not reach for the instance metadata address.
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    await expect(listTables(inject('dynamoEndpoint'))).rejects.toThrow(/environment variable credentials/);
  });
});
