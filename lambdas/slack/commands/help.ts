import { ephemeral, type NewsCommand } from '../command-context';

/** The help text, built from the registered commands so it cannot go stale. */
export function helpText(commands: readonly NewsCommand[]): string {
  const lines = commands.map((c) => `• \`/news ${c.usage}\` — ${c.description}`);
  return ['*NewsBot reads the news for your team.*', ...lines].join('\n');
}

export function helpCommand(commands: () => readonly NewsCommand[]): NewsCommand {
  return {
    name: 'help',
    aliases: ['?', 'commands'],
    usage: 'help',
    description: 'This list.',
    async run() {
      return ephemeral(helpText(commands()));
    },
  };
}
