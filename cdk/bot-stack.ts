import { CfnOutput, Duration, Stack, type CfnResource, type StackProps } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import { FunctionUrlAuthType, type FunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { BotConfig } from './config';
import { BotAlarms, capitalize } from './constructs/bot-alarms';
import { BotFunction, type HandlerName } from './constructs/bot-function';
import { JOB_MAX_RECEIVES, JobQueue, WORKER_TIMEOUT } from './constructs/job-queue';
import { Schedules } from './constructs/schedules';
import { SlackSecret } from './constructs/slack-secret';

export { DIGEST_FAILED_EVENT, SLACK_UNAUTHORIZED_THRESHOLD } from './constructs/bot-alarms';

/** DynamoDB actions, split by what they do. Nothing else on the table is granted. */
export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
] as const;

export interface BotStackProps extends StackProps {
  readonly config: BotConfig;
  readonly table: ITable;
  /** GSI names of the table (from the storage code's TABLE); each function may Query exactly these. */
  readonly indexNames: readonly string[];
}

interface FunctionSpec {
  readonly description: string;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly sendsJobs: boolean;
  /** Node.js options for the function's runtime, when it needs any. */
  readonly nodeOptions?: string;
}

/**
 * A larger young generation for the worker, which parses pages. linkedom gives
 * every node (attributes included) objects of its own, so reading a large page
 * fills V8's default 16 MB semi-space again and again, and each collection
 * walks a growing tree. With 64 MB, `npm run eval:extract` (which runs under
 * the same option) put the slowest extraction-dev-2 page at 5.4-5.6x the
 * median, against 7.5-7.8x with the default; 32 MB gave 6.4x.
 */
export const WORKER_NODE_OPTIONS = '--max-semi-space-size=64';

const FUNCTION_SPECS: Record<HandlerName, FunctionSpec> = {
  slack: {
    description: 'NewsBot Slack endpoint: slash commands and interactions',
    memorySize: 512,
    timeout: Duration.seconds(10),
    sendsJobs: true,
  },
  worker: {
    description: 'NewsBot worker: slow jobs from the job queue (fetch, ingest, subscribe, reply)',
    memorySize: 1024,
    timeout: WORKER_TIMEOUT,
    // A subscription queues the feed's items as jobs of their own.
    sendsJobs: true,
    nodeOptions: WORKER_NODE_OPTIONS,
  },
  feeds: {
    description: 'NewsBot feed poller: polls due feeds, enqueues new items',
    memorySize: 512,
    timeout: Duration.minutes(5),
    sendsJobs: true,
  },
  digest: {
    description: 'NewsBot digests: posts the digests that are due',
    memorySize: 512,
    timeout: Duration.minutes(5),
    sendsJobs: false,
  },
};

/**
 * The serverless bot: four functions and the Slack endpoint, with one construct
 * per concern: the Slack secret, the job queue (and its worker), the schedules
 * (and their failure queue), the alarms. The functions stay on the stack itself,
 * so their logical IDs (and the Slack endpoint's URL) do not change.
 */
export class BotStack extends Stack {
  readonly functions: Record<HandlerName, BotFunction>;
  readonly jobQueue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly secret: secretsmanager.Secret;
  readonly alarmTopic: sns.Topic;
  /** Failed feed-poll and digest runs: events EventBridge could not deliver and invocations that failed after Lambda's retries. */
  readonly scheduleFailureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: BotStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.secret = new SlackSecret(this, 'SlackCredentials', { stage: config.stage }).secret;
    const jobs = new JobQueue(this, 'Jobs');
    this.jobQueue = jobs.queue;
    this.deadLetterQueue = jobs.deadLetterQueue;

