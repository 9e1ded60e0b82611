import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../lambdas/local/runtime';
import { replyText, sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';

/** A short article of our own, with a title line and two quotes. */
const ARTICLE = `Council Votes to Keep the Night Ferry Running

The town council voted on Tuesday to keep the night ferry to Ostholm running for another three years, after a campaign by shift workers who depend on it.

The ferry carries about 400 passengers a night, most of them hospital and port staff. "Without the boat I would have to move," said nurse Ada Brennan, who works nights at the county hospital.

Councillor Piet Hollander, who proposed the motion, said the service would cost the town 1.2 million a year. "It is money well spent," he said.

The operator said it would add a second crossing at weekends from March.`;

describe('Foundation: a signed /news command through Bolt into DynamoDB and back', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let runtime: LocalRuntime;

  beforeAll(async () => {
    bed = await startSlackTestbed();
    runtime = bed.runtime;
  });
  afterAll(async () => bed?.close());

  it('answers /news help with the commands, ephemeral', async () => {
    const { status, reply } = await sendCommand(runtime.url, 'help');
    expect(status).toBe(200);
    expect(reply.response_type).toBe('ephemeral');
    for (const command of ['summary', 'add', 'help']) expect(reply.text).toContain(`/news ${command}`);
  });

  it('stores pasted text with /news add and finds it again with /news summary <id>', async () => {
    const added = await sendCommand(runtime.url, `add ${ARTICLE}`);
    expect(added.status).toBe(200);
    const id = /`([a-z0-9]+)`/.exec(added.reply.text)?.[1];
    expect(id, added.reply.text).toBeTruthy();
    expect(added.reply.text).toContain('Council Votes to Keep the Night Ferry Running');

    const summary = await sendCommand(runtime.url, `summary ${id}`);
    expect(summary.status).toBe(200);
    const text = replyText(summary.reply);
    expect(text).toContain('Council Votes to Keep the Night Ferry Running');
    expect(text).toContain('night ferry to Ostholm');
  });

  it('refuses a wrong signature with 401 and stores nothing', async () => {
    const before = await runtime.store.latestArticles('T0WRONG', { limit: 10 });
    const { status } = await sendCommand(
      runtime.url,
      `add ${ARTICLE}`,
      { teamId: 'T0WRONG' },
      { secret: 'not-the-secret' },
    );
    expect(status).toBe(401);
    const after = await runtime.store.latestArticles('T0WRONG', { limit: 10 });
    expect(after.items).toHaveLength(before.items.length);
  });

  it('refuses a request signed more than five minutes ago with 401 and stores nothing', async () => {
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const { status } = await sendCommand(runtime.url, `add ${ARTICLE}`, { teamId: 'T0REPLAY' }, { timestamp: old });
    expect(status).toBe(401);
    expect((await runtime.store.latestArticles('T0REPLAY', { limit: 10 })).items).toHaveLength(0);
  });

  it('answers an unknown subcommand with a suggestion and the help', async () => {
    const { reply } = await sendCommand(runtime.url, 'sumary 123');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('Did you mean `/news summary`');
    expect(reply.text).toContain('/news help');
  });
});
