import { readEnv, type RuntimeEnv } from '../config/env';
import { createLogger, type Logger } from '../config/logger';
import { slackCredentialSource, type SlackCredentials } from '../config/slack-credentials';
import type { SlackPoster } from '../slack/poster';
import { createRotatingPoster } from '../slack/rotating-poster';
import type { NewsStore, StoreOptions } from '../store/index';
import type { RuntimeParts } from '../wiring/use-case-deps';

/**
 * What every handler builds the same way at cold start: its environment, its
 * logger, the store, the Slack credentials and poster. Handlers keep only
 * what differs.
 */
export interface HandlerBase {
  env: RuntimeEnv;
  log: Logger;
  /** The store, with the DynamoDB SDK imported on first use (not while the function loads: see lambdas/slack/lazy-listener.ts). */
  store(options?: Pick<StoreOptions, 'ingestWaitMs'>): Promise<NewsStore>;
  slack(): Promise<{ credentials: SlackCredentials; poster: SlackPoster }>;
  /**
   * What the use cases are wired from in AWS (lambdas/wiring): the table, the
   * rotating poster, the real clock, this logger. The job queue is added by the
   * handlers that queue (so the digest bundle carries no SQS client).
   */
  parts(options?: Pick<StoreOptions, 'ingestWaitMs'>): Promise<Omit<RuntimeParts, 'jobs'>>;
}

export function handlerBase(fn: 'slack' | 'worker' | 'feeds' | 'digest'): HandlerBase {
  const env = readEnv();
  const log = createLogger(env.logLevel, { service: 'newsbot', fn, stage: env.stage });
  const base: HandlerBase = {
    env,
    log,
    async store(options = {}) {
      const [{ createDocumentClient, localClientConfig }, { createStore }] = await Promise.all([
        import('../store/client'),
        import('../store/index'),
      ]);
      // DYNAMODB_ENDPOINT: a DynamoDB on this machine (tests, local trials); unset in AWS.
      const dynamo = env.dynamodbEndpoint ? localClientConfig(env.dynamodbEndpoint) : {};
      return createStore({ client: createDocumentClient(dynamo), tableName: env.tableName, ...options });
    },
    async slack() {
      // The poster asks the source for the token at each call, so a rotated secret reaches it (TTL, or at once after invalid_auth).
      const source = slackCredentialSource(env.slackSecretId);
      const credentials = await source.get();
      const tokens = {
        token: async () => (await source.get()).botToken,
        reread: async () => (await source.reread()).botToken,
      };
      return { credentials, poster: createRotatingPoster(tokens, { apiUrl: env.slackApiUrl }) };
    },
    async parts(options = {}) {
      const [store, { poster }] = await Promise.all([base.store(options), base.slack()]);
      return { store, slack: poster, clock: () => new Date(), log };
    },
  };
  return base;
}

/**
 * Build something once per container, on first use. A failed build (a
 * throttled secret read, say) is not kept: the next invocation tries again.
 */
export function once<T>(build: () => Promise<T>): () => Promise<T> {
  let ready: Promise<T> | undefined;
  return () =>
    (ready ??= build().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
}
