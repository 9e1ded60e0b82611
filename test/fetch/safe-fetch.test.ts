import net from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { decodeBytes } from '../../lambdas/core/decode';
import { FetchError, safeFetch, USER_AGENT, type FetchErrorCode, type Resolver } from '../../lambdas/fetch/index';
import { startLoopbackServer, type LoopbackServer } from './loopback-server';

let server: LoopbackServer;
/** Every outgoing TCP connect in this process: refusals must leave it at zero. */
let connects: MockInstance;

beforeAll(async () => {
  server = await startLoopbackServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  connects = vi.spyOn(net.Socket.prototype, 'connect');
});
afterEach(() => {
  connects.mockRestore();
});

/** A resolver from a fixed table that records every name asked: tests never use real DNS. */
function fakeResolver(table: Record<string, string[]>): Resolver & { asked: string[] } {
  const asked: string[] = [];
  const resolver = async (hostname: string) => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolver, { asked });
}

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected the fetch to fail');
}

async function expectRefusedBeforeConnecting(promise: Promise<unknown>, code: FetchErrorCode): Promise<FetchError> {
  const connectionsBefore = server.connections();
  const error = await failure(promise);
  expect(error.code).toBe(code);
  expect(connects).not.toHaveBeenCalled();
  expect(server.connections()).toBe(connectionsBefore);
  return error;
}

