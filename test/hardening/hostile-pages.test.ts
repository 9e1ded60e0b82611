import net from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { FetchError, safeFetch, type Resolver } from '../../lambdas/fetch/index';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';
import { startHostileServer } from './support/hostile-server';

const TEAM = 'T0HOSTILE';
const HOST = '127.0.0.1';

/**
 * Links to pages that attack the worker, sent as `/news add <url>` through
 * the real handler: every one is answered "Reading 127.0.0.1…" at once, then
 * exactly one clear answer replaces it at response_url, nothing is stored,
 * and the next command works.
 */
describe('Hardening: hostile pages through the slow path', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  /** A second runtime with a short fetch deadline, for the slow pages only: a busy machine must not time out the others. */
  let hurried: Awaited<ReturnType<typeof startSlackTestbed>>;
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let n = 0;

  beforeAll(async () => {
    bed = await startSlackTestbed({ fetchTimeoutMs: 10_000 });
    hurried = await startSlackTestbed({ fetchTimeoutMs: 300 });
    web = await startHostileServer();
  });
  afterAll(async () => {
    await web?.close();
    await hurried?.close();
    await bed?.close();
  });

  async function addAndWait(path: string) {
    const b = bedFor(path);
    const name = `page-${++n}`;
    const url = web.url(path);
    const { status, reply } = await sendCommand(b.runtime.url, `add <${url}>`, {
      teamId: TEAM,
      responseUrl: b.slack.responseUrl(name),
    });
    expect(status).toBe(200);
    expect(reply).toEqual({ response_type: 'ephemeral', text: `Reading ${HOST}…` });
    await b.runtime.idle();
    const posts = b.slack.calls.filter((c) => c.path === `/response/${name}`).map((c) => c.body);
    return { url, posts };
  }

  const SLOW = new Set(['/slowloris', '/slow-headers']);
  const bedFor = (path: string) => (SLOW.has(path) ? hurried : bed);

  async function expectServingAndNothingStored(url: string, path: string) {
    const b = bedFor(path);
    expect(await b.store.findArticleByUrl(TEAM, url)).toBeUndefined();
    expect((await b.store.latestArticles(TEAM, { limit: 5 })).items).toEqual([]);
    const { reply } = await sendCommand(b.runtime.url, 'latest', { teamId: TEAM });
    expect(reply).toEqual({ response_type: 'ephemeral', text: 'No articles yet. Add one with `/news add <url>`.' });
  }

  it.each([
    [
      '/to-metadata',
      `${HOST} redirected me elsewhere. I won't open that link: 169.254.169.254 is the cloud metadata address, which could reach private systems.`,
    ],
    [
      '/to-private-decimal',
      `${HOST} redirected me elsewhere. I won't open that link: 10.0.0.1 is a private network address, which could reach private systems.`,
    ],
    [
      '/to-mapped',
      `${HOST} redirected me elsewhere. I won't open that link: [::ffff:c0a8:1] points to an IPv4 address wrapped in IPv6, which could reach private systems.`,
    ],
    ['/to-file', `${HOST} redirected me elsewhere. I can only open http and https links, not file: links.`],
    ['/to-gopher', `${HOST} redirected me elsewhere. I can only open http and https links, not gopher: links.`],
    ['/huge', `The page at ${HOST} is larger than the 5 MB I can read.`],
    ['/huge-declared', `The page at ${HOST} is larger than the 5 MB I can read.`],
    ['/gzip-bomb', `The page at ${HOST} is larger than the 5 MB I can read.`],
    ['/slowloris', `I couldn't reach ${HOST} (timed out after 300 ms).`],
    ['/slow-headers', `I couldn't reach ${HOST} (timed out after 300 ms).`],
    ['/half', `I couldn't read the page at ${HOST} (the connection closed before it finished).`],
    ['/pdf', `That page is not an article: ${HOST} sent application/pdf, not a web page.`],
    ['/image', `That page is not an article: ${HOST} sent image/jpeg, not a web page.`],
    ['/binary', `That page is not an article: ${HOST} sent application/octet-stream, not a web page.`],
  ])('%s is answered with exactly: %s', async (path, expected) => {
    const { url, posts } = await addAndWait(path);
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ response_type: 'ephemeral', replace_original: true, text: expected });
    await expectServingAndNothingStored(url, path);
  });

  it('random bytes sent as text/html are "not an article", stored nowhere', async () => {
    const { url, posts } = await addAndWait('/binary-as-html');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toMatch(
      new RegExp(
        `^That page is not an article: I found only \\d+ words of story text on ${HOST.replace(/\./g, '\\.')}\\.$`,
      ),
    );
    await expectServingAndNothingStored(url, '/binary-as-html');
  });

  it('an HTML bomb (100,000 nested divs around the story) is read, not hung on: one card, one article', async () => {
    const { url, posts } = await addAndWait('/html-bomb');
    expect(posts).toHaveLength(1);
    expect(replyText(posts[0])).toContain('Harbour Council Keeps the Night Ferry Running');
    const stored = await bed.store.findArticleByUrl(TEAM, url);
    expect(stored?.body).toContain('Without the late boat I would have to sleep in the staff room');
  });
});

