import { Duration, Validations } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { BotFunction } from './bot-function';
import { deadLetterQueue } from './dead-letter-queue';

/** Lambda keeps an asynchronous event at most six hours. */
const MAX_ASYNC_EVENT_AGE_MINUTES = 6 * 60;

export interface SchedulesProps {
  readonly stage: string;
  /** Minutes between feed polls. */
  readonly feedPollRate: number;
  /** Minutes between digest runs. */
  readonly digestRate: number;
  readonly feeds: BotFunction;
  readonly digest: BotFunction;
}

/**
 * The two schedules (feed polls, digests) and the queue where a run that fails
 * lands. EventBridge retries delivering an event twice, then drops it into the
 * queue; Lambda retries a failed (thrown or timed out) invocation twice, then
 * the function's on-failure destination sends the event and the error to the
 * same queue. A run older than the schedule's rate is not retried: the next run
 * does the same work.
 */
export class Schedules extends Construct {
  /** Failed feed-poll and digest runs: events EventBridge could not deliver and invocations that failed after Lambda's retries. */
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: SchedulesProps) {
    super(scope, id);
    this.failureQueue = deadLetterQueue(this, 'FailureQueue', 'ScheduleDeadLetterQueue0D6B48D2');
    Validations.of(this.failureQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: the schedule rules send undeliverable feed-poll and digest events to it and the feeds and digest functions send failed invocations to it (on-failure destination); cdk-nag only recognises DLQs named by another queue. Its depth raises the ScheduleDeadLetterQueueNotEmpty alarm.',
    });
    this.every(
      'FeedPoll',
      props.feeds,
      props.feedPollRate,
      `NewsBot ${props.stage}: poll due feeds every ${props.feedPollRate} min`,
    );
    this.every(
      'Digest',
      props.digest,
      props.digestRate,
      `NewsBot ${props.stage}: post due digests every ${props.digestRate} min`,
    );
  }

  /** One rule invoking `fn` every `rate` minutes, with both failure paths into the failure queue. */
  private every(id: string, fn: BotFunction, rate: number, description: string): void {
    new events.Rule(this, id, {
      description,
      schedule: events.Schedule.rate(Duration.minutes(rate)),
      targets: [new targets.LambdaFunction(fn.fn, { retryAttempts: 2, deadLetterQueue: this.failureQueue })],
    });
    fn.fn.configureAsyncInvoke({
      retryAttempts: 2,
      maxEventAge: Duration.minutes(Math.min(Math.max(rate, 1), MAX_ASYNC_EVENT_AGE_MINUTES)),
      onFailure: new SqsDestination(this.failureQueue),
    });
  }
}
