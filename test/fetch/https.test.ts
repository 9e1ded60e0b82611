import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, safeFetch, type Resolver } from '../../lambdas/fetch/index';

/**
 * The https path: the pinned lookup must still send the real host name as
 * SNI, and certificates must be verified. A self-signed certificate made on
 * the fly (so no key is committed) must therefore be refused.
 */
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe.skipIf(!hasOpenssl)('Function: safeFetch over https', () => {
  let dir: string;
  let server: https.Server;
  let port: number;
  const serverNames: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbot-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=secure.test',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const key = readFileSync(join(dir, 'key.pem'));
    const cert = readFileSync(join(dir, 'cert.pem'));
    const context = tls.createSecureContext({ key, cert });
    server = https.createServer(
      {
        key,
        cert,
        SNICallback: (name, done) => {
          serverNames.push(name);
          done(null, context);
        },
      },
      (_req, res) => res.end('secret'),
    );
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('connects to the pinned address, sends the host name as SNI and refuses an unverified certificate', async () => {
    const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    const error = await safeFetch(`https://secure.test:${port}/`, { allowLoopback: true, resolver }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('connection_failed');
    expect((error as FetchError).message).toBe("I couldn't reach secure.test (its certificate could not be verified).");
    expect(serverNames).toContain('secure.test');
  });
});