describe('Function: safeFetch', () => {
  describe('refuses before connecting', () => {
    it.each([
      ['file:///etc/passwd', 'unsupported_scheme'],
      ['ftp://example.com/file', 'unsupported_scheme'],
      ['gopher://127.0.0.1:70/', 'unsupported_scheme'],
      ['javascript:alert(1)', 'unsupported_scheme'],
      ['data:text/html,<p>hi</p>', 'unsupported_scheme'],
      ['not a url', 'invalid_url'],
      ['http://', 'invalid_url'],
      ['http://exa mple.com/', 'invalid_url'],
    ] as const)('%s (%s)', async (url, code) => {
      const error = await expectRefusedBeforeConnecting(safeFetch(url, { allowLoopback: true }), code);
      expect(error.message).toMatch(/^[A-Z]/);
    });

    it.each([
      'http://alice:secret@127.0.0.1/article',
      'http://alice@127.0.0.1/article',
      'http://:secret@127.0.0.1/article',
    ])('%s: a user name or password, which every card would show', async (url) => {
      const error = await expectRefusedBeforeConnecting(safeFetch(url, { allowLoopback: true }), 'credentials_in_url');
      expect(error.message).toBe(
        "That link to 127.0.0.1 has a user name or password in it (before the @). I don't send or keep those, since everyone in the team would see them: send the link without them.",
      );
      expect(error.message).not.toContain('secret');
    });

    // Loopback in its odd spellings, with loopback switched off.
    it.each([
      'http://127.0.0.1/',
      'http://127.0.0.2:8080/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://0x7f.0.0.1/',
      'http://127.1/',
      'http://[::1]/',
      'http://evil.com@127.0.0.1/',
      'http://127.0.0.1\\@evil.example/',
      'http://127.000.000.001/',
      'http://[0:0:0:0:0:0:0:1]/',
      'http://localhost/',
      'http://LOCALHOST/',
      'http://localhost./',
      'http://api.localhost/',
    ])('loopback %s when loopback is off', async (url) => {
      const resolver = fakeResolver({ localhost: ['127.0.0.1'], 'api.localhost': ['127.0.0.1'] });
      await expectRefusedBeforeConnecting(safeFetch(url, { allowLoopback: false, resolver }), 'blocked_address');
      expect(resolver.asked).toEqual([]);
    });

    // Never allowed, not even with loopback switched on.
    it.each([
      'http://0.0.0.0/',
      'http://0/',
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://169.254.1.1/',
      'http://224.0.0.1/',
      'http://255.255.255.255/',
      'http://[::]/',
      'http://[fe80::1]/',
      'http://[fc00::1]/',
      'http://[fd00:ec2::254]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:7f00:1]/',
      'http://[::ffff:10.0.0.1]/',
      'http://[0:0:0:0:0:ffff:127.0.0.1]/',
      'http://[::127.0.0.1]/',
      'http://[64:ff9b::a9fe:a9fe]/',
      'http://[64:ff9b::7f00:1]/',
      'http://[ff02::1]/',
      'https://10.1.2.3/',
      'http://user:pass@192.168.0.1:8080/admin',
    ])('%s even with loopback on', async (url) => {
      await expectRefusedBeforeConnecting(safeFetch(url, { allowLoopback: true }), 'blocked_address');
    });

    it('a name that resolves to a private address', async () => {
      const resolver = fakeResolver({ 'intranet.example': ['192.168.10.20'] });
      const error = await expectRefusedBeforeConnecting(
        safeFetch('http://intranet.example/', { allowLoopback: true, resolver }),
        'blocked_address',
      );
      expect(error.message).toContain('intranet.example points to a private network address');
    });

    it('a name with one public and one metadata address', async () => {
      const resolver = fakeResolver({ 'mixed.example': ['93.184.216.34', '169.254.169.254'] });
      await expectRefusedBeforeConnecting(
        safeFetch('http://mixed.example/', { allowLoopback: true, resolver }),
        'blocked_address',
      );
    });

    it('a name that resolves to IPv4-mapped loopback', async () => {
      const resolver = fakeResolver({ 'mapped.example': ['::ffff:127.0.0.1'] });
      await expectRefusedBeforeConnecting(
        safeFetch('http://mapped.example/', { allowLoopback: true, resolver }),
        'blocked_address',
      );
    });

    it('"localhost" that a resolver maps outside this machine', async () => {
      const resolver = fakeResolver({ localhost: ['10.0.0.5'] });
      await expectRefusedBeforeConnecting(
        safeFetch('http://localhost/', { allowLoopback: true, resolver }),
        'blocked_address',
      );
    });

    it('a name that does not resolve, with a message naming only the host', async () => {
      const resolver = fakeResolver({});
      const error = await expectRefusedBeforeConnecting(
        safeFetch('http://reader:s3cret@nosuch.example/path?token=abc123', { resolver }),
        'dns_failed',
      );
      expect(error.message).toBe("I couldn't find nosuch.example (no such host).");
    });

    it('never puts credentials, path or query of the URL in a message', async () => {
      const error = await failure(
        safeFetch('http://admin:hunter2@10.0.0.1/secret-path?api_key=XYZ789', { allowLoopback: true }),
      );
      expect(error.message).not.toMatch(/hunter2|admin|secret-path|XYZ789/);
      expect(error.message).toContain('10.0.0.1');
    });

    it('loopback by default when NEWSBOT_ALLOW_LOOPBACK is not 1', async () => {
      vi.stubEnv('NEWSBOT_ALLOW_LOOPBACK', '');
      try {
        await expectRefusedBeforeConnecting(safeFetch(`${server.origin}/article`), 'blocked_address');
      } finally {
        vi.unstubAllEnvs();
      }
    });
  });

  describe('fetches from loopback when allowed', () => {
    it('returns the bytes, status, content type and final URL, with a NewsBot User-Agent', async () => {
      const response = await safeFetch(`${server.origin}/article`, { allowLoopback: true });
      expect(response.status).toBe(200);
      expect(response.url).toBe(`${server.origin}/article`);
      expect(response.contentType).toBe('text/html; charset=utf-8');
      expect(response.notModified).toBe(false);
      expect(Buffer.from(response.bytes).toString('utf8')).toContain('Harbour Bridge Reopens');
      expect(server.lastHeaders()?.['user-agent']).toBe(USER_AGENT);
      expect(USER_AGENT).toContain('NewsBot');
    });

    it('reads NEWSBOT_ALLOW_LOOPBACK=1 as the default', async () => {
      vi.stubEnv('NEWSBOT_ALLOW_LOOPBACK', '1');
      try {
        expect((await safeFetch(`${server.origin}/article`)).status).toBe(200);
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it('connects to exactly the address the resolver gave once, even if DNS changes its answer (rebinding)', async () => {
      let calls = 0;
      const rebinding: Resolver = async () => {
        calls++;
        return [{ address: calls === 1 ? '127.0.0.1' : '10.0.0.1', family: 4 }];
      };
      const response = await safeFetch(`http://news.example:${server.port}/article`, {
        allowLoopback: true,
        resolver: rebinding,
      });
      expect(response.status).toBe(200);
      expect(calls).toBe(1);
      expect(server.lastHeaders()?.host).toBe(`news.example:${server.port}`);
    });

    it('normalizes odd spellings of loopback to the real address', async () => {
      const response = await safeFetch(`http://2130706433:${server.port}/article`, { allowLoopback: true });
      expect(response.url).toBe(`${server.origin}/article`);
    });

    it('decompresses gzip and brotli bodies', async () => {
      const plain = (await safeFetch(`${server.origin}/article`, { allowLoopback: true })).bytes;
      for (const path of ['gzip', 'br']) {
        const response = await safeFetch(`${server.origin}/${path}`, { allowLoopback: true });
        expect(Buffer.from(response.bytes).equals(Buffer.from(plain))).toBe(true);
      }
    });

    it('keeps the charset header so the bytes decode right', async () => {
      const response = await safeFetch(`${server.origin}/latin1`, { allowLoopback: true });
      expect(response.contentType).toBe('text/html; charset=iso-8859-1');
      expect(decodeBytes(response.bytes, response.contentType)).toBe('<p>Café crème</p>');
    });
  });

  describe('redirects', () => {
    it('follows a chain of relative redirects up to the limit', async () => {
      const response = await safeFetch(`${server.origin}/r/5`, { allowLoopback: true });
      expect(response.url).toBe(`${server.origin}/article`);
      expect(response.status).toBe(200);
    });

    it('gives up after maxRedirects', async () => {
      const error = await failure(safeFetch(`${server.origin}/r/6`, { allowLoopback: true }));
      expect(error.code).toBe('too_many_redirects');
      expect(error.message).toBe('I gave up on 127.0.0.1: it redirected more than 5 times.');
      expect((await failure(safeFetch(`${server.origin}/loop`, { allowLoopback: true, maxRedirects: 2 }))).code).toBe(
        'too_many_redirects',
      );
    });

    it.each([
      ['http://10.0.0.1/', 'blocked_address'],
      ['http://169.254.169.254/latest/meta-data/iam/', 'blocked_address'],
      ['http://[::ffff:a9fe:a9fe]/', 'blocked_address'],
      ['http://0x0a000001/', 'blocked_address'],
      ['http://internal.example/', 'blocked_address'],
      ['file:///etc/passwd', 'unsupported_scheme'],
    ] as const)('refuses a redirect to %s before connecting to it', async (location, code) => {
      const resolver = fakeResolver({ 'internal.example': ['172.20.0.3'] });
      const error = await failure(
        safeFetch(`${server.origin}/to?${encodeURIComponent(location)}`, { allowLoopback: true, resolver }),
      );
      expect(error.code).toBe(code);
      // The one connection is the first hop to the loopback server.
      expect(connects).toHaveBeenCalledTimes(1);
    });

    it('refuses a redirect to an address with a user name and password before connecting to it', async () => {
      const location = `http://alice:secret@127.0.0.1:${new URL(server.origin).port}/article`;
      const error = await failure(
        safeFetch(`${server.origin}/to?${encodeURIComponent(location)}`, { allowLoopback: true }),
      );
      expect(error.code).toBe('credentials_in_url');
      expect(error.message).toMatch(
        /^127\.0\.0\.1 redirected me elsewhere\. That link to 127\.0\.0\.1 has a user name/,
      );
      expect(connects).toHaveBeenCalledTimes(1);
    });

    it('names the site the user asked for when a redirect is refused', async () => {
      const error = await failure(
        safeFetch(`${server.origin}/to?${encodeURIComponent('http://10.0.0.1/')}`, { allowLoopback: true }),
      );
      expect(error.message).toBe(
        "127.0.0.1 redirected me elsewhere. I won't open that link: 10.0.0.1 is a private network address, which could reach private systems.",
      );
    });
  });

  describe('limits', () => {
    it('times out a body that trickles in (slowloris)', async () => {
      const error = await failure(safeFetch(`${server.origin}/slow-body`, { allowLoopback: true, timeoutMs: 200 }));
      expect(error.code).toBe('timeout');
      expect(error.message).toBe("I couldn't reach 127.0.0.1 (timed out after 200 ms).");
    });

    it('times out a server that never answers', async () => {
      const error = await failure(safeFetch(`${server.origin}/slow-headers`, { allowLoopback: true, timeoutMs: 200 }));
      expect(error.code).toBe('timeout');
    });

    it('times out a resolver that never answers', async () => {
      const hanging: Resolver = () => new Promise(() => {});
      const error = await failure(
        safeFetch('http://slow-dns.example/', { allowLoopback: true, timeoutMs: 200, resolver: hanging }),
      );
      expect(error.code).toBe('timeout');
      expect(error.message).toContain('slow-dns.example');
    });

    it('stops a streamed body at maxBytes', async () => {
      const error = await failure(safeFetch(`${server.origin}/big`, { allowLoopback: true, maxBytes: 64 * 1024 }));
      expect(error.code).toBe('too_large');
      expect(error.message).toBe('The page at 127.0.0.1 is larger than the 64 KB I can read.');
    });

    it('refuses a declared Content-Length over maxBytes without reading', async () => {
      expect((await failure(safeFetch(`${server.origin}/big-declared`, { allowLoopback: true }))).code).toBe(
        'too_large',
      );
    });

    it('stops a gzip bomb at maxBytes of decoded output', async () => {
      const error = await failure(safeFetch(`${server.origin}/bomb`, { allowLoopback: true, maxBytes: 1024 * 1024 }));
      expect(error.code).toBe('too_large');
    });

    it('accepts a body just under the cap', async () => {
      const response = await safeFetch(`${server.origin}/big`, { allowLoopback: true, maxBytes: 256 * 1024 });
      expect(response.bytes.length).toBe(256 * 1024);
    });
  });

  describe('answers', () => {
    it('makes conditional GETs and reports 304 as notModified', async () => {
      const first = await safeFetch(`${server.origin}/feed`, { allowLoopback: true });
      expect(first.etag).toBe('"v1"');
      expect(first.lastModified).toBe('Mon, 02 Mar 2026 10:00:00 GMT');
      expect(first.headers['set-cookie']).toBeUndefined();
      const byEtag = await safeFetch(`${server.origin}/feed`, { allowLoopback: true, ifNoneMatch: first.etag });
      expect(byEtag).toMatchObject({ status: 304, notModified: true });
      expect(byEtag.bytes.length).toBe(0);
      const byDate = await safeFetch(`${server.origin}/feed`, {
        allowLoopback: true,
        ifModifiedSince: first.lastModified,
      });
      expect(byDate.notModified).toBe(true);
    });

    it('reports an error status with its number', async () => {
      const error = await failure(safeFetch(`${server.origin}/status/404`, { allowLoopback: true }));
      expect(error.code).toBe('http_status');
      expect(error.status).toBe(404);
      expect(error.message).toBe('127.0.0.1 answered 404 Not Found.');
    });

    it('refuses a content type outside allowedContentTypes before reading the body', async () => {
      const error = await failure(
        safeFetch(`${server.origin}/pdf`, {
          allowLoopback: true,
          allowedContentTypes: ['text/html', 'application/xhtml+xml'],
        }),
      );
      expect(error.code).toBe('unsupported_content_type');
      expect(error.message).toContain('application/pdf');
    });

    it('lets a response without a Content-Type through allowedContentTypes', async () => {
      const response = await safeFetch(`${server.origin}/untyped`, {
        allowLoopback: true,
        allowedContentTypes: ['text/html'],
      });
      expect(response.contentType).toBe('');
      expect(Buffer.from(response.bytes).toString()).toBe('<p>no content type</p>');
    });

    it('reports a connection closed halfway through the body', async () => {
      const error = await failure(safeFetch(`${server.origin}/half`, { allowLoopback: true }));
      expect(error.code).toBe('connection_failed');
    });

    it('reports broken compression', async () => {
      expect((await failure(safeFetch(`${server.origin}/broken-gzip`, { allowLoopback: true }))).code).toBe(
        'bad_encoding',
      );
    });

    it('reports a refused connection', async () => {
      const closed = await startLoopbackServer();
      const origin = closed.origin;
      await closed.close();
      const error = await failure(safeFetch(`${origin}/article`, { allowLoopback: true }));
      expect(error.code).toBe('connection_failed');
      expect(error.message).toBe("I couldn't reach 127.0.0.1 (connection refused).");
    });
  });
});