    this.functions = this.addFunctions(props);
    const url = this.addSlackEndpoint(this.functions.slack);
    jobs.drainWith(this.functions.worker);
    const schedules = new Schedules(this, 'Schedules', {
      stage: config.stage,
      feedPollRate: config.feedPollRate,
      digestRate: config.digestRate,
      feeds: this.functions.feeds,
      digest: this.functions.digest,
    });
    this.scheduleFailureQueue = schedules.failureQueue;
    this.alarmTopic = new BotAlarms(this, 'Alarms', {
      stage: config.stage,
      alarmEmail: config.alarmEmail,
      functions: this.functions,
      jobDeadLetterQueue: jobs.deadLetterQueue,
      scheduleFailureQueue: schedules.failureQueue,
    }).topic;
    this.addOutputs(url, config);
  }

  /** The four functions, each allowed exactly what it uses. */
  private addFunctions(props: BotStackProps): Record<HandlerName, BotFunction> {
    const { config, table } = props;
    const functions = {} as Record<HandlerName, BotFunction>;
    for (const [name, spec] of Object.entries(FUNCTION_SPECS) as [HandlerName, FunctionSpec][]) {
      functions[name] = new BotFunction(this, capitalize(name), {
        handler: name,
        description: spec.description,
        memorySize: spec.memorySize,
        timeout: spec.timeout,
        // The only function anyone on the internet can invoke: a flood of (even unsigned) requests
        // stops at this many at once instead of taking the account's concurrency from the others.
        reservedConcurrency:
          name === 'slack' && config.slackReservedConcurrency !== 'off' ? config.slackReservedConcurrency : undefined,
        environment: {
          TABLE_NAME: table.tableName,
          SLACK_SECRET_ID: this.secret.secretArn,
          // Only the functions that may send jobs are told where the queue is.
          ...(spec.sendsJobs ? { JOB_QUEUE_URL: this.jobQueue.queueUrl } : {}),
          // The worker tells the user on the last delivery, before the job goes to the dead-letter queue.
          ...(name === 'worker' ? { JOB_MAX_RECEIVES: String(JOB_MAX_RECEIVES) } : {}),
          ...(spec.nodeOptions ? { NODE_OPTIONS: spec.nodeOptions } : {}),
        },
        stage: config.stage,
        logLevel: config.logLevel,
        logRetention: config.logRetentionDays as RetentionDays,
        tracing: config.tracing,
      });
      this.grantAccess(functions[name], spec, props);
    }
    return functions;
  }

  /** Table items and queries on every index, the Slack secret, and the job queue for the functions that send jobs. */
  private grantAccess(fn: BotFunction, spec: FunctionSpec, { table, indexNames }: BotStackProps): void {
    fn.allow(
      new iam.PolicyStatement({
        sid: 'TableItems',
        actions: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
        resources: [table.tableArn],
      }),
    );
    if (indexNames.length > 0) {
      const indexes = indexNames.map((index) => `${table.tableArn}/index/${index}`);
      fn.allow(new iam.PolicyStatement({ sid: 'TableIndexQueries', actions: ['dynamodb:Query'], resources: indexes }));
    }
    fn.allow(
      new iam.PolicyStatement({
        sid: 'SlackSecret',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [this.secret.secretArn],
      }),
    );
    if (spec.sendsJobs) {
      fn.allow(
        new iam.PolicyStatement({ sid: 'SendJobs', actions: ['sqs:SendMessage'], resources: [this.jobQueue.queueArn] }),
      );
    }
  }

  /**
   * The Slack endpoint: a Function URL. Slack signs every request (v0 HMAC-SHA256 of
   * timestamp and body with the signing secret); the handler rejects unsigned or stale ones.
   */
  private addSlackEndpoint(slack: BotFunction): FunctionUrl {
    const url = slack.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    // cdk-nag's AwsSolutions pack has no rule on Function URL auth, so there is no finding to
    // acknowledge; the decision is recorded on the resource for whoever reviews the template.
    (url.node.defaultChild as CfnResource).addMetadata(
      'newsbot:authentication',
      "AuthType NONE on purpose: Slack cannot sign AWS SigV4. Every request carries Slack's v0 HMAC-SHA256 signature of timestamp and body; the handler rejects a bad signature or a timestamp older than 5 minutes before doing anything.",
    );
    return url;
  }

  private addOutputs(url: FunctionUrl, config: BotConfig): void {
    new CfnOutput(this, 'SlackEndpoint', {
      value: url.url,
      description: 'Request URL for the Slack app manifest (slash commands and interactivity)',
    });
    if (config.unfurlDomains?.length) {
      new CfnOutput(this, 'SlackUnfurlDomains', {
        value: config.unfurlDomains.join(','),
        description:
          "The manifest's unfurl_domains (docs/slack-app.md, Link unfurls): Slack sends link_shared only for these",
      });
    }
    new CfnOutput(this, 'SlackSecretArn', {
      value: this.secret.secretArn,
      description:
        'Fill with: aws secretsmanager put-secret-value --secret-id <this> --secret-string file://slack-secret.json',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
    new CfnOutput(this, 'JobDeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'ScheduleFailureQueueUrl', { value: this.scheduleFailureQueue.queueUrl });
  }
}
