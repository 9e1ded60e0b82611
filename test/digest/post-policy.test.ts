import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestPausedError, DigestPostFailedError, postDigest } from '../../lambdas/app/digest/post-policy';
import { createSlackPoster } from '../../lambdas/slack/poster';
import { startFakeSlack } from '../helpers/fake-slack';

describe('Function: postDigest (against a loopback Slack API)', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(() => slack?.close());

  function post() {
    const waits: number[] = [];
    const poster = createSlackPoster({ token: 'xoxb-test', apiUrl: slack.apiUrl });
    const result = postDigest({ slack: poster, sleep: async (ms) => void waits.push(ms) }, 'C1', { text: 'digest' });
    return { result, waits };
  }

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive'])(
    'stops at once on %s, for the caller to pause the channel',
    async (error) => {
      slack.answerNext({ body: { ok: false, error } });
      const { result, waits } = post();
      await expect(result).rejects.toEqual(new DigestPausedError(error));
      expect(waits).toEqual([]);
    },
  );

  it('waits exactly the Retry-After Slack gives on a 429, then posts', async () => {
    slack.answerNext({ status: 429, headers: { 'retry-after': '12' }, body: { ok: false, error: 'ratelimited' } });
    const { result, waits } = post();
    await expect(result).resolves.toMatchObject({ ts: expect.any(String) });
    expect(waits).toEqual([12_000]);
  });

  it('does not wait out a Retry-After longer than a minute inside one run', async () => {
    slack.answerNext({ status: 429, headers: { 'retry-after': '120' }, body: { ok: false, error: 'ratelimited' } });
    const { result, waits } = post();
    await expect(result).rejects.toBeInstanceOf(DigestPostFailedError);
    expect(waits).toEqual([]);
  });

  it('backs off on Slack errors worth retrying (1 s, 2 s, 4 s), then gives up', async () => {
    slack.answerNext(
      { body: { ok: false, error: 'internal_error' } },
      { status: 500, body: 'oops' },
      { status: 502, body: 'bad gateway' },
      { body: { ok: false, error: 'fatal_error' } },
    );
    const { result, waits } = post();
    await expect(result).rejects.toMatchObject({
      name: 'DigestPostFailedError',
      attempts: 4,
      code: 'fatal_error',
      surelyNotPosted: true,
    });
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('retries a refused connection and says nothing was posted', async () => {
    const { createServer } = await import('node:http');
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const waits: number[] = [];
    const poster = createSlackPoster({ token: 'xoxb-test', apiUrl: `http://127.0.0.1:${port}/api/` });
    const result = postDigest({ slack: poster, sleep: async (ms) => void waits.push(ms) }, 'C1', { text: 'digest' });
    await expect(result).rejects.toMatchObject({
      name: 'DigestPostFailedError',
      code: 'ECONNREFUSED',
      surelyNotPosted: true,
    });
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('does not retry a failure after which Slack may have posted, and says so', async () => {
    const poster = {
      postMessage: async () =>
        Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      respond: async () => {},
      call: async () => ({ ok: true }),
    };
    const waits: number[] = [];
    const result = postDigest({ slack: poster, sleep: async (ms) => void waits.push(ms) }, 'C1', { text: 'digest' });
    await expect(result).rejects.toMatchObject({
      name: 'DigestPostFailedError',
      code: 'TimeoutError',
      surelyNotPosted: false,
    });
    expect(waits).toEqual([]);
  });

  it('fails at once on an error that would repeat (invalid_blocks)', async () => {
    slack.answerNext({ body: { ok: false, error: 'invalid_blocks' } });
    const { result, waits } = post();
    await expect(result).rejects.toMatchObject({ name: 'DigestPostFailedError', attempts: 1, code: 'invalid_blocks' });
    expect(waits).toEqual([]);
  });
});