/** A resolver from a fixed table: tests never use real DNS. */
function tableResolver(table: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
}

describe('Hardening: loopback and DNS tricks at the fetcher, loopback not allowed (as in AWS)', () => {
  let web: Awaited<ReturnType<typeof startHostileServer>>;
  let connects: MockInstance;
  beforeAll(async () => {
    web = await startHostileServer();
  });
  afterAll(async () => web?.close());
  beforeEach(() => {
    connects = vi.spyOn(net.Socket.prototype, 'connect');
  });
  afterEach(() => connects.mockRestore());

  const resolver = tableResolver({
    'news.example': ['127.0.0.1'],
    'split.example': ['93.184.216.34', '10.0.0.7'],
    'metadata.example': ['169.254.169.254'],
    'v6.example': ['::1'],
    localhost: ['127.0.0.1'],
  });

  it.each([
    [`http://127.0.0.1:PORT/story`, /127\.0\.0\.1 is a loopback address/],
    [`http://2130706433:PORT/story`, /127\.0\.0\.1 is a loopback address/],
    [`http://0x7f.1:PORT/story`, /127\.0\.0\.1 is a loopback address/],
    [`http://0177.0.0.01:PORT/story`, /127\.0\.0\.1 is a loopback address/],
    [`http://127.1:PORT/story`, /127\.0\.0\.1 is a loopback address/],
    [`http://[::1]:PORT/story`, /\[::1\] points to a loopback address/],
    [`http://[0:0:0:0:0:0:0:1]:PORT/story`, /loopback address/],
    [`http://localhost:PORT/story`, /localhost is this machine/],
    [`http://LOCALHOST.:PORT/story`, /localhost is this machine/],
    [`http://news.example:PORT/story`, /news\.example points to a loopback address/],
    [`http://split.example:PORT/story`, /split\.example points to a private network address/],
    [`http://metadata.example/latest/`, /metadata\.example points to the cloud metadata address/],
    [`http://v6.example:PORT/`, /v6\.example points to a loopback address/],
  ])('%s is refused before any socket is opened', async (template, message) => {
    const before = web.requests();
    const url = template.replace('PORT', String(web.port));
    const error = await safeFetch(url, { allowLoopback: false, resolver, timeoutMs: 500 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('blocked_address');
    expect((error as FetchError).message).toMatch(message);
    expect(connects).not.toHaveBeenCalled();
    expect(web.requests()).toBe(before);
  });

  it('a redirect to a name that resolves to a private address is refused before its connection', async () => {
    // The first hop is the loopback test server (allowed here only so it can answer); the second is never dialled.
    const error = await safeFetch(`${web.base}/to-metadata`, { allowLoopback: true, resolver, timeoutMs: 500 }).then(
      () => undefined,
      (e: unknown) => e as FetchError,
    );
    expect(error?.code).toBe('blocked_address');
    expect(connects).toHaveBeenCalledTimes(1);
  });
});
