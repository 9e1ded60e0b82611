import type { Resolver } from '../fetch/resolver';
import type { Server } from 'node:http';
import { addArticleFromText } from '../app/add-article';
import { runJob } from '../app/run-job';
import { createLogger, type LogLevel } from '../config/logger';
import type { SlackCredentials } from '../config/slack-credentials';
import { pollDueFeeds } from '../app/feeds/poll-due-feeds';
import { runDueDigests } from '../app/digest/run-due-digests';
import { createSlackHandler } from '../slack/bolt-app';
import { SLACK_INGEST_WAIT_MS } from '../slack/command-context';
import type { SocketModeConnection } from '../slack/socket-mode-app';
import { createSlackPoster, type SlackPoster } from '../slack/poster';
import { createDocumentClient, localClientConfig } from '../store/client';
import { createStore, type NewsStore } from '../store/index';
import { ensureTable } from './dynamodb';
import { createInProcessQueue } from './in-process-queue';
import { SAMPLE_ARTICLE_TEXT, SAMPLE_ARTICLE_URL } from './sample-article';
import { createLocalServer, listen } from './server';
import { createSlackOutbox } from './slack-outbox';
import { digestDeps } from '../wiring/digest-deps';
import { slackAppDeps } from '../wiring/slack-app-deps';
import { feedDeps, safeFetchers, workerDeps, type RuntimeParts } from '../wiring/use-case-deps';

export const LOCAL_TEAM_ID = 'T0LOCAL';

export interface LocalRuntime {
  url: string;
  store: NewsStore;
  server: Server;
  /** Resolves when every queued job has run. */
  idle(): Promise<void>;
  /** One run of the feed poller and the digest run, as the schedules do. */
  runSchedules(): Promise<void>;
  /** The Socket Mode connection to a real workspace, when an app-level token was given. */
  socketMode?: SocketModeConnection;
  close(): Promise<void>;
}

/**
 * Everything `npm start` runs, in one process: the Slack handler behind a
 * local HTTP server, the worker on an in-process queue, DynamoDB at
 * `dynamoEndpoint`. Tests start the same runtime.
 */
export async function startLocalRuntime(options: {
  dynamoEndpoint: string;
  tableName: string;
  credentials: SlackCredentials;
  port?: number;
  /** Slack Web API base; when absent, the runtime's own outbox at /api/ answers. */
  slackApiUrl?: string;
  logLevel?: LogLevel;
  /** Where log lines go (default: stdout); tests capture them to check what is logged. */
  logWrite?: (line: string) => void;
  seedSample?: boolean;
  print?: (line: string) => void;
  /** The fetcher's total deadline for a page (default: the fetcher's 10 s); tests shorten it. */
  fetchTimeoutMs?: number;
  /** The fetcher's DNS lookup (default: the system's); tests point invented hosts at a loopback server. */
  resolver?: Resolver;
  /**
   * An app-level token (`xapp-…`, SLACK_APP_TOKEN): also receive commands from
   * a real workspace over Socket Mode. Without it nothing connects to Slack.
   */
  slackAppToken?: string;
  /**
   * Run the feed poller and the digest run this often, as the two EventBridge
   * schedules do in AWS. Off when absent (tests call `runSchedules()` themselves).
   */
  scheduleEveryMs?: number;
  /** The runtime's clock (default: the real one); tests move it to make schedules due. */
  clock?: () => Date;
}): Promise<LocalRuntime> {
  const print = options.print ?? ((line: string) => console.log(line));
  const log = createLogger(options.logLevel ?? 'warn', { service: 'newsbot', fn: 'local' }, options.logWrite);
  await ensureTable(options.dynamoEndpoint, options.tableName);
  const client = createDocumentClient(localClientConfig(options.dynamoEndpoint));
  const store = createStore({ client, tableName: options.tableName });
  const clock = options.clock ?? (() => new Date());

  if (options.seedSample) {
    await addArticleFromText(store, {
      teamId: LOCAL_TEAM_ID,
      text: SAMPLE_ARTICLE_TEXT,
      url: SAMPLE_ARTICLE_URL,
      now: clock(),
      source: 'sample',
    });
  }

  const outbox = options.slackApiUrl
    ? undefined
    : createSlackOutbox((m) =>
        print(`[slack ${m.method}] ${m.channel ?? m.user ?? ''} ${m.text ?? Object.keys(m.unfurls ?? {}).join(' ')}`),
      );
  let apiUrl = options.slackApiUrl ?? 'http://127.0.0.1:1/api/';
  const poster = () => createSlackPoster({ token: options.credentials.botToken, apiUrl });
  // Resolved per call: the outbox URL is known only once the server listens.
  const slack: SlackPoster = {
    postMessage: (c, m) => poster().postMessage(c, m),
    respond: (u, m) => poster().respond(u, m),
    call: (m, b) => poster().call(m, b),
  };
  const fetchers = safeFetchers({ timeoutMs: options.fetchTimeoutMs, resolver: options.resolver });
  // The worker's deps name the queue that runs it: a subscription queues its feed's items.
  const parts = (): RuntimeParts => ({ store, slack, jobs, clock, log });
  const jobs = createInProcessQueue((job) => runJob(workerDeps(parts(), fetchers), job), log);

  // The same table, with the wait a Slack request can afford.
  const deps = slackAppDeps({
    ...parts(),
    store: createStore({ client, tableName: options.tableName, now: clock, ingestWaitMs: SLACK_INGEST_WAIT_MS }),
  });
  const handler = createSlackHandler({ credentials: options.credentials, deps });
  const server = createLocalServer({ handler, outbox, idle: () => jobs.idle() });
  const url = await listen(server, options.port ?? 0);
  if (!options.slackApiUrl) apiUrl = `${url}/api/`;
  const runSchedules = async () => {
    const at = clock();
    const polled = await pollDueFeeds(feedDeps(parts(), fetchers));
    const digests = await runDueDigests(digestDeps(parts()));
    if (polled.polled || digests.due)
      print(
        `[schedule ${at.toISOString()}] polled ${polled.polled} feed(s), queued ${polled.queued} item(s); ${digests.due} digest(s) due, ${digests.failed} failed`,
      );
  };
  let running = false;
  const timer = options.scheduleEveryMs
    ? setInterval(() => {
        if (running) return;
        running = true;
        runSchedules()
          .catch((error: unknown) => log.error('local_schedule_failed', { error }))
          .finally(() => (running = false));
      }, options.scheduleEveryMs)
    : undefined;
  timer?.unref();
  // Imported only when asked for, so a run without the token never loads Socket Mode.
  const socketMode = options.slackAppToken
    ? await (await import('../slack/socket-mode-app')).connectSocketMode({
        appToken: options.slackAppToken,
        credentials: options.credentials,
        deps,
      })
    : undefined;
  return {
    url,
    store,
    server,
    socketMode,
    idle: () => jobs.idle(),
    runSchedules,
    close: async () => {
      clearInterval(timer);
      await socketMode?.stop();
      await jobs.idle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      client.destroy();
    },
  };
}
