import { describe, expect, it } from 'vitest';
import { createLogger } from '../../lambdas/config/logger';
import type { AppDeps } from '../../lambdas/slack/command-context';
import { dispatchNewsCommand } from '../../lambdas/slack/dispatch';
import type { NewsStore } from '../../lambdas/store/index';
import { slackAppDeps } from '../../lambdas/wiring/slack-app-deps';

/** A store whose every method fails like an unreachable table would. */
const brokenStore = new Proxy({} as NewsStore, {
  get: () => async () => {
    throw new Error('connect ECONNREFUSED 10.0.0.1:443 at DynamoDB.send (internal/stack/trace.js:1:1)');
  },
});

function depsLoggingTo(lines: string[]): AppDeps {
  return slackAppDeps({
    store: brokenStore,
    jobs: { enqueue: async () => {} },
    slack: { postMessage: async () => ({ ts: '1' }), respond: async () => {}, call: async () => ({ ok: true }) },
    clock: () => new Date('2026-11-28T00:00:00Z'),
    log: createLogger('info', {}, (line) => lines.push(line)),
  });
}

const payload = (text: string) => ({
  text,
  team_id: 'T1',
  channel_id: 'C1',
  user_id: 'U1',
  response_url: '',
  trigger_id: 't1',
});

describe('Function: dispatchNewsCommand', () => {
  it('turns an internal error into a short apology with the request id, and logs the error with that id', async () => {
    const lines: string[] = [];
    const reply = await dispatchNewsCommand(payload('quote Kessler'), depsLoggingTo(lines), 'req12345');
    expect(reply?.response_type).toBe('ephemeral');
    expect(reply?.text).toBe(
      'Sorry, something went wrong on my side (request req12345). Please try again in a minute.',
    );
    expect(JSON.stringify(reply)).not.toMatch(/ECONNREFUSED|stack|trace/);
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.event === 'command_failed');
    expect(logged).toMatchObject({ level: 'ERROR', requestId: 'req12345', command: 'quote', teamId: 'T1' });
    expect(logged.error.message).toContain('ECONNREFUSED');
  });

  it('echoes an unknown subcommand cut between characters, never inside an emoji', async () => {
    const reply = await dispatchNewsCommand(payload(`a${'😀'.repeat(40)}`), depsLoggingTo([]), 'req1');
    expect(reply?.text).toMatch(/^I don't know “a(😀)+”/u);
  });

  it('refuses a payload without a team id instead of reading undefined keys', async () => {
    const lines: string[] = [];
    const reply = await dispatchNewsCommand({ ...payload('help'), team_id: '' }, depsLoggingTo(lines), 'req0');
    expect(reply?.text).toContain("can't read");
    expect(lines.some((l) => l.includes('slash_command_malformed'))).toBe(true);
  });
});
