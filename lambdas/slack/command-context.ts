import type { DigestDeps } from '../app/digest/send-channel-digest';
import type { JobQueue } from '../app/jobs';
import type { Logger } from '../config/logger';
import type { NewsStore } from '../store/index';
import type { SlackMessage, SlackPoster } from './poster';
import type { KnownBlock } from '@slack/types';

/**
 * How long a command may wait for a concurrent ingest of the same article
 * (the store's default suits the worker): Slack gives a command 3 seconds.
 */
export const SLACK_INGEST_WAIT_MS = 1_500;

/** The ports every command and action may use; built once per cold start. */
export interface AppDeps {
  store: NewsStore;
  jobs: JobQueue;
  slack: SlackPoster;
  clock: () => Date;
  log: Logger;
  /** The digest use case's ports for a command (no waiting out rate limits), from lambdas/wiring. */
  digestPorts: () => Promise<DigestDeps>;
}

/** One `/news <subcommand> <args>` request, with the caller's identity. */
export interface CommandContext {
  /** Everything after the subcommand, trimmed and cleaned of control characters. */
  args: string;
  teamId: string;
  channelId: string;
  userId: string;
  responseUrl: string;
  triggerId: string;
  /** Shown to the user in apologies so a log line can be found. */
  requestId: string;
  deps: AppDeps;
}

export type Reply = SlackMessage;

export interface NewsCommand {
  name: string;
  /** Other words that reach this command ("quotes" → quote). */
  aliases?: readonly string[];
  /** e.g. `summary <url | article id | words>` */
  usage: string;
  /** One line for the help text. */
  description: string;
  /** Resolves to undefined when there is nothing to say: a repeated delivery of a request already answered. */
  run(ctx: CommandContext): Promise<Reply | undefined>;
}

export function ephemeral(text: string, blocks?: KnownBlock[]): Reply {
  return { response_type: 'ephemeral', text, ...(blocks ? { blocks } : {}) };
}

/** How long a handled request is remembered: Slack retries within minutes; a day leaves a wide margin. */
export const HANDLED_REQUEST_TTL_SECONDS = 24 * 3600;

/** The answer to a repeated delivery of a request already done: it says nothing of what was done, so a replay learns nothing. */
export const ALREADY_DONE = 'I already did this request (Slack sent it twice); nothing more to do.';

/**
 * True the first time this command request is seen. Only commands with side
 * effects ask: a repeated read costs nothing, a repeated add, unsubscribe or
 * digest would act twice. A replayed request (the same signed body, sent
 * again within the 5-minute window) carries the same trigger_id and
 * response_url, so either identifies it; a request with neither (a local
 * trial) always counts as new.
 */
export async function firstDelivery(ctx: CommandContext): Promise<boolean> {
  const fingerprint = ctx.triggerId || ctx.responseUrl;
  if (!fingerprint) return true;
  return ctx.deps.store.markHandled(ctx.teamId, `command#${fingerprint}`, HANDLED_REQUEST_TTL_SECONDS);
}
