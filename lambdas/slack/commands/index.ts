import type { NewsCommand } from '../command-context';
import { addCommand } from './add';
import { helpCommand } from './help';
import { latestCommand } from './latest';
import { quoteCommand } from './quote';
import { searchCommand } from './search';
import { summaryCommand } from './summary';

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
  helpCommand(() => COMMANDS),
];

export function findCommand(name: string): NewsCommand | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}
