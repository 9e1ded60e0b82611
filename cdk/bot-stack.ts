import { CfnOutput, Duration, SecretValue, Stack, Validations, type CfnResource, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { BotConfig } from './config';
import { METRICS, metricNamespace } from '../lambdas/observability/emf';
import { BotFunction, type HandlerName } from './constructs/bot-function';

/** DynamoDB actions, split by what they do. Nothing else on the table is granted. */

/** Deliveries of a job before it moves to the dead-letter queue; the worker is told the same number. */
const JOB_MAX_RECEIVES = 3;

/** Lambda keeps an asynchronous event at most six hours. */
const MAX_ASYNC_EVENT_AGE_MINUTES = 6 * 60;

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:DeleteItem',
] as const;

/** The structured log line the digest handler writes when a channel's digest fails. */
export const DIGEST_FAILED_EVENT = 'digest_failed';

/** Refused Slack requests in 5 minutes that raise the alarm: more than a stray retry or a clock hiccup. */
export const SLACK_UNAUTHORIZED_THRESHOLD = 10;

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
  /** Table access: every function reads and writes, Query also on the listed GSIs. */
  readonly queriesIndexes: readonly string[];
  readonly sendsJobs: boolean;
  /** Concurrent executions set aside for (and capping) this function; undefined: the account's shared pool. */
  readonly reservedConcurrency?: number;
}

