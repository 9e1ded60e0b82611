import { pathToFileURL } from 'node:url';
import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BotStack } from './bot-stack';
import { parseConfig, type BotConfig } from './config';
import { StatefulStack } from './stateful-stack';

export interface NewsBotStacks {
  readonly config: BotConfig;
  readonly stateful: StatefulStack;
  readonly bot: BotStack;
}

/**
 * Creates NewsBot's two stacks in `app` from its context, with cdk-nag's
 * AwsSolutions pack registered. Stacks are environment-agnostic: the account
 * and region come from the credentials at deploy time.
 */
export function buildApp(app: App): NewsBotStacks {
  const config = parseConfig((key) => app.node.tryGetContext(key));
  const prefix = `NewsBot-${config.stage}`;
  const stateful = new StatefulStack(app, `${prefix}-Stateful`, {
    description: `NewsBot ${config.stage}: the DynamoDB table (retained)`,
  });
  const bot = new BotStack(app, `${prefix}-Bot`, {
    description: `NewsBot ${config.stage}: Slack endpoint, functions, queue, schedules, secret, alarms`,
    config,
    table: stateful.table,
    indexNames: stateful.tableDefinition.indexes.map((index) => index.name),
  });
  bot.addStackDependency(stateful);
  Tags.of(app).add('app', 'newsbot');
  Tags.of(app).add('stage', config.stage);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { config, stateful, bot };
}

// Run as the CDK app (cdk.json: "npx tsx cdk/app.ts"), not when imported by tests.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    buildApp(new App());
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
