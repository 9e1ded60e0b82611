import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { replyText, sendCommand } from '../helpers/slack-request';
import { blockAction, buttonsOf, click } from '../slack/support/requests';
import { seedArticle } from '../slack/support/seed';
import { fixture, startSlackTestbed, TEAM } from '../slack/support/runtime';

describe('Slack buttons: signed block_actions through the real handler', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let ferryId = '';
  let manyQuotesId = '';

  const send = (text: string) => sendCommand(bed.runtime.url, text, { teamId: TEAM });
  /** The card's button with this label, clicked, answering at `responseUrl`. */
  async function clickButton(message: any, label: string, extra: Partial<Parameters<typeof blockAction>[0]> = {}) {
    const button = buttonsOf(message).find((b) => b.text === label);
    if (!button) throw new Error(`no button ${label} in ${JSON.stringify(message.blocks)}`);
    const result = await click(
      bed.runtime.url,
      blockAction({
        actionId: button.actionId,
        value: button.value,
        teamId: TEAM,
        responseUrl: bed.slack.responseUrl('click'),
        ...extra,
      }),
    );
    expect(result.status).toBe(200);
    return result;
  }
  const posts = () => bed.slack.calls.filter((c) => c.method === 'response_url');

  beforeAll(async () => {
    bed = await startSlackTestbed();
    ferryId = (
      await seedArticle(bed.store, TEAM, {
        text: fixture('night-ferry.txt'),
        url: 'https://news.example.org/2026/11/night-ferry',
        quotes: [
          { text: 'Without the boat I would have to move,', speaker: 'Ada Brennan', role: 'nurse' },
          { text: 'It is money well spent,', speaker: 'Piet Hollander', role: 'councillor' },
        ],
      })
    ).id;
    // An article with more quotes than one page of the "Quotes" answer holds.
    const lines = Array.from(
      { length: 25 },
      (_, i) => `"Point number ${i + 1} matters to the town," said speaker Tomas Berg in reply ${i + 1}.`,
    );
    manyQuotesId = (
      await seedArticle(bed.store, TEAM, {
        text: `Long Hearing on the Harbour Plan\n\nThe hearing on the harbour plan lasted eleven hours on Wednesday, with every clause read aloud.\n\n${lines.join('\n\n')}`,
        url: 'https://news.example.org/long-hearing',
        quotes: Array.from({ length: 25 }, (_, i) => ({
          text: `Point number ${i + 1} matters to the town,`,
          speaker: 'Tomas Berg',
          role: 'planner',
        })),
      })
    ).id;
  });
  beforeEach(() => {
    bed.slack.calls.length = 0;
  });
  afterAll(async () => bed?.close());

  it('"Share in channel" posts the same card in_channel via response_url, saying who shared it, without a Share button', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    await clickButton(reply, 'Share in channel', { userId: 'U0SHARER', messageTs: '1700000001.000001' });
    expect(posts()).toHaveLength(1);
    const shared = posts()[0]!.body;
    expect(shared.response_type).toBe('in_channel');
    expect(shared.replace_original).toBe(false);
    const text = replyText(shared);
    expect(text).toContain('Council Votes to Keep the Night Ferry Running');
    expect(text).toContain('Shared by <@U0SHARER>');
    expect(buttonsOf(shared).map((b) => b.text)).toEqual(['Quotes', 'Full summary']);
  });

  it('"Share in channel" falls back to chat.postMessage in the channel when Slack gives no response_url', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    await clickButton(reply, 'Share in channel', {
      responseUrl: undefined,
      channelId: 'C0NEWS',
      messageTs: '1700000002.000001',
    });
    const calls = bed.slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.channel).toBe('C0NEWS');
    expect(calls[0]!.authorization).toMatch(/^Bearer xoxb-/);
    expect(replyText(calls[0]!.body)).toContain('Shared by <@U0CLICKER>');
  });

  it('"Share in channel" that Slack refused (500) can be clicked again, and then shares once', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    bed.slack.answerNext({ status: 500, body: 'oops' });
    await clickButton(reply, 'Share in channel', { messageTs: '1700000009.000001' });
    // The failed share, then the apology.
    expect(posts()).toHaveLength(2);
    expect(posts()[1]!.body.text).toContain('something went wrong on my side');
    await clickButton(reply, 'Share in channel', { messageTs: '1700000009.000001' });
    expect(posts()).toHaveLength(3);
    expect(posts()[2]!.body.response_type).toBe('in_channel');
    await clickButton(reply, 'Share in channel', { messageTs: '1700000009.000001' });
    expect(posts()).toHaveLength(3);
  });

  it('a double-clicked "Share in channel" shares once', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    await clickButton(reply, 'Share in channel', { messageTs: '1700000003.000001' });
    await clickButton(reply, 'Share in channel', { messageTs: '1700000003.000001' });
    expect(posts()).toHaveLength(1);
  });

  it('"Quotes" answers only the clicker with the article\'s quotes, speakers and roles', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    await clickButton(reply, 'Quotes', { messageTs: '1700000004.000001' });
    expect(posts()).toHaveLength(1);
    const answer = posts()[0]!.body;
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.replace_original).toBe(false);
    const text = replyText(answer);
    expect(text).toContain('— Ada Brennan, nurse');
    expect(text).toContain('— Piet Hollander, councillor');
  });

  it('"Quotes" pages an article with many quotes, and "Show more" replaces the page with the next', async () => {
    const { reply } = await send(`summary ${manyQuotesId}`);
    await clickButton(reply, 'Quotes', { messageTs: '1700000005.000001' });
    const first = posts()[0]!.body;
    expect(replyText(first).match(/— Tomas Berg/g)).toHaveLength(20);
    expect(first.blocks.length).toBeLessThanOrEqual(50);
    await clickButton(first, 'Show more', { messageTs: '1700000005.000002' });
    const second = posts()[1]!.body;
    expect(second.replace_original).toBe(true);
    expect(replyText(second).match(/— Tomas Berg/g)).toHaveLength(5);
    expect(replyText(second)).toContain('Point number 25 matters');
    expect(buttonsOf(second).some((b) => b.text === 'Show more')).toBe(false);
  });

  it('"Full summary" answers with a longer summary and who speaks', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    await clickButton(reply, 'Full summary', { messageTs: '1700000006.000001' });
    const text = replyText(posts()[0]!.body);
    expect(text).toContain(
      'Full summary: <https://news.example.org/2026/11/night-ferry|Council Votes to Keep the Night Ferry Running>',
    );
    expect(text).toContain('Speaking: Ada Brennan (nurse), Piet Hollander (councillor)');
    const bullets = posts()[0]!.body.blocks.filter((b: any) => b.text?.text?.startsWith('• '));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
  });

  it('a double-clicked "Full summary" answers once', async () => {
    const { reply } = await send(`summary ${ferryId}`);
    await clickButton(reply, 'Full summary', { messageTs: '1700000007.000001' });
    await clickButton(reply, 'Full summary', { messageTs: '1700000007.000001' });
    expect(posts()).toHaveLength(1);
  });

  it('"Show more" on quote results pages through every quote of a speaker, each once', async () => {
    for (let i = 1; i <= 3; i++) {
      await seedArticle(bed.store, TEAM, {
        text: `Quay Report ${i}\n\nThe quay report number ${i} was published on Monday by the harbour office, with new figures on ships and cargo.\n\n"Report ${i} shows the quay is busy," said harbour master Ines Okoro. "Cargo is up again," Okoro said.`,
        url: `https://news.example.org/quay-${i}`,
        quotes: [
          { text: `Report ${i} shows the quay is busy,`, speaker: 'Ines Okoro', role: 'harbour master' },
          { text: 'Cargo is up again,', speaker: 'Ines Okoro', role: 'harbour master' },
        ],
      });
    }
    const { reply } = await send('quote Okoro');
    const seen = [...replyText(reply).matchAll(/“([^”]+)”\n> — Ines Okoro/g)].map((m) => m[1]);
    await clickButton(reply, 'Show more', { messageTs: '1700000008.000001' });
    const next = posts()[0]!.body;
    expect(next.replace_original).toBe(true);
    seen.push(...[...replyText(next).matchAll(/“([^”]+)”\n> — Ines Okoro/g)].map((m) => m[1]));
    expect(seen).toHaveLength(6);
    expect(new Set(seen.filter((q) => q?.startsWith('Report'))).size).toBe(3);
  });

  it('"Show more" on quotes asked for by role ("the planner") continues by role, not by a name', async () => {
    const { reply } = await send('quote the planner');
    expect(replyText(reply)).toContain('Quotes by speakers described as “planner”');
    expect(replyText(reply).match(/— Tomas Berg, planner/g)).toHaveLength(5);
    await clickButton(reply, 'Show more', { messageTs: '1700000010.000001' });
    const next = posts()[0]!.body;
    expect(replyText(next)).toContain('Quotes by speakers described as “planner” (continued)');
    expect(replyText(next).match(/— Tomas Berg, planner/g)).toHaveLength(5);
    const firstQuote = replyText(reply).match(/“Point number \d+ matters to the town\.”/)![0];
    expect(replyText(next)).not.toContain(firstQuote);
  });

  it('"Show more" on latest continues the list; "Summary" next to an article opens its card', async () => {
    const { reply } = await send('latest 2');
    await clickButton(reply, 'Show more', { messageTs: '1700000009.000001' });
    const next = posts()[0]!.body;
    expect(replyText(next)).toContain('Latest articles (continued)');
    await clickButton(next, 'Summary', { messageTs: '1700000009.000002' });
    const card = posts()[1]!.body;
    expect(buttonsOf(card).map((b) => b.text)).toEqual(['Share in channel', 'Quotes', 'Full summary']);
  });

  it('a button for an article that is gone says so', async () => {
    await click(
      bed.runtime.url,
      blockAction({
        actionId: 'news_full_summary',
        value: JSON.stringify({ id: 'zzzzzzzz' }),
        teamId: TEAM,
        responseUrl: bed.slack.responseUrl('gone'),
      }),
    );
    expect(posts()[0]!.body.text).toContain('no longer stored');
  });

  it('a tampered "Show more" cursor gets a plain answer, not an error', async () => {
    const value = JSON.stringify({ l: 'latest', c: 'eyJrIjp7IlBLIjoiVEVBTSNUMFhYWCJ9fQ' });
    await click(
      bed.runtime.url,
      blockAction({ actionId: 'news_more', value, teamId: TEAM, responseUrl: bed.slack.responseUrl('t') }),
    );
    expect(posts()[0]!.body.text).toContain('run the command again');
  });

  it("a button from another team cannot read this team's article", async () => {
    await click(
      bed.runtime.url,
      blockAction({
        actionId: 'news_full_summary',
        value: JSON.stringify({ id: ferryId }),
        teamId: 'T0OTHER',
        responseUrl: bed.slack.responseUrl('o'),
      }),
    );
    expect(posts()[0]!.body.text).toContain('no longer stored');
  });

  it('refuses an unsigned click with 401 and posts nothing', async () => {
    const body = new URLSearchParams({
      payload: JSON.stringify(
        blockAction({
          actionId: 'news_share',
          value: JSON.stringify({ id: ferryId }),
          teamId: TEAM,
          responseUrl: bed.slack.responseUrl('x'),
        }),
      ),
    }).toString();
    const res = await fetch(`${bed.runtime.url}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
        'x-slack-signature': 'v0=' + '0'.repeat(64),
      },
      body,
    });
    expect(res.status).toBe(401);
    expect(bed.slack.calls).toHaveLength(0);
  });
});
