import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../lambdas/local/runtime';
import { sendCommand } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';

const ARTICLE = `Library Opens Its Doors Until Midnight During Exam Season

The central library will stay open until midnight for the four weeks of the exam season, the city said on Wednesday, after students petitioned for longer hours.

"We had nowhere quiet to work after eight," said student Lena Fischer, who gathered 3,000 signatures. The city said the extra hours would cost about 40,000 a month.

Security staff will be added for the late shifts, and the cafe will stay open until ten.`;

describe('/news add: the same article pasted twice at once', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let runtime: LocalRuntime;

  beforeAll(async () => {
    bed = await startSlackTestbed();
    runtime = bed.runtime;
  });
  afterAll(async () => bed?.close());

  it('stores one article and answers both requests clearly, neither with an apology', async () => {
    const replies = await Promise.all(
      [1, 2, 3].map((n) => sendCommand(runtime.url, `add ${ARTICLE}`, { teamId: 'TPASTE', triggerId: `trigger-${n}` })),
    );
    for (const { status, reply } of replies) {
      expect(status).toBe(200);
      expect(reply.text).toMatch(/Added \*|I already have \*|storing that article right now/);
      expect(reply.text).not.toMatch(/something went wrong/i);
    }
    expect(replies.filter(({ reply }) => /^Added \*/.test(reply.text))).toHaveLength(1);
    const stored = await runtime.store.latestArticles('TPASTE', { limit: 10 });
    expect(stored.items).toHaveLength(1);
  });
});
