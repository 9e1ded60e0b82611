import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACK_CASES,
  judgeAnswer,
  judgeLater,
  sendCase,
  stillServing,
  type AttackTarget,
} from '../../scripts/attack/cases';
import { TEST_SIGNING_SECRET } from '../helpers/slack-request';
import { startSlackTestbed } from '../slack/support/runtime';

/**
 * The attack list `npm run attack` sends to a running `npm start`, sent here
 * to the same runtime started by the suite: every case gets exactly its
 * answer, stores nothing, posts only what it should, and the bot answers
 * the next normal command.
 */
const TEAM = 'T0ATTACK';

describe('Hardening: bad input through the signed Slack endpoint', () => {
  let bed: Awaited<ReturnType<typeof startSlackTestbed>>;
  let target: AttackTarget;
  const postsTo = (name: string) => bed.slack.calls.filter((c) => c.path === `/response/${name}`).map((c) => c.body);

  beforeAll(async () => {
    bed = await startSlackTestbed({ fetchTimeoutMs: 500 });
    target = {
      baseUrl: bed.runtime.url,
      signingSecret: TEST_SIGNING_SECRET,
      teamId: TEAM,
      responseUrl: (name) => bed.slack.responseUrl(name),
    };
  });
  afterAll(async () => bed?.close());

  it.each(ATTACK_CASES.map((c, i) => [c.name, c, `case-${i}`] as const))('%s', async (_name, attack, name) => {
    const answer = await sendCase(target, attack, name);
    expect(judgeAnswer(attack, answer)).toEqual([]);
    await bed.runtime.idle();
    expect(judgeLater(attack, postsTo(name))).toEqual([]);
    // Nothing reached Slack's Web API (no chat.postMessage from an attack).
    expect(bed.slack.calls.filter((c) => c.method !== 'response_url')).toEqual([]);
    // Nothing stored for the attacking team.
    expect((await bed.store.latestArticles(TEAM, { limit: 5 })).items).toEqual([]);
    expect(await stillServing(target)).toEqual([]);
  });

  it('covers every group of attack the issue names', () => {
    const groups = new Set(ATTACK_CASES.map((c) => c.group));
    expect([...groups].sort()).toEqual(['body', 'command', 'interactivity', 'replay', 'signature', 'url']);
  });
});
