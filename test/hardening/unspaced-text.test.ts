import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../lambdas/core/word-count';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';

/**
 * Chinese and Japanese are written without spaces: counted by whitespace, a
 * whole article was "2 words" and could not be stored. And an article whose
 * title comes out empty gets a readable one, never "Added ** as `id`".
 */
const TEAM = 'T0UNSPACED';
// Our own text: a short made-up report about a harbour ferry, in Chinese and in Japanese.
const CHINESE = [
  '港口委员会星期一投票决定继续运营夜间渡轮。',
  '委员们说，很多工人每天晚上都要坐这班船回家，如果取消，他们只能开车绕很远的路。',
  '渡轮公司表示，明年的燃料费用会上涨，但是票价暂时不会改变。',
  '一位船长说：“我们会尽量让船准时出发。”',
].join('');
const JAPANESE = [
  '港の委員会は月曜日、夜のフェリーの運航を続けることを決めました。',
  '委員たちは、毎晩この船で家に帰る人が多く、廃止すれば遠回りして車で帰るしかないと話しました。',
  '会社は来年の燃料費が上がるものの、運賃はしばらく変えないとしています。',
].join('');

describe('Hardening: text in scripts without spaces', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  beforeAll(async () => {
    bed = await startSlackTestbed();
  });
  afterAll(async () => bed?.close());

  it('counts words of unspaced scripts with the segmenter', () => {
    expect(countWords(CHINESE)).toBeGreaterThan(40);
    expect(countWords(JAPANESE)).toBeGreaterThan(30);
    expect(countWords('three plain words')).toBe(3);
  });

  it.each([
    ['Chinese', CHINESE],
    ['Japanese', JAPANESE],
  ])('pasted %s text is stored, with a readable title', async (_name, text) => {
    const { status, reply } = await sendCommand(bed.runtime.url, `add ${text}`, { teamId: TEAM });
    expect(status).toBe(200);
    expect(reply.text).toMatch(/^Added \*[^*\s][^*]*\* as `[0-9a-z]{8}`\.$/);
    expect(reply.text).not.toContain('**');
    expect(replyText(reply)).not.toMatch(/ words?: paste the whole article/);
  });

  it('an article whose title is only invisible characters gets a readable one', async () => {
    const body = `\u200B\u202E\n\n${'The ferry will keep running at night, the harbour council said on Monday after a long debate. '.repeat(4)}`;
    const { reply } = await sendCommand(bed.runtime.url, `add ${body}`, { teamId: TEAM });
    expect(reply.text).toMatch(/^Added \*The ferry will keep running at night/);
  });
});
