import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS, metricNamespace } from '../../lambdas/observability/emf';
import type { BotFunction, HandlerName } from './bot-function';
import { keepLogicalId } from './logical-id';

/** The structured log line the digest code writes when a channel's digest fails (next to its DigestFailures metric). */
export const DIGEST_FAILED_EVENT = 'digest_failed';

/** Refused Slack requests in 5 minutes that raise the alarm: more than a stray retry or a clock hiccup. */
export const SLACK_UNAUTHORIZED_THRESHOLD = 10;

export interface BotAlarmsProps {
  readonly stage: string;
  /** Where alarm notifications go; no subscription when absent. */
  readonly alarmEmail?: string;
  readonly functions: Record<HandlerName, BotFunction>;
  readonly jobDeadLetterQueue: sqs.IQueue;
  readonly scheduleFailureQueue: sqs.IQueue;
}

const FIVE_MINUTES = Duration.minutes(5);

/** What an alarm watches; every alarm here fires within one five-minute period. */
type Watch = Pick<cloudwatch.AlarmProps, 'alarmDescription' | 'metric'> & {
  threshold?: number;
  strictlyAbove?: boolean;
};

/** The alarm topic and the alarms: function errors and throttles, dead letters, digest failures, refused Slack requests. */
export class BotAlarms extends Construct {
  readonly topic: sns.Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: BotAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { displayName: `NewsBot ${props.stage} alarms`, enforceSSL: true });
    keepLogicalId(this.topic, 'AlarmTopicD01E77F9');
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    this.action = new SnsAction(this.topic);
    this.functionAlarms(props);
    this.queueAlarms(props);
    this.codeMetricAlarms(props);
  }

  /** An alarm that fires when `metric` reaches `threshold` (default 1) within a period, notifying the topic. */
  add(id: string, watch: Watch): cloudwatch.Alarm {
    const { strictlyAbove, ...alarm } = watch;
    const created = new cloudwatch.Alarm(this, id, {
      ...alarm,
      threshold: alarm.threshold ?? 1,
      evaluationPeriods: 1,
      comparisonOperator: strictlyAbove
        ? cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD
        : cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    created.addAlarmAction(this.action);
    return created;
  }

  private functionAlarms({ stage, functions }: BotAlarmsProps): void {
    for (const [name, fn] of Object.entries(functions) as [HandlerName, BotFunction][]) {
      this.add(`${capitalize(name)}Errors`, {
        alarmDescription: `NewsBot ${stage}: the ${name} function threw`,
        metric: fn.fn.metricErrors({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM }),
      });
      this.add(`${capitalize(name)}Throttles`, {
        alarmDescription: `NewsBot ${stage}: the ${name} function was throttled`,
        metric: fn.fn.metricThrottles({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM }),
      });
    }
  }

  private queueAlarms({ stage, jobDeadLetterQueue, scheduleFailureQueue }: BotAlarmsProps): void {
    const depth = (queue: sqs.IQueue) =>
      queue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.MAXIMUM });
    this.add('ScheduleDeadLetterQueueNotEmpty', {
      alarmDescription: `NewsBot ${stage}: a feed poll or digest run failed after its retries (it threw, timed out or could not be delivered); the queue holds the event and the error`,
      metric: depth(scheduleFailureQueue),
      threshold: 0,
      strictlyAbove: true,
    });
    this.add('DeadLetterQueueNotEmpty', {
      alarmDescription: `NewsBot ${stage}: a job failed three times and is in the dead-letter queue`,
      metric: depth(jobDeadLetterQueue),
      threshold: 0,
      strictlyAbove: true,
    });
  }

  // The code's own metrics (EMF lines, lambdas/observability/emf.ts). A digest can fail for one channel
  // while the invocation succeeds (the others still get theirs), so the code counts DigestFailures next to
  // its "digest_failed" log line. SlackUnauthorized counts requests refused for a bad or stale signature:
  // a burst means a wrong signing secret after a rotation, or someone probing the endpoint.
  private codeMetricAlarms({ stage }: BotAlarmsProps): void {
    const metric = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: metricNamespace(stage),
        metricName,
        period: FIVE_MINUTES,
        statistic: cloudwatch.Stats.SUM,
      });
    this.add('DigestFailures', {
      alarmDescription: `NewsBot ${stage}: a channel's digest failed (log line "${DIGEST_FAILED_EVENT}")`,
      metric: metric(METRICS.digestFailures),
    });
    this.add('SlackUnauthorized', {
      alarmDescription: `NewsBot ${stage}: ${SLACK_UNAUTHORIZED_THRESHOLD} or more Slack requests refused (bad or stale signature) in 5 minutes`,
      metric: metric(METRICS.slackUnauthorized),
      threshold: SLACK_UNAUTHORIZED_THRESHOLD,
    });
  }
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
