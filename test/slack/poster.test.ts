import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postDigest } from '../../lambdas/app/digest/post-policy';
import { PostRefusedError } from '../../lambdas/app/ports/poster';
import { createSlackPoster, SlackAnswerUnreadableError } from '../../lambdas/slack/poster';
import { startFakeSlack } from '../helpers/fake-slack';

/** The poster reads Slack's Web API answers through a schema, against a loopback Slack. */
describe('Function: createSlackPoster, reading Slack’s answers', () => {
  let slack: Awaited<ReturnType<typeof startFakeSlack>>;
  let poster: ReturnType<typeof createSlackPoster>;
  beforeAll(async () => {
    slack = await startFakeSlack();
    poster = createSlackPoster({ token: 'xoxb-test', apiUrl: slack.apiUrl });
  });
  afterAll(() => slack?.close());

  it('returns the posted message’s ts, and the whole answer of any other method', async () => {
    expect((await poster.postMessage('C1', { text: 'hi' })).ts).toMatch(/^\d+\.\d+$/);
    slack.answerNext({ body: { ok: true, channels: [{ id: 'C9' }], response_metadata: { next_cursor: '' } } });
    expect(await poster.call('users.conversations', { user: 'U1' })).toMatchObject({
      ok: true,
      channels: [{ id: 'C9' }],
    });
    // Posted without a ts: posted all the same (a thread cannot hang under it, nothing is posted twice).
    slack.answerNext({ body: { ok: true } });
    expect(await poster.postMessage('C1', { text: 'hi' })).toEqual({ ts: '' });
  });

  it('throws Slack’s error code as a refused post, and unknown_error when Slack names none', async () => {
    slack.answerNext({ body: { ok: false, error: 'channel_not_found' } }, { body: { ok: false } });
    const refused = await poster.postMessage('C1', { text: 'hi' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PostRefusedError);
    expect(refused).toMatchObject({ code: 'channel_not_found' });
    await expect(poster.call('views.publish', { user_id: 'U1' })).rejects.toMatchObject({ code: 'unknown_error' });
  });

  it('calls an answer that is not Slack’s JSON unreadable, not refused, so a digest is not posted again because of it', async () => {
    for (const body of [
      '<html>502 Bad Gateway</html>',
      '{"ok": tru',
      JSON.stringify({ ok: 'yes' }),
      JSON.stringify([1, 2]),
    ]) {
      slack.answerNext({ body });
      const error = await poster.call('chat.unfurl', {}).catch((caught: unknown) => caught);
      expect(error, body).toBeInstanceOf(SlackAnswerUnreadableError);
      expect(error).not.toBeInstanceOf(PostRefusedError);
      expect(error).toMatchObject({ code: 'invalid_response' });
    }
    slack.answerNext({ body: '<html>200, but a proxy page</html>' });
    const waits: number[] = [];
    await expect(
      postDigest({ slack: poster, sleep: async (ms) => void waits.push(ms) }, 'C1', { text: 'digest' }),
    ).rejects.toMatchObject({
      name: 'DigestPostFailedError',
      surelyNotPosted: false,
    });
    expect(waits).toEqual([]);
  });
});