/**
 * The serverless bot: four functions, the Slack endpoint, the job queue and
 * its DLQ, the two schedules, the Slack secret and the alarms.
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
    const { config, table, indexNames } = props;

    // ---- Slack credentials: filled after the first deploy (docs/deploy.md), read once per cold start.
    // CloudFormation writes SecretString only when it changes in the template: keep this placeholder
    // as it is, or an update would overwrite the real credentials.
    this.secret = new secretsmanager.Secret(this, 'SlackSecret', {
      description: `NewsBot ${config.stage}: Slack signing secret and bot token (JSON)`,
      secretObjectValue: {
        signingSecret: SecretValue.unsafePlainText('REPLACE_ME'),
        botToken: SecretValue.unsafePlainText('REPLACE_ME'),
      },
    });
    Validations.of(this.secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The secret holds credentials issued by Slack (signing secret, bot token); they are rotated in the Slack app settings, not by a rotation Lambda, and then written with put-secret-value.',
    });

    // ---- Job queue for slow work (fetching a URL, ingesting a feed item), with a dead-letter queue.
    this.deadLetterQueue = new sqs.Queue(this, 'JobDeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const workerTimeout = Duration.seconds(60);
    this.jobQueue = new sqs.Queue(this, 'JobQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for Lambda consumers: at least six times the function timeout.
      visibilityTimeout: Duration.seconds(workerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: JOB_MAX_RECEIVES },
    });
    // A schedule run that fails lands here, visible, not lost. EventBridge invokes the function
    // asynchronously, so the rule's dead-letter config only catches events it could not deliver; an
    // invocation that throws is retried by Lambda and then sent here by the function's own
    // on-failure destination (see the schedules below). Both paths raise ScheduleDeadLetterQueueNotEmpty.
    const scheduleDeadLetterQueue = new sqs.Queue(this, 'ScheduleDeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.scheduleFailureQueue = scheduleDeadLetterQueue;
    Validations.of(scheduleDeadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: the schedule rules send undeliverable feed-poll and digest events to it and the feeds and digest functions send failed invocations to it (on-failure destination); cdk-nag only recognises DLQs named by another queue. Its depth raises the ScheduleDeadLetterQueueNotEmpty alarm.',
    });

    // ---- The four functions.
    const common = { stage: config.stage, logLevel: config.logLevel, logRetention: config.logRetentionDays as RetentionDays, tracing: config.tracing };
    const environment = {
      TABLE_NAME: table.tableName,
      SLACK_SECRET_ID: this.secret.secretArn,
    };
    const specs: Record<HandlerName, FunctionSpec> = {
      slack: {
        description: 'NewsBot Slack endpoint: slash commands and interactions',
        memorySize: 512,
        timeout: Duration.seconds(10),
        queriesIndexes: indexNames,
        sendsJobs: true,
        // The only function anyone on the internet can invoke: a flood of (even unsigned) requests
        // stops at this many at once instead of taking the account's concurrency from the others.
        reservedConcurrency: config.slackReservedConcurrency === 'off' ? undefined : config.slackReservedConcurrency,
      },
      worker: {
        description: 'NewsBot worker: slow jobs from the job queue (fetch, ingest, subscribe, reply)',
        memorySize: 1024,
        timeout: workerTimeout,
        queriesIndexes: indexNames,
        // A subscription queues the feed's items as jobs of their own.
        sendsJobs: true,
      },
      feeds: {
        description: 'NewsBot feed poller: polls due feeds, enqueues new items',
        memorySize: 512,
        timeout: Duration.minutes(5),
        queriesIndexes: indexNames,
        sendsJobs: true,
      },
      digest: {
        description: 'NewsBot digests: posts the digests that are due',
        memorySize: 512,
        timeout: Duration.minutes(5),
        queriesIndexes: indexNames,
        sendsJobs: false,
      },
    };

    const fns = {} as Record<HandlerName, BotFunction>;
    for (const [name, spec] of Object.entries(specs) as [HandlerName, FunctionSpec][]) {
      const fn = new BotFunction(this, `${capitalize(name)}`, {
        handler: name,
        description: spec.description,
        memorySize: spec.memorySize,
        reservedConcurrency: spec.reservedConcurrency,
        timeout: spec.timeout,
        // Only the functions that may send jobs are told where the queue is.
        environment: {
          ...environment,
          ...(spec.sendsJobs ? { JOB_QUEUE_URL: this.jobQueue.queueUrl } : {}),
          // The worker tells the user on the last delivery, before the job goes to the dead-letter queue.
          ...(name === 'worker' ? { JOB_MAX_RECEIVES: String(JOB_MAX_RECEIVES) } : {}),
        },
        ...common,
      });
      fn.allow(
        new iam.PolicyStatement({
          sid: 'TableItems',
          actions: [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
          resources: [table.tableArn],
        }),
      );
      if (spec.queriesIndexes.length > 0) {
        fn.allow(
          new iam.PolicyStatement({
            sid: 'TableIndexQueries',
            actions: ['dynamodb:Query'],
            resources: spec.queriesIndexes.map((index) => `${table.tableArn}/index/${index}`),
          }),
        );
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
          new iam.PolicyStatement({
            sid: 'SendJobs',
            actions: ['sqs:SendMessage'],
            resources: [this.jobQueue.queueArn],
          }),
        );
      }
      fns[name] = fn;
    }
    this.functions = fns;

    // ---- Slack endpoint: a Function URL. Slack signs every request (v0 HMAC-SHA256 of
    // timestamp and body with the signing secret); Bolt's receiver rejects unsigned or stale ones.
    const url = fns.slack.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    // cdk-nag's AwsSolutions pack has no rule on Function URL auth, so there is no finding to
    // acknowledge; the decision is recorded on the resource for whoever reviews the template.
    (url.node.defaultChild as CfnResource).addMetadata(
      'newsbot:authentication',
      'AuthType NONE on purpose: Slack cannot sign AWS SigV4. Every request carries Slack\'s v0 HMAC-SHA256 signature of timestamp and body; the handler rejects a bad signature or a timestamp older than 5 minutes before doing anything.',
    );

    // ---- Worker: consumes the job queue, reporting failed messages one by one.
    fns.worker.fn.addEventSource(
      new SqsEventSource(this.jobQueue, {
        batchSize: 5,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        // Few workers at once: kind to the sites being fetched and to Slack's rate limits.
        maxConcurrency: 5,
      }),
    );

    // ---- Schedules. EventBridge retries delivering an event twice, then drops it into the queue;
    // Lambda retries a failed (thrown or timed out) invocation twice, then the on-failure destination
    // sends the event and the error to the same queue. A run older than the schedule's rate is not
    // retried: the next run does the same work.
    const schedules = [
      { id: 'FeedPollSchedule', fn: fns.feeds, rate: config.feedPollRate, what: 'poll due feeds' },
      { id: 'DigestSchedule', fn: fns.digest, rate: config.digestRate, what: 'post due digests' },
    ];
    for (const schedule of schedules) {
      new events.Rule(this, schedule.id, {
        description: `NewsBot ${config.stage}: ${schedule.what} every ${schedule.rate} min`,
        schedule: events.Schedule.rate(Duration.minutes(schedule.rate)),
        targets: [new targets.LambdaFunction(schedule.fn.fn, { retryAttempts: 2, deadLetterQueue: scheduleDeadLetterQueue })],
      });
      schedule.fn.fn.configureAsyncInvoke({
        retryAttempts: 2,
        maxEventAge: Duration.minutes(Math.min(Math.max(schedule.rate, 1), MAX_ASYNC_EVENT_AGE_MINUTES)),
        onFailure: new SqsDestination(scheduleDeadLetterQueue),
      });
    }

    // ---- Alarms.
    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: `NewsBot ${config.stage} alarms`,
      enforceSSL: true,
    });
    if (config.alarmEmail) {
      this.alarmTopic.addSubscription(new EmailSubscription(config.alarmEmail));
    }
    const alarmAction = new SnsAction(this.alarmTopic);
    const addAlarm = (id: string, props: cloudwatch.AlarmProps) => {
      const alarm = new cloudwatch.Alarm(this, id, props);
      alarm.addAlarmAction(alarmAction);
      return alarm;
    };
    const fiveMinutes = Duration.minutes(5);

    for (const [name, fn] of Object.entries(fns) as [HandlerName, BotFunction][]) {
      addAlarm(`${capitalize(name)}Errors`, {
        alarmDescription: `NewsBot ${config.stage}: the ${name} function threw`,
        metric: fn.fn.metricErrors({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      addAlarm(`${capitalize(name)}Throttles`, {
        alarmDescription: `NewsBot ${config.stage}: the ${name} function was throttled`,
        metric: fn.fn.metricThrottles({ period: fiveMinutes, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    addAlarm('ScheduleDeadLetterQueueNotEmpty', {
      alarmDescription: `NewsBot ${config.stage}: a feed poll or digest run failed after its retries (it threw, timed out or could not be delivered); the queue holds the event and the error`,
      metric: scheduleDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    addAlarm('DeadLetterQueueNotEmpty', {
      alarmDescription: `NewsBot ${config.stage}: a job failed three times and is in the dead-letter queue`,
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: fiveMinutes,
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      threshold: 0,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // The code's own metrics (EMF lines, lambdas/observability/emf.ts). A digest can fail for one channel
    // while the invocation succeeds (the others still get theirs), so the code counts DigestFailures next to
    // its "digest_failed" log line. SlackUnauthorized counts requests refused for a bad or stale signature:
    // a burst means a wrong signing secret after a rotation, or someone probing the endpoint.
    const codeMetric = (metricName: string) =>
      new cloudwatch.Metric({ namespace: metricNamespace(config.stage), metricName, period: fiveMinutes, statistic: cloudwatch.Stats.SUM });
    addAlarm('DigestFailures', {
      alarmDescription: `NewsBot ${config.stage}: a channel's digest failed (log line "${DIGEST_FAILED_EVENT}")`,
      metric: codeMetric(METRICS.digestFailures),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    addAlarm('SlackUnauthorized', {
      alarmDescription: `NewsBot ${config.stage}: ${SLACK_UNAUTHORIZED_THRESHOLD} or more Slack requests refused (bad or stale signature) in 5 minutes`,
      metric: codeMetric(METRICS.slackUnauthorized),
      threshold: SLACK_UNAUTHORIZED_THRESHOLD,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    // ---- Outputs.
    new CfnOutput(this, 'SlackEndpoint', {
      value: url.url,
      description: 'Request URL for the Slack app manifest (slash commands and interactivity)',
    });
    if (config.unfurlDomains?.length) {
      new CfnOutput(this, 'SlackUnfurlDomains', {
        value: config.unfurlDomains.join(','),
        description: "The manifest's unfurl_domains (docs/slack-app.md, Link unfurls): Slack sends link_shared only for these",
      });
    }
    new CfnOutput(this, 'SlackSecretArn', {
      value: this.secret.secretArn,
      description: 'Fill with: aws secretsmanager put-secret-value --secret-id <this> --secret-string file://slack-secret.json',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
    new CfnOutput(this, 'JobDeadLetterQueueUrl', { value: this.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'ScheduleFailureQueueUrl', { value: scheduleDeadLetterQueue.queueUrl });
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
