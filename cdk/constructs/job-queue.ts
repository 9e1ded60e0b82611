import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { BotFunction } from './bot-function';
import { deadLetterQueue } from './dead-letter-queue';
import { keepLogicalId } from './logical-id';

/** Deliveries of a job before it moves to the dead-letter queue; the worker is told the same number. */
export const JOB_MAX_RECEIVES = 3;

/** The worker's timeout; the queue's visibility timeout is derived from it. */
export const WORKER_TIMEOUT = Duration.seconds(60);

/** The queue of slow work (fetching a URL, ingesting a feed item), its dead-letter queue, and the worker that drains it. */
export class JobQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue', 'JobDeadLetterQueue4B560BCC');
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for Lambda consumers: at least six times the function timeout.
      visibilityTimeout: Duration.seconds(WORKER_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: JOB_MAX_RECEIVES },
    });
    keepLogicalId(this.queue, 'JobQueueEE3AD499');
  }

  /** The worker consumes the queue, reporting failed messages one by one. */
  drainWith(worker: BotFunction): void {
    worker.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 5,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        // Few workers at once: kind to the sites being fetched and to Slack's rate limits.
        maxConcurrency: 5,
      }),
    );
  }
}
