import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Annotations, Capture, Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotStack, SLACK_UNAUTHORIZED_THRESHOLD } from '../../cdk/bot-stack';
import { parseConfig } from '../../cdk/config';
import { HANDLERS, type HandlerName } from '../../cdk/constructs/bot-function';
import { StatefulStack, type TableDefinition } from '../../cdk/stateful-stack';
import { METRICS } from '../../lambdas/observability/emf';
import { TABLE } from '../../lambdas/store/table';
import { asArray, newsBotApp, roleStatements, tempOutdir, type Statement, type SynthesizedNewsBot } from './helpers';

type Json = unknown;
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

/** Sizes per function, as the brief sets them. */
const SIZING: Record<HandlerName, { MemorySize: number; Timeout: number }> = {
  slack: { MemorySize: 512, Timeout: 10 },
  worker: { MemorySize: 1024, Timeout: 60 },
  feeds: { MemorySize: 512, Timeout: 300 },
  digest: { MemorySize: 512, Timeout: 300 },
};

const TABLE_ITEM_ACTIONS = [
  'dynamodb:BatchGetItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
  'dynamodb:GetItem',
  'dynamodb:PutItem',
  'dynamodb:Query',
  'dynamodb:UpdateItem',
];
const INDEX_RESOURCES = TABLE.indexes.map((index) => `table/index/${index.name}`);

/** What an SQS on-failure destination grants the function's role. */
const SEND_TO_QUEUE = 'sqs:GetQueueAttributes,sqs:GetQueueUrl,sqs:SendMessage';

/** What each role may do: action set → resources, nothing more. */
const EXPECTED_GRANTS: Record<HandlerName, Record<string, string[]>> = {
  slack: {
    'logs:CreateLogStream,logs:PutLogEvents': ['ownLogGroup'],
    [TABLE_ITEM_ACTIONS.join(',')]: ['table'],
    'dynamodb:Query': INDEX_RESOURCES,
    'secretsmanager:GetSecretValue': ['slackSecret'],
    'sqs:SendMessage': ['jobQueue'],
  },
  worker: {
    'logs:CreateLogStream,logs:PutLogEvents': ['ownLogGroup'],
    [TABLE_ITEM_ACTIONS.join(',')]: ['table'],
    'dynamodb:Query': INDEX_RESOURCES,
    'secretsmanager:GetSecretValue': ['slackSecret'],
    // What the SQS event source mapping needs to poll the queue; SendMessage for the items a subscription queues.
    'sqs:ChangeMessageVisibility,sqs:DeleteMessage,sqs:GetQueueAttributes,sqs:GetQueueUrl,sqs:ReceiveMessage': [
      'jobQueue',
    ],
    'sqs:SendMessage': ['jobQueue'],
  },
  feeds: {
    'logs:CreateLogStream,logs:PutLogEvents': ['ownLogGroup'],
    [TABLE_ITEM_ACTIONS.join(',')]: ['table'],
    'dynamodb:Query': INDEX_RESOURCES,
    'secretsmanager:GetSecretValue': ['slackSecret'],
    'sqs:SendMessage': ['jobQueue'],
    // The on-failure destination of its asynchronous (scheduled) invocations.
    [SEND_TO_QUEUE]: ['scheduleFailureQueue'],
  },
  digest: {
    'logs:CreateLogStream,logs:PutLogEvents': ['ownLogGroup'],
    [TABLE_ITEM_ACTIONS.join(',')]: ['table'],
    'dynamodb:Query': INDEX_RESOURCES,
    'secretsmanager:GetSecretValue': ['slackSecret'],
    [SEND_TO_QUEUE]: ['scheduleFailureQueue'],
  },
};

