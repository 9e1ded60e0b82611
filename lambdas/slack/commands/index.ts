import type { NewsCommand } from '../command-context';
import { addCommand } from './add';
import { digestCommand } from './digest';
import { feedsCommand } from './feeds';
import { filterCommand } from './filter';
import { helpCommand } from './help';
import { latestCommand } from './latest';
import { quoteCommand } from './quote';
import { scheduleCommand } from './schedule';
import { searchCommand } from './search';
import { subscribeCommand } from './subscribe';
import { summaryCommand } from './summary';
import { unsubscribeCommand } from './unsubscribe';

/**
 * Every `/news` subcommand, in the order the help lists them.
 * To add a command: write `commands/<name>.ts` exporting a NewsCommand and list it here.
 */
export const COMMANDS: readonly NewsCommand[] = [
  summaryCommand,
  quoteCommand,
  addCommand,
  latestCommand,
  searchCommand,
  subscribeCommand,
  unsubscribeCommand,
  feedsCommand,
  filterCommand,
  scheduleCommand,
  digestCommand,
  helpCommand(() => COMMANDS),
];

export function findCommand(name: string): NewsCommand | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}
