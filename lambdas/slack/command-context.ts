import type { JobQueue } from '../app/jobs';
import type { Logger } from '../config/logger';
import type { NewsStore } from '../store/index';
import type { SlackMessage, SlackPoster } from './poster';

/** The ports every command and action may use; built once per cold start. */
export interface AppDeps {
  store: NewsStore;
  jobs: JobQueue;
  slack: SlackPoster;
  clock: () => Date;
  log: Logger;
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
  run(ctx: CommandContext): Promise<Reply>;
}

export function ephemeral(text: string, blocks?: unknown[]): Reply {
  return { response_type: 'ephemeral', text, ...(blocks ? { blocks } : {}) };
}