describe('Class: BotStack', () => {
  let synth: SynthesizedNewsBot;
  let template: Template;
  let stateful: Template;
  // The resolved logical ID: stateful resources pin theirs (keepLogicalId), which getLogicalId does not see.
  const id = (construct: { node: { defaultChild?: unknown } }) =>
    synth.bot.resolve((construct.node.defaultChild as CfnElement).logicalId) as string;
  const fnId = (name: HandlerName) => id(synth.bot.functions[name].fn);

  /** The stateful stack's export of the table ARN, as the bot stack imports it. */
  let tableArnImport: Json;
  let tableNameImport: Json;

  beforeAll(() => {
    synth = newsBotApp();
    template = Template.fromStack(synth.bot);
    stateful = Template.fromStack(synth.stateful);
    const tableId = synth.stateful.getLogicalId(synth.stateful.table.node.defaultChild as never);
    const outputs = stateful.toJSON().Outputs as Record<string, { Value: Json; Export: { Name: string } }>;
    const exportOf = (value: Json) => Object.values(outputs).find((output) => same(output.Value, value))?.Export.Name;
    tableArnImport = { 'Fn::ImportValue': exportOf({ 'Fn::GetAtt': [tableId, 'Arn'] }) };
    tableNameImport = { 'Fn::ImportValue': exportOf({ Ref: tableId }) };
  });
  afterAll(() => synth.cleanup());

  /** A readable name for a policy resource of `fn`'s role. */
  function nameResource(fn: HandlerName, resource: Json): string {
    if (resource === '*') return '*';
    if (same(resource, tableArnImport)) return 'table';
    const join = (resource as { 'Fn::Join'?: [string, Json[]] })['Fn::Join'];
    if (join && join[0] === '' && join[1].length === 2 && same(join[1][0], tableArnImport)) return `table${join[1][1]}`;
    if (same(resource, { Ref: id(synth.bot.secret) })) return 'slackSecret';
    if (same(resource, { 'Fn::GetAtt': [id(synth.bot.jobQueue), 'Arn'] })) return 'jobQueue';
    if (same(resource, { 'Fn::GetAtt': [id(synth.bot.deadLetterQueue), 'Arn'] })) return 'deadLetterQueue';
    if (same(resource, { 'Fn::GetAtt': [id(synth.bot.scheduleFailureQueue), 'Arn'] })) return 'scheduleFailureQueue';
    if (same(resource, { 'Fn::GetAtt': [id(synth.bot.functions[fn].logGroup), 'Arn'] })) return 'ownLogGroup';
    return JSON.stringify(resource);
  }

  function grantsOf(fn: HandlerName, statements: Statement[]): Record<string, string[]> {
    const grants: Record<string, string[]> = {};
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.Condition).toBeUndefined();
      const key = asArray(statement.Action as string | string[])
        .sort()
        .join(',');
      expect(grants[key], `two statements grant ${key}`).toBeUndefined();
      grants[key] = asArray(statement.Resource)
        .map((resource) => nameResource(fn, resource))
        .sort();
    }
    return grants;
  }

  describe('functions', () => {
    it('has exactly the four NewsBot functions', () => {
      template.resourceCountIs('AWS::Lambda::Function', 4);
      expect(Object.keys(synth.bot.functions).sort()).toEqual([...HANDLERS].sort());
    });

    it.each(HANDLERS)('runs %s on Node 22, arm64, bundled as ESM, with its size and timeout', (name) => {
      template.hasResource('AWS::Lambda::Function', {
        Properties: {
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          ...SIZING[name],
        },
        DependsOn: Match.arrayWith([Match.stringLikeRegexp(`^${name.charAt(0).toUpperCase()}${name.slice(1)}Role`)]),
      });
      const props = template.findResources('AWS::Lambda::Function')[fnId(name)]?.Properties;
      expect(props).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], ...SIZING[name] });
    });

    it.each(HANDLERS)(
      'gives %s the environment its handler reads (the queue URL only to those that queue jobs)',
      (name) => {
        const props = template.findResources('AWS::Lambda::Function')[fnId(name)]?.Properties;
        const sendsJobs = name === 'slack' || name === 'feeds' || name === 'worker';
        expect(props.Environment.Variables).toEqual({
          TABLE_NAME: tableNameImport,
          ...(sendsJobs && { JOB_QUEUE_URL: { Ref: id(synth.bot.jobQueue) } }),
          ...(name === 'worker' && { JOB_MAX_RECEIVES: '3' }),
          // The page parser's young generation: only the worker; the Slack function's cold start stays bare.
          ...(name === 'worker' && { NODE_OPTIONS: '--max-semi-space-size=64' }),
          SLACK_SECRET_ID: { Ref: id(synth.bot.secret) },
          LOG_LEVEL: 'info',
          STAGE: 'prod',
          SERVICE: `newsbot-${name}`,
        });
      },
    );

    it.each(HANDLERS)('logs %s as JSON into its own log group kept 30 days', (name) => {
      const logGroupId = id(synth.bot.functions[name].logGroup);
      const props = template.findResources('AWS::Lambda::Function')[fnId(name)]?.Properties;
      expect(props.LoggingConfig).toEqual({
        LogFormat: 'JSON',
        ApplicationLogLevel: 'INFO',
        SystemLogLevel: 'INFO',
        LogGroup: { Ref: logGroupId },
      });
      expect(template.findResources('AWS::Logs::LogGroup')[logGroupId]?.Properties.RetentionInDays).toBe(30);
    });

    it('follows the config: log level and retention', () => {
      const other = newsBotApp({ context: { stage: 'dev', logLevel: 'debug', logRetentionDays: 7 } });
      try {
        const t = Template.fromStack(other.bot);
        t.allResourcesProperties('AWS::Lambda::Function', {
          Environment: { Variables: Match.objectLike({ LOG_LEVEL: 'debug', STAGE: 'dev' }) },
          LoggingConfig: Match.objectLike({ ApplicationLogLevel: 'DEBUG' }),
        });
        t.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
        expect(other.bot.stackName).toBe('NewsBot-dev-Bot');
        expect(other.stateful.stackName).toBe('NewsBot-dev-Stateful');
      } finally {
        other.cleanup();
      }
    });
  });

  describe('least privilege', () => {
    it.each(HANDLERS)('grants %s exactly the actions and resources it needs', (name) => {
      const roleId = synth.bot.getLogicalId(synth.bot.functions[name].role.node.defaultChild as never);
      expect(grantsOf(name, roleStatements(template, roleId))).toEqual(
        Object.fromEntries(Object.entries(EXPECTED_GRANTS[name]).map(([k, v]) => [k, [...v].sort()])),
      );
    });

    it('lists each GSI as its own index ARN (no index/* wildcard)', () => {
      const indexQueries = roleStatements(template, id(synth.bot.functions.slack.role)).find(
        (statement) => statement.Sid === 'TableIndexQueries',
      );
      expect(asArray(indexQueries?.Resource).map((r) => nameResource('slack', r))).toEqual(INDEX_RESOURCES);
    });

    it('has no statement with Resource "*" and no wildcard action in any policy of the stack', () => {
      const policies = Object.values(template.findResources('AWS::IAM::Policy'));
      expect(policies.length).toBe(4);
      for (const policy of policies) {
        for (const statement of policy.Properties.PolicyDocument.Statement as Statement[]) {
          expect(asArray(statement.Resource)).not.toContain('*');
          for (const action of asArray(statement.Action)) expect(action).not.toMatch(/\*/);
        }
      }
    });

    it('gives the roles no managed policy and no inline policy beyond the one checked above', () => {
      const roles = template.findResources('AWS::IAM::Role');
      expect(Object.keys(roles)).toHaveLength(4);
      for (const role of Object.values(roles)) {
        expect(role.Properties.ManagedPolicyArns).toBeUndefined();
        expect(role.Properties.Policies).toBeUndefined();
        expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
        ]);
      }
    });

    it('lets a function query a GSI the storage code adds, by name', () => {
      const def: TableDefinition = {
        ...TABLE,
        indexes: [...TABLE.indexes, { name: 'GSI9', partitionKey: 'GSI9PK', sortKey: 'GSI9SK' }],
      };
      const { outdir, cleanup } = tempOutdir();
      try {
        const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
        const table = new StatefulStack(app, 'S', { tableDefinition: def });
        const bot = new BotStack(app, 'B', {
          config: parseConfig((key) => (key === 'newsbot' ? { stage: 'test' } : undefined)),
          table: table.table,
          indexNames: table.tableDefinition.indexes.map((index) => index.name),
        });
        const statements = roleStatements(
          Template.fromStack(bot),
          bot.getLogicalId(bot.functions.digest.role.node.defaultChild as never),
        );
        const query = statements.find((statement) => statement.Sid === 'TableIndexQueries');
        expect(JSON.stringify(query?.Resource)).toMatch(/\/index\/GSI9"/);
        expect(asArray(query?.Resource)).toHaveLength(3);
      } finally {
        cleanup();
      }
    });
  });

  describe('Slack endpoint', () => {
    it('is a Function URL on the slack function without IAM auth (Slack signs each request)', () => {
      template.resourceCountIs('AWS::Lambda::Url', 1);
      template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [fnId('slack'), 'Arn'] },
      });
      template.hasResource('AWS::Lambda::Url', {
        Metadata: { 'newsbot:authentication': Match.stringLikeRegexp('Slack.*signature') },
      });
    });

    it('is public only through the URL', () => {
      template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        Principal: '*',
        InvokedViaFunctionUrl: true,
        FunctionName: { 'Fn::GetAtt': [fnId('slack'), 'Arn'] },
      });
      const publicPermissions = Object.values(template.findResources('AWS::Lambda::Permission')).filter(
        (permission) => permission.Properties.Principal === '*',
      );
      for (const permission of publicPermissions) {
        expect(
          permission.Properties.FunctionUrlAuthType === 'NONE' || permission.Properties.InvokedViaFunctionUrl === true,
        ).toBe(true);
        expect(permission.Properties.FunctionName).toEqual({ 'Fn::GetAtt': [fnId('slack'), 'Arn'] });
      }
    });

    it('is printed as the SlackEndpoint output', () => {
      const urlId = Object.keys(template.findResources('AWS::Lambda::Url'))[0];
      template.hasOutput('SlackEndpoint', { Value: { 'Fn::GetAtt': [urlId, 'FunctionUrl'] } });
    });
  });

  describe('job queue', () => {
    it('sends a job to the dead-letter queue after three receives', () => {
      // The job queue, its dead-letter queue, and the schedules' dead-letter queue.
      template.resourceCountIs('AWS::SQS::Queue', 3);
      template.hasResourceProperties('AWS::SQS::Queue', {
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [id(synth.bot.deadLetterQueue), 'Arn'] },
          maxReceiveCount: 3,
        },
        SqsManagedSseEnabled: true,
      });
    });

    it('keeps dead letters 14 days, encrypted', () => {
      expect(template.findResources('AWS::SQS::Queue')[id(synth.bot.deadLetterQueue)]?.Properties).toMatchObject({
        MessageRetentionPeriod: 14 * 24 * 3600,
        SqsManagedSseEnabled: true,
      });
    });

    it('hides a received job for at least six worker timeouts', () => {
      const visibility =
        template.findResources('AWS::SQS::Queue')[id(synth.bot.jobQueue)]?.Properties.VisibilityTimeout;
      expect(visibility).toBeGreaterThanOrEqual(6 * SIZING.worker.Timeout);
    });

    it('refuses requests without TLS on both queues', () => {
      for (const queue of [synth.bot.jobQueue, synth.bot.deadLetterQueue]) {
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: id(queue) }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Action: 'sqs:*',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    });

    it('feeds the worker small batches and takes back only the failed messages', () => {
      const batchSize = new Capture();
      template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [id(synth.bot.jobQueue), 'Arn'] },
        FunctionName: { Ref: fnId('worker') },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BatchSize: batchSize,
      });
      expect(batchSize.asNumber()).toBeGreaterThanOrEqual(1);
      expect(batchSize.asNumber()).toBeLessThanOrEqual(10);
    });
  });

  describe('schedules', () => {
    it('runs feeds and digest every 15 minutes by default', () => {
      template.resourceCountIs('AWS::Events::Rule', 2);
      for (const name of ['feeds', 'digest'] as const) {
        template.hasResourceProperties('AWS::Events::Rule', {
          ScheduleExpression: 'rate(15 minutes)',
          State: 'ENABLED',
          Targets: [
            Match.objectLike({
              Arn: { 'Fn::GetAtt': [fnId(name), 'Arn'] },
              RetryPolicy: { MaximumRetryAttempts: 2 },
              DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^ScheduleDeadLetterQueue'), 'Arn'] } },
            }),
          ],
        });
        template.hasResourceProperties('AWS::Lambda::Permission', {
          Action: 'lambda:InvokeFunction',
          Principal: 'events.amazonaws.com',
          FunctionName: { 'Fn::GetAtt': [fnId(name), 'Arn'] },
        });
      }
    });

    it.each(['feeds', 'digest'] as const)(
      'sends a failed %s invocation (thrown or timed out, after two Lambda retries) to the failure queue, which alarms',
      (name) => {
        // EventBridge invokes asynchronously: the rule's dead-letter config never sees a function error,
        // only this event invoke config does.
        template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: fnId(name) },
          Qualifier: '$LATEST',
          MaximumRetryAttempts: 2,
          MaximumEventAgeInSeconds: 15 * 60,
          DestinationConfig: {
            OnFailure: { Destination: { 'Fn::GetAtt': [id(synth.bot.scheduleFailureQueue), 'Arn'] } },
          },
        });
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [
            { Name: 'QueueName', Value: { 'Fn::GetAtt': [id(synth.bot.scheduleFailureQueue), 'QueueName'] } },
          ],
          Threshold: 0,
          ComparisonOperator: 'GreaterThanThreshold',
          AlarmActions: [{ Ref: id(synth.bot.alarmTopic) }],
        });
      },
    );

    it('gives only the scheduled functions an event invoke config, the event age capped at six hours', () => {
      template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 2);
      const other = newsBotApp({ context: { digestRate: 24 * 60 } });
      try {
        const digestId = other.bot.getLogicalId(other.bot.functions.digest.fn.node.defaultChild as never);
        Template.fromStack(other.bot).hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
          FunctionName: { Ref: digestId },
          MaximumEventAgeInSeconds: 6 * 60 * 60,
        });
      } finally {
        other.cleanup();
      }
    });

    it('takes each rate from the config', () => {
      const other = newsBotApp({ context: { feedPollRate: 5, digestRate: 60 } });
      try {
        const t = Template.fromStack(other.bot);
        const feedsId = other.bot.getLogicalId(other.bot.functions.feeds.fn.node.defaultChild as never);
        const digestId = other.bot.getLogicalId(other.bot.functions.digest.fn.node.defaultChild as never);
        t.hasResourceProperties('AWS::Events::Rule', {
          ScheduleExpression: 'rate(5 minutes)',
          Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [feedsId, 'Arn'] } })],
        });
        t.hasResourceProperties('AWS::Events::Rule', {
          ScheduleExpression: 'rate(1 hour)',
          Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [digestId, 'Arn'] } })],
        });
      } finally {
        other.cleanup();
      }
    });
  });

  describe('concurrency', () => {
    it('reserves 20 concurrent executions for the public Slack function, and none for the others', () => {
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description: Match.stringLikeRegexp('Slack endpoint'),
        ReservedConcurrentExecutions: 20,
      });
      const reserved = Object.values(template.findResources('AWS::Lambda::Function')).filter(
        (fn) => fn.Properties.ReservedConcurrentExecutions !== undefined,
      );
      expect(reserved).toHaveLength(1);
    });

    it('takes the reservation from the config, and reserves nothing when it is "off"', () => {
      for (const [value, expected] of [
        [5, 5],
        ['off', undefined],
      ] as const) {
        const other = newsBotApp({ context: { slackReservedConcurrency: value } });
        try {
          const slack = Template.fromStack(other.bot).toJSON().Resources[
            other.bot.getLogicalId(other.bot.functions.slack.fn.node.defaultChild as never)
          ];
          expect(slack.Properties.ReservedConcurrentExecutions).toBe(expected);
        } finally {
          other.cleanup();
        }
      }
    });
  });

  describe('Slack secret', () => {
    it('is created with a placeholder JSON holding the keys the config reads', () => {
      template.resourceCountIs('AWS::SecretsManager::Secret', 1);
      const secretString = new Capture();
      template.hasResourceProperties('AWS::SecretsManager::Secret', { SecretString: secretString });
      expect(JSON.parse(secretString.asString())).toEqual({ signingSecret: 'REPLACE_ME', botToken: 'REPLACE_ME' });
    });

    it('is named to the functions by ARN and printed as an output', () => {
      template.allResourcesProperties('AWS::Lambda::Function', {
        Environment: { Variables: Match.objectLike({ SLACK_SECRET_ID: { Ref: id(synth.bot.secret) } }) },
      });
      template.hasOutput('SlackSecretArn', { Value: { Ref: id(synth.bot.secret) } });
    });
  });

  describe('stateful resources', () => {
    // CloudFormation replaces a resource whose logical ID changes: a new secret would drop the Slack
    // credentials, a new queue its messages, a new topic its confirmed subscriptions, a new function
    // (with its log group) its Function URL.
    it('keep the logical IDs they had before BotStack was split into constructs', () => {
      const resources = template.toJSON().Resources as Record<string, { Type: string }>;
      const typeOf = (logicalId: string) => resources[logicalId]?.Type;
      expect(typeOf('SlackSecretEA96F13F')).toBe('AWS::SecretsManager::Secret');
      expect(typeOf('JobQueueEE3AD499')).toBe('AWS::SQS::Queue');
      expect(typeOf('JobDeadLetterQueue4B560BCC')).toBe('AWS::SQS::Queue');
      expect(typeOf('ScheduleDeadLetterQueue0D6B48D2')).toBe('AWS::SQS::Queue');
      expect(typeOf('AlarmTopicD01E77F9')).toBe('AWS::SNS::Topic');
      const FUNCTION_ID: Record<HandlerName, string> = {
        slack: 'SlackFunction4E9309F2',
        worker: 'WorkerFunctionAF8A26AF',
        feeds: 'FeedsFunction89A3670F',
        digest: 'DigestFunction7BDDFF27',
      };
      for (const name of HANDLERS) expect(fnId(name)).toBe(FUNCTION_ID[name]);
      expect(typeOf('SlackFunctionFunctionUrlC0238149')).toBe('AWS::Lambda::Url');
      for (const logs of ['SlackLogsCDDCFC67', 'WorkerLogs4B5B6506', 'FeedsLogsCCCD1496', 'DigestLogs96C9745F'])
        expect(typeOf(logs)).toBe('AWS::Logs::LogGroup');
    });
  });

  describe('tracing', () => {
    it('is off unless the context switches X-Ray on (-c tracing=true), then active on every function', () => {
      const functions = (t: Template) => Object.values(t.findResources('AWS::Lambda::Function'));
      expect(functions(template).every((fn) => fn.Properties.TracingConfig === undefined)).toBe(true);
      const traced = newsBotApp({ context: { tracing: 'true' } });
      try {
        const all = functions(Template.fromStack(traced.bot));
        expect(all).toHaveLength(4);
        for (const fn of all) expect(fn.Properties.TracingConfig).toEqual({ Mode: 'Active' });
      } finally {
        traced.cleanup();
      }
    });
  });

  describe('alarms', () => {
    const topicRef = () => ({ Ref: id(synth.bot.alarmTopic) });

    it('sends every alarm to the topic, and the topic requires TLS', () => {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
      // errors and throttles per function, the job dead-letter queue and the schedule failure queue, digest failures, refused Slack requests
      expect(alarms).toHaveLength(4 * 2 + 2 + 2);
      for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([topicRef()]);
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 'sns:Publish',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it.each(HANDLERS)("alarms on %s's errors and throttles", (name) => {
      for (const metric of ['Errors', 'Throttles']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId(name) } }],
          Statistic: 'Sum',
          Threshold: 1,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        });
      }
    });

    it('alarms as soon as the dead-letter queue holds a message', () => {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id(synth.bot.deadLetterQueue), 'QueueName'] } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    });

    it('alarms on one digest failure and on a burst of refused Slack requests (the EMF metrics the code writes)', () => {
      for (const [metricName, threshold] of [
        [METRICS.digestFailures, 1],
        [METRICS.slackUnauthorized, SLACK_UNAUTHORIZED_THRESHOLD],
      ] as const) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'NewsBot/prod',
          MetricName: metricName,
          Statistic: 'Sum',
          Threshold: threshold,
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          AlarmActions: [topicRef()],
        });
      }
      // No log metric filter counts the same failures a second time in the same namespace.
      template.resourceCountIs('AWS::Logs::MetricFilter', 0);
    });

    it('subscribes no email unless alarmEmail is set', () => {
      template.resourceCountIs('AWS::SNS::Subscription', 0);
    });

    it('subscribes alarmEmail to the topic', () => {
      const other = newsBotApp({ context: { alarmEmail: 'oncall@example.com' } });
      try {
        Template.fromStack(other.bot).hasResourceProperties('AWS::SNS::Subscription', {
          Protocol: 'email',
          Endpoint: 'oncall@example.com',
          TopicArn: { Ref: other.bot.resolve((other.bot.alarmTopic.node.defaultChild as CfnElement).logicalId) },
        });
      } finally {
        other.cleanup();
      }
    });
  });

  it('synthesizes without a warning or error annotation on either stack', () => {
    for (const stack of [synth.bot, synth.stateful]) {
      const annotations = Annotations.fromStack(stack);
      expect(annotations.findWarning('*', Match.anyValue())).toEqual([]);
      expect(annotations.findError('*', Match.anyValue())).toEqual([]);
    }
  });

  it('is environment-agnostic: no account or region written into either template', () => {
    for (const stack of [synth.bot, synth.stateful] as Stack[]) {
      expect(stack.environment).toBe('aws://unknown-account/unknown-region');
    }
    const text = JSON.stringify(template.toJSON()) + JSON.stringify(stateful.toJSON());
    expect(text).not.toMatch(/\b\d{12}\b/);
  });
});
