import type { SlackCredentials } from '../config/slack-credentials';
import type { AppDeps } from './command-context';

export interface SocketModeConnection {
  stop(): Promise<void>;
}

/**
 * `npm start` against a real workspace without a public URL: Bolt's Socket
 * Mode receiver opens a WebSocket to Slack with the app-level token
 * (`xapp-…`) and receives the same commands and clicks the Lambda gets over
 * HTTPS, handled by the same listeners.
 *
 * Bolt is imported here, lazily, and only `npm start` imports this file: the
 * Lambda bundle never reaches Socket Mode or its WebSocket stack.
 */
export async function connectSocketMode(options: {
  appToken: string;
  credentials: SlackCredentials;
  deps: AppDeps;
}): Promise<SocketModeConnection> {
  const [{ App, SocketModeReceiver, LogLevel }, { boltAppOptions, registerNewsListeners }] = await Promise.all([
    import('@slack/bolt'),
    import('./bolt-app'),
  ]);
  const receiver = new SocketModeReceiver({ appToken: options.appToken, logLevel: LogLevel.WARN });
  const app = new App({ receiver, ...boltAppOptions(options.credentials, undefined) });
  registerNewsListeners(app, options.deps);
  await app.start();
  return { stop: () => app.stop() as Promise<void> };
}
