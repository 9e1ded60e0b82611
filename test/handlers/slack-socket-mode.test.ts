import { randomUUID } from 'node:crypto';
import tls from 'node:tls';
import { describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { startLocalRuntime } from '../../lambdas/local/runtime';
import { sendCommand, TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from '../helpers/slack-request';

describe('Socket Mode in npm start', () => {
  it('without an app-level token, the runtime opens no Socket Mode connection and makes no TLS connection at all', async () => {
    // Socket Mode would open a TLS WebSocket to Slack; everything local is plain HTTP on loopback.
    const connect = vi.spyOn(tls, 'connect');
    const runtime = await startLocalRuntime({
      dynamoEndpoint: inject('dynamoEndpoint'),
      tableName: `newsbot-socket-${randomUUID().slice(0, 8)}`,
      credentials: { signingSecret: TEST_SIGNING_SECRET, botToken: TEST_BOT_TOKEN },
      logLevel: 'silent',
      print: () => {},
      slackAppToken: '',
    });
    try {
      const { status } = await sendCommand(runtime.url, 'help');
      expect(status).toBe(200);
      expect(runtime.socketMode).toBeUndefined();
      expect(connect).not.toHaveBeenCalled();
    } finally {
      connect.mockRestore();
      await runtime.close();
    }
  });
});
